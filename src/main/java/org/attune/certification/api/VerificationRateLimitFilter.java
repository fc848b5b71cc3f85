package org.attune.certification.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.attune.certification.RateLimiter;
import org.attune.platform.web.ClientAddresses;

/**
 * Limits certificate look-ups per client address (the verification and share pages and the API), so numbers cannot
 * be harvested: over the limit the answer is 429 with {@code Retry-After}.
 */
@WebFilter(urlPatterns = {"/verify", "/verify/*", "/share", "/share/*", "/api/v1/certificates/*"})
public class VerificationRateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientAddresses clients;

    @Inject
    private RateLimiter limiter;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long wait = limiter.secondsUntilAllowed(clients.of(request));
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(wait));
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().contains("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,"
                            + "\"detail\":\"Too many certificate checks from your address. Try again in " + wait
                            + " seconds.\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"en-GB\"><head><title>Too many checks - Attune"
                            + "</title></head><body><main><h1>Too many checks</h1><p>Too many certificate checks came from"
                            + " your address. Please try again in " + wait + " seconds.</p></main></body></html>");
        }
    }
}
