package org.attune.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an application's evidence file, kept apart so that listing files never loads them. */
@Entity
@Table(name = "application_evidence_content")
public class ApplicationEvidenceContent {

    @Id
    @Column(name = "application_evidence_id")
    private Long evidenceId;

    @Lob
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected ApplicationEvidenceContent() {
        // for JPA
    }

    ApplicationEvidenceContent(long evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
