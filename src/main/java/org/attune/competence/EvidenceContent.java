package org.attune.competence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.attune.platform.upload.StoredContent;

/** The bytes of an evidence file ({@link EvidenceFile}), read only to download it. */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent extends StoredContent {

    @Id
    private Long evidenceId;

    protected EvidenceContent() {
        // for JPA
    }

    EvidenceContent(long evidenceId, byte[] content) {
        super(content);
        this.evidenceId = evidenceId;
    }
}
