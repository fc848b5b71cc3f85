package org.attune.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Refuses a form post larger than the container will parse ({@code max-post-size}, 2 MiB on Payara) before anything
 * reads its parameters: the container throws "Post too large" from the first {@code getParameter}, a 500 with a long
 * stack trace. Answers 413 with the "could not read that request" page instead (the container first gives up on
 * the parameters here, so that the error page, which reads them, does not fail too). The container logs its own
 * one line ({@code GRIZZLY0205: Post too large}); this filter adds none above FINE. File uploads
 * ({@code multipart/form-data}) have their own limits and are not affected.
 */
@WebFilter(filterName = "FormSizeLimit", urlPatterns = "/*")
public class FormSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FormSizeLimit.class.getName());

    /** Just under Payara's default {@code max-post-size} (2,097,152 bytes); Attune's largest form is far smaller. */
    static final long MAX_FORM_BYTES = 2_000_000;

    /** Bodies up to this size are read and dropped before answering, so the client is not cut off mid-send. */
    private static final long MAX_DRAINED_BYTES = 32L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        long length = request.getContentLengthLong();
        if (!"POST".equals(request.getMethod())
                || type == null
                || length <= MAX_FORM_BYTES
                || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            chain.doFilter(request, response);
            return;
        }
        LOG.fine(() -> "Form post of " + length + " bytes to " + request.getRequestURI() + " refused: 413");
        if (length <= MAX_DRAINED_BYTES) {
            try (InputStream body = request.getInputStream()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
        } else {
            response.setHeader("Connection", "close");
        }
        if (parametersReadable(request)) {
            response.sendError(413);
        } else {
            response.setStatus(413);
            plainPage(response);
        }
    }

    /**
     * Lets the container give up on the parameters once, here, where it is expected: it then treats them as parsed
     * (none), so that code holding the original request (Weld reads {@code cid} while the error page renders its
     * forms) does not fail again. False if reading them still fails.
     */
    private static boolean parametersReadable(HttpServletRequest request) {
        try {
            request.getParameter("_");
        } catch (IllegalStateException expected) {
            // "Post too large": the one failure this filter exists for
        }
        try {
            request.getParameter("_");
            return true;
        } catch (IllegalStateException stillUnreadable) {
            return false;
        }
    }

    /** The error page's words without the page template, for a container that will not let the body go. */
    private static void plainPage(HttpServletResponse response) throws IOException {
        PlainErrorPage.write(response, "error.400");
    }
}
