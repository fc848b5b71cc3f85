package org.attune.catalog.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attune.catalog.ContentStartup;

/**
 * Serves images from a course's media folder at {@code /course-media/<course code>/<file>}, for the module pages.
 * Only image files directly inside the media folder are served, with their type set from the extension.
 */
@WebServlet(name = "CourseMediaServlet", urlPatterns = "/course-media/*")
public class CourseMediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif", "webp", "image/webp");

    @Inject
    private ContentStartup content;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String[] parts = path == null ? new String[0] : path.substring(1).split("/");
        if (parts.length != 2 || !parts[1].matches("[A-Za-z0-9._-]+") || parts[1].startsWith(".")) {
            response.sendError(404);
            return;
        }
        String extension = parts[1].substring(parts[1].lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        Optional<Path> media = content.mediaFolder(parts[0]);
        if (type == null || media.isEmpty()) {
            response.sendError(404);
            return;
        }
        Path file = media.get().resolve(parts[1]).normalize();
        if (!file.getParent().equals(media.get()) || !Files.isRegularFile(file)) {
            response.sendError(404);
            return;
        }
        response.setContentType(type);
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }
}
