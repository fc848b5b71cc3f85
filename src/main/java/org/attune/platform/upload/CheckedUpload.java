package org.attune.platform.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.attune.platform.Failure;
import org.attune.platform.Secrets;

/**
 * An uploaded evidence file that passed the checks: at most 10 MB, a PDF, JPEG or PNG by its content (whatever its
 * name says), with a plain file name and its SHA-256. An image's hidden metadata (EXIF with GPS position, camera,
 * time; XMP; comments) is removed before anything else sees it ({@link ImageMetadata}), so the content and its hash
 * are those of the image as stored. {@link #read} refuses anything else with a message for users.
 */
public record CheckedUpload(String name, EvidenceType type, byte[] content, String sha256) {

    /** Why an upload was refused, as a problem of the form's "file" field, in words for the person who uploaded it. */
    public static class RejectedException extends Failure.Invalid {

        private static final long serialVersionUID = 1L;

        public RejectedException(String key) {
            super("file", key);
        }
    }

    public static CheckedUpload read(String submittedName, InputStream in) {
        byte[] content;
        try (in) {
            content = in.readNBytes((int) EvidenceType.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new RejectedException("upload.unreadable");
        }
        if (content.length == 0) {
            throw new RejectedException("upload.empty");
        }
        if (content.length > EvidenceType.MAX_BYTES) {
            throw new RejectedException("upload.tooLarge");
        }
        EvidenceType type = EvidenceType.of(content).orElseThrow(() -> new RejectedException("upload.wrongType"));
        try {
            content = ImageMetadata.strip(type, content);
        } catch (ImageMetadata.MalformedImageException e) {
            throw new RejectedException("upload.damagedImage");
        }
        return new CheckedUpload(safeName(submittedName, type), type, content, Secrets.sha256Hex(content));
    }

    public static String safeName(String submitted, EvidenceType type) {
        String name = submitted == null ? "" : submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[^A-Za-z0-9._ -]", "_")
                .strip();
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
