package org.attune.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Objects;
import org.attune.platform.upload.StoredFile;

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

    @Embedded
    private StoredFile file;

    @Lob
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected ApplicationEvidence() {
        // for JPA
    }

    ApplicationEvidence(long applicationId, int criterion, StoredFile file, byte[] content) {
        this.applicationId = applicationId;
        this.criterion = criterion;
        this.file = Objects.requireNonNull(file);
        this.content = content;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public StoredFile getFile() {
        return file;
    }

    byte[] content() {
        return content;
    }
}
