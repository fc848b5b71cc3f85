package org.attune.account.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.attune.account.SignedInSessions;

/**
 * Ends a signed-in session 12 hours after sign-in, however active it has been (the idle limit of 30 minutes is the
 * session timeout in {@code web.xml}). The next request then goes to the sign-in page with a message.
 */
@WebFilter(filterName = "SessionLimitFilter", urlPatterns = "/*")
public class SessionLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String SIGNED_IN_AT = SignedInSessions.STARTED_AT;
    static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            Object signedInAt = session.getAttribute(SIGNED_IN_AT);
            if (signedInAt instanceof Long millis && isPastLimit(millis, Instant.now())) {
                request.logout();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/login?expired=true");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean isPastLimit(long signedInAtMillis, Instant now) {
        return Instant.ofEpochMilli(signedInAtMillis).plus(ABSOLUTE_LIMIT).isBefore(now);
    }
}
