package org.attune.platform.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.attune.platform.Secrets;

/**
 * An uploaded evidence file that passed the checks: at most 10 MB, a PDF, JPEG or PNG by its content (whatever its
 * name says), with a plain file name and its SHA-256. {@link #read} refuses anything else with a message for users.
 */
public record CheckedUpload(String name, EvidenceType type, byte[] content, String sha256) {

    /** Why an upload was refused, in words for the person who uploaded it. */
    public static class RejectedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public RejectedException(String message) {
            super(message);
        }
    }

    public static CheckedUpload read(String submittedName, InputStream in) {
        byte[] content;
        try (in) {
            content = in.readNBytes((int) EvidenceType.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new RejectedException("The file could not be read; try uploading it again.");
        }
        if (content.length == 0) {
            throw new RejectedException("The file is empty.");
        }
        if (content.length > EvidenceType.MAX_BYTES) {
            throw new RejectedException("The file is larger than 10 MB; nothing was saved. Reduce its size (for"
                    + " example scan at a lower resolution) and try again.");
        }
        EvidenceType type = EvidenceType.of(content).orElseThrow(() -> new RejectedException("Evidence must be a"
                + " PDF, JPEG or PNG file, and this file's content is none of these (whatever its name says);"
                + " nothing was saved."));
        return new CheckedUpload(safeName(submittedName, type), type, content, Secrets.sha256Hex(content));
    }

    public static String safeName(String submitted, EvidenceType type) {
        String name = submitted == null ? "" : submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        if (name.length() > 120) {
            name = name.substring(name.length() - 120);
        }
        if (name.isBlank() || name.startsWith(".")) {
            name = "evidence" + name;
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + type.extension())) {
            name = name + "." + type.extension();
        }
        return name;
    }
}
