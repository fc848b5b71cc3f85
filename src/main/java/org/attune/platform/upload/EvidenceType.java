package org.attune.platform.upload;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types accepted as evidence, recognised by their first bytes (never by name or declared type, which
 * the uploader controls).
 */
public enum EvidenceType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    EvidenceType(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    /** The type the content starts like, if it is one we accept. */
    public static Optional<EvidenceType> of(byte[] content) {
        for (EvidenceType type : values()) {
            if (content.length >= type.magic.length
                    && Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** A picture (JPEG or PNG), which may show people; a PDF is a document. */
    public boolean isImage() {
        return this != PDF;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
