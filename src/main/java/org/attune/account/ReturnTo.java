package org.attune.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Remembers which page an anonymous visitor asked for, so that signing in takes them there. Only this
 * application's own GET addresses are remembered, so the sign-in page can never redirect elsewhere.
 */
public final class ReturnTo {

    static final String ATTRIBUTE = "attune.returnTo";

    private ReturnTo() {}

    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        request.getSession(true).setAttribute(ATTRIBUTE, query == null ? path : path + "?" + query);
    }

    /** The remembered path within the application (forgotten once read), or {@code fallback}. */
    public static String take(HttpServletRequest request, String fallback) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return fallback;
        }
        Object remembered = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return remembered instanceof String path && isLocalPath(path) ? path : fallback;
    }

    static boolean isLocalPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && !path.contains("://");
    }
}
