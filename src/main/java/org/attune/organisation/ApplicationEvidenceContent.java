package org.attune.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.attune.platform.upload.StoredContent;

/** The bytes of an application's evidence file ({@link ApplicationEvidence}), read only to download it. */
@Entity
@Table(name = "application_evidence_content")
public class ApplicationEvidenceContent extends StoredContent {

    @Id
    @Column(name = "application_evidence_id")
    private Long evidenceId;

    protected ApplicationEvidenceContent() {
        // for JPA
    }

    ApplicationEvidenceContent(long evidenceId, byte[] content) {
        super(content);
        this.evidenceId = evidenceId;
    }
}
