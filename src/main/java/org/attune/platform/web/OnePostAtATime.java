package org.attune.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * Lets one page form post of a session run at a time on this node: a double click, or a submit sent again and again,
 * would otherwise have several threads change the same view-scoped bean at once (its maps are not thread-safe, and a
 * lost update there failed the page). Later posts wait for the one before and then see what it did (a submitted
 * quiz is shown as submitted). API calls are not held up: they change the database under its own row locks.
 */
public class OnePostAtATime extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OnePostAtATime.class.getName());
    private static final int STRIPES = 1024;
    private static final long WAIT_SECONDS = 30;

    private final transient ReentrantLock[] locks = new ReentrantLock[STRIPES];

    public OnePostAtATime() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

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
        ReentrantLock lock = locks[Math.floorMod(session.getId().hashCode(), STRIPES)];
        boolean held = false;
        try {
            held = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
            if (!held) {
                LOG.info("A form post waited 30 s for the session's previous post; it goes ahead without waiting");
            }
            chain.doFilter(request, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } finally {
            if (held) {
                lock.unlock();
            }
        }
    }
}
