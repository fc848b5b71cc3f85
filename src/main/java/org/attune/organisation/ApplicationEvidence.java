package org.attune.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** An evidence file given with an application for one criterion (read only to download it). */
@Entity
@Table(name = "application_evidence")
public class ApplicationEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "criterion", nullable = false)
    private int criterion;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sha256", nullable = false)
    private String sha256;

    @Lob
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ApplicationEvidence() {
        // for JPA
    }

    ApplicationEvidence(
            long applicationId,
            int criterion,
            String fileName,
            String contentType,
            byte[] content,
            String sha256,
            Instant uploadedAt) {
        this.applicationId = applicationId;
        this.criterion = criterion;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }

    public String getSha256() {
        return sha256;
    }
}
