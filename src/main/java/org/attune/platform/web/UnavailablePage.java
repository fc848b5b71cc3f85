package org.attune.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.attune.platform.faces.Texts;

/**
 * The error page for when Attune cannot reach its database, written without the database and without Faces: a
 * request that fails before any page runs (the sign-in check reads the signed-in person) still gets the friendly page
 * at once, with 503 and {@code Retry-After}, instead of the container's bare error.
 */
public final class UnavailablePage {

    private UnavailablePage() {
    }

    public static void send(HttpServletResponse response) throws IOException {
        ResourceBundle texts = ResourceBundle.getBundle(Texts.BUNDLE, Locale.UK);
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"><meta name="
                + "\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(texts.getString(
                        "error.500.title")) + "</title></head><body><main id=\"main\"><h1>" + escape(texts.getString(
                        "error.500.heading")) + "</h1><p>" + escape(texts.getString("error.500.text"))
                + "</p><p><a href=\"/\">" + escape(texts.getString("error.backHome")) + "</a></p></main></body></html>");
    }

    /** Whether this failure comes from the database connection (a SQL exception anywhere among its causes). */
    public static boolean isDatabaseFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException || t.getClass().getName().endsWith(".DatabaseException")) {
                return true;
            }
        }
        return false;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
