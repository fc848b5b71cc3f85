package org.attune.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Lets each request in through this node's {@link AdmissionGate}, as the first filter (web.xml), so that a request
 * waiting for its turn holds nothing else. API calls and static resources are quick; the rest are pages. A request
 * that waits 30 s goes ahead without a place: late, never refused. Code serving the request can give its place up while
 * it waits in another queue ({@link Admission#aside}).
 */
public class RequestAdmission extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestAdmission.class.getName());
    private static final long WAIT_SECONDS = 30;

    private final transient AdmissionGate gate = AdmissionGate.forThisMachine();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        AdmissionGate.Kind kind = kindOf(
                request.getRequestURI().substring(request.getContextPath().length()));
        AdmissionGate.Ticket ticket;
        try {
            ticket = gate.enter(kind, WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (!ticket.admitted()) {
            LOG.info(() -> "A request (" + kind + ") waited " + WAIT_SECONDS + " s for a place; it goes ahead");
        }
        try (ticket;
                Admission.Scope current = Admission.during(ticket)) {
            chain.doFilter(request, response);
        }
    }

    static AdmissionGate.Kind kindOf(String path) {
        return path.startsWith("/api/") || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                ? AdmissionGate.Kind.QUICK
                : AdmissionGate.Kind.PAGE;
    }
}
