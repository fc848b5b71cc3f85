package org.attune.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Lets one page form post of a session run at a time on this node: a double click, or a submit sent again and again,
 * would otherwise have several threads change the same view-scoped bean at once (its maps are not thread-safe, and a
 * lost update there failed the page). Later posts wait for the one before and then see what it did (a submitted
 * quiz is shown as submitted). API calls are not held up: they change the database under its own row locks. A post
 * waiting for its turn holds no page place meanwhile ({@link SessionTurns}).
 */
public class OnePostAtATime extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OnePostAtATime.class.getName());
    private static final long WAIT_SECONDS = 30;

    private final transient SessionTurns turns = new SessionTurns(WAIT_SECONDS, TimeUnit.SECONDS);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = "POST".equals(request.getMethod())
                        && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                ? request.getSession(false)
                : null;
        if (session == null) {
            chain.doFilter(request, response);
            return;
        }
        try (SessionTurns.Turn turn = turns.enter(session.getId())) {
            if (!turn.inTurn()) {
                LOG.info("A form post waited 30 s for the session's previous post; it goes ahead without waiting");
            }
            chain.doFilter(request, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
