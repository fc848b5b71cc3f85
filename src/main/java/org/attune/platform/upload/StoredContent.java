package org.attune.platform.upload;

import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;

/**
 * The bytes of a stored upload, in a table of their own beside the one holding its {@link StoredFile} description,
 * so that listing files never loads them. Each feature's content entity adds its id column, the file's id.
 */
@MappedSuperclass
public abstract class StoredContent {

    @Lob
    private byte[] content;

    protected StoredContent() {
        // for JPA
    }

    protected StoredContent(byte[] content) {
        this.content = Objects.requireNonNull(content);
    }

    public byte[] content() {
        return content;
    }
}
