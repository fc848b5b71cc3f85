package org.attune.testing;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Test-only: after each request, the request's session moves to "another node". Every attribute is serialized in one
 * stream, as a container replicating the session does, and the deserialized copies replace the originals, so the
 * next request meets the session as it arrives on the other node of a round-robin cluster. A view- or session-scoped
 * bean that loses a collaborator on the way (a transient injected field) then fails the browser test or IT that uses
 * it; an attribute that cannot be serialized fails the request, and every later request of its session, with 500.
 * {@link Deployments} adds this filter to every test deployment.
 *
 * <p>Copies are put back only when no other request of the session is running: that request still works on the
 * originals, and its changes would be lost. The last request of the session to end moves it. Faces resource requests
 * (style sheets, scripts, images) change no session state and are passed through.
 */
@WebFilter("/*")
public class SessionMovesToAnotherNode extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionMovesToAnotherNode.class.getName());

    private final transient ConcurrentMap<String, Running> running = new ConcurrentHashMap<>();
    private final transient Set<String> broken = ConcurrentHashMap.newKeySet();

    /** How many requests of one session are in the filter chain; entries stay for the life of the test deployment. */
    private static final class Running {
        private int requests;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().contains(ResourceHandler.RESOURCE_IDENTIFIER + "/")) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession before = request.getSession(false);
        Running entered = null;
        if (before != null) {
            if (broken.contains(before.getId())) {
                LOG.severe("Session " + before.getId() + " could not move to another node earlier: failing "
                        + request.getRequestURI());
                throw new ServletException("This session could not move to another node (see the earlier error)");
            }
            entered = runningIn(before.getId());
            synchronized (entered) {
                entered.requests++;
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (entered != null) {
                synchronized (entered) {
                    entered.requests--;
                }
            }
        }
        HttpSession after = request.getSession(false);
        if (after != null) {
            Running now = runningIn(after.getId());
            synchronized (now) {
                if (now.requests == 0) {
                    move(after, request.getRequestURI());
                }
            }
        }
    }

    private Running runningIn(String sessionId) {
        return running.computeIfAbsent(sessionId, id -> new Running());
    }

    private void move(HttpSession session, String uri) throws ServletException {
        List<String> names = new ArrayList<>(Collections.list(session.getAttributeNames()));
        String current = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, Object> copies = new LinkedHashMap<>();
        try {
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                for (String name : names) {
                    current = name;
                    out.writeObject(session.getAttribute(name));
                }
            }
            try (ObjectInputStream in = new WebAppObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                for (String name : names) {
                    current = name;
                    copies.put(name, in.readObject());
                }
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            broken.add(session.getId());
            LOG.severe("Session attribute " + current + " cannot move to another node after " + uri + ": " + e);
            throw new ServletException("Session attribute " + current + " cannot move to another node", e);
        }
        copies.forEach(session::setAttribute);
        LOG.log(Level.FINE, "Moved session {0}: {1} attributes, {2} bytes after {3}", new Object[] {
            session.getId(), names.size(), bytes.size(), uri
        });
    }

    /** Reads classes as the node that receives the session does: from the web application's class loader. */
    private static final class WebAppObjectInputStream extends ObjectInputStream {

        WebAppObjectInputStream(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(
                        description.getName(), false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(description); // primitive types
            }
        }
    }
}
