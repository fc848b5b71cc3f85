package org.attune.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import org.attune.platform.faces.Texts;

/**
 * Error pages written without the template, the database or Faces, for answers given before any page runs: with
 * the database gone, the sign-in check (which reads the signed-in person) still answers with the friendly page at
 * once, 503 and {@code Retry-After}, instead of the container's bare error; an oversized form gets its 413 page.
 */
public final class PlainErrorPage {

    private PlainErrorPage() {}

    /** The database cannot be reached: 503, try again in a few seconds. */
    public static void unavailable(HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        write(response, "error.500");
    }

    /**
     * A request a servlet refuses, answered with a page of its own words (the bundle's {@code <prefix>.title},
     * {@code .heading} and {@code .text}), for example a malformed download address.
     */
    public static void refuse(HttpServletResponse response, int status, String prefix, Object... arguments)
            throws IOException {
        response.setStatus(status); // the security headers set before stay
        response.setHeader("Cache-Control", "no-store");
        write(response, prefix, arguments);
    }

    /**
     * Writes an error page's words (the bundle's {@code <prefix>.title}, {@code .heading} and {@code .text}) as a
     * page of its own, without the template and without Faces: for answers given before or instead of Faces. The
     * arguments fill in the text.
     */
    static void write(HttpServletResponse response, String prefix, Object... arguments) throws IOException {
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"><meta name="
                        + "\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                        + escape(Texts.english(prefix + ".title")) + "</title></head><body><main id=\"main\"><h1>"
                        + escape(Texts.english(prefix + ".heading")) + "</h1><p>"
                        + escape(Texts.english(prefix + ".text", arguments)) + "</p><p><a href=\"/\">"
                        + escape(Texts.english("error.backHome")) + "</a></p></main></body></html>");
    }

    /** Whether this failure comes from the database connection (a SQL exception anywhere among its causes). */
    public static boolean isDatabaseFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t.getClass().getName().endsWith(".DatabaseException")) {
                return true;
            }
        }
        return false;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
