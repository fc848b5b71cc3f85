package org.attune.platform.upload;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;

/**
 * What is known about a stored upload besides its bytes: its safe file name, media type, size, SHA-256 and when it
 * was uploaded. Every feature that keeps uploaded files embeds it in its file entity and keeps the bytes in a table
 * of their own, so that listing files never loads them.
 */
@Embeddable
public class StoredFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Getter
    private String fileName;

    @Getter
    private String contentType;

    @Getter
    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Getter
    private String sha256;

    @Getter
    private Instant uploadedAt;

    protected StoredFile() {
        // for JPA
    }

    private StoredFile(CheckedUpload upload, Instant uploadedAt) {
        this.fileName = upload.name();
        this.contentType = upload.type().mediaType();
        this.size = upload.content().length;
        this.sha256 = upload.sha256();
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    /** The description of an upload that passed the checks, stored at the given time. */
    public static StoredFile of(CheckedUpload upload, Instant uploadedAt) {
        return new StoredFile(upload, uploadedAt);
    }
}
