package org.attune.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Refuses a form post larger than the container will parse ({@code max-post-size}, 2 MiB on Payara) before anything
 * reads its parameters: the container would throw "Post too large" from the first {@code getParameter}, a 500 with a
 * long stack trace. Answers 413 with the friendly "could not read that request" page instead. File uploads
 * ({@code multipart/form-data}) have their own limits and are not affected.
 */
@WebFilter(filterName = "FormSizeLimit", urlPatterns = "/*")
public class FormSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FormSizeLimit.class.getName());

    /** Just under Payara's default {@code max-post-size} (2,097,152 bytes); Attune's largest form is far smaller. */
    static final long MAX_FORM_BYTES = 2_000_000;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && request.getContentLengthLong() > MAX_FORM_BYTES) {
            LOG.info(() -> "Form post of " + request.getContentLengthLong() + " bytes to " + request.getRequestURI()
                    + " refused: 413");
            response.setHeader("Connection", "close");
            response.sendError(413);
            return;
        }
        chain.doFilter(request, response);
    }
}
