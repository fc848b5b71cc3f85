package org.attune.competence;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import lombok.Getter;
import org.attune.platform.upload.StoredFile;

/** An evidence file's description; its bytes are in {@link EvidenceContent}, read only to download it. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    private long observationId;

    @Getter
    @Embedded
    private StoredFile file;

    private long uploadedBy;

    protected EvidenceFile() {
        // for JPA
    }

    EvidenceFile(long observationId, StoredFile file, long uploadedBy) {
        this.observationId = observationId;
        this.file = Objects.requireNonNull(file);
        this.uploadedBy = uploadedBy;
    }
}
