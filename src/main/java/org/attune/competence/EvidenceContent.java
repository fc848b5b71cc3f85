package org.attune.competence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an evidence file, kept apart so that listing files never loads them. */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent {

    @Id
    @Column(name = "evidence_id")
    private Long evidenceId;

    @Lob
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected EvidenceContent() {
        // for JPA
    }

    EvidenceContent(long evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
