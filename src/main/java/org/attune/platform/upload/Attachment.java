package org.attune.platform.upload;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sends a file always as a download, never shown in the page: attachment, sandbox CSP that no other site may frame, no caching. */
public final class Attachment {

    private Attachment() {}

    /** Sends a stored upload under its stored name and type. */
    public static void send(HttpServletResponse response, Download download) throws IOException {
        StoredFile file = download.file();
        send(response, file.getFileName(), file.getContentType(), download.content());
    }

    /** Sends bytes made for this response (a generated PDF) under a name the caller chose, which must be safe. */
    public static void send(HttpServletResponse response, String fileName, String contentType, byte[] content)
            throws IOException {
        response.setContentType(contentType);
        response.setContentLengthLong(content.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }
}
