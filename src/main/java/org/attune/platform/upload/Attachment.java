package org.attune.platform.upload;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sends an uploaded file back always as a download, never shown in the page: attachment, sandbox CSP that no other site may frame, no caching. */
public final class Attachment {

    private Attachment() {}

    public static void send(HttpServletResponse response, Download download) throws IOException {
        StoredFile file = download.file();
        byte[] content = download.content();
        response.setContentType(file.getContentType());
        response.setContentLengthLong(content.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }
}
