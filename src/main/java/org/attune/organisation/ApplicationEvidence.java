package org.attune.organisation;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import lombok.Getter;
import org.attune.platform.upload.StoredFile;

/**
 * An evidence file given with an application for one criterion; its bytes are in {@link ApplicationEvidenceContent},
 * read only to download it.
 */
@Entity
@Table(name = "application_evidence")
public class ApplicationEvidence {

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    private long applicationId;

    @Getter
    private int criterion;

    @Getter
    @Embedded
    private StoredFile file;

    protected ApplicationEvidence() {
        // for JPA
    }

    ApplicationEvidence(long applicationId, int criterion, StoredFile file) {
        this.applicationId = applicationId;
        this.criterion = criterion;
        this.file = Objects.requireNonNull(file);
    }
}
