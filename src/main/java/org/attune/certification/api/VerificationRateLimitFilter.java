package org.attune.certification.api;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.attune.certification.RateLimiter;
import org.attune.platform.faces.Texts;
import org.attune.platform.rest.Problem;
import org.attune.platform.web.ClientAddresses;
import org.attune.platform.web.PlainErrorPage;

/**
 * Limits certificate look-ups per client address (the verification and share pages and the API), so numbers cannot
 * be harvested: over the limit the answer is 429 with {@code Retry-After}.
 */
@WebFilter(urlPatterns = {"/verify", "/verify/*", "/share", "/share/*", "/api/v1/certificates/*"})
public class VerificationRateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Writes the API's problem details here, outside JAX-RS, the way its resources answer them. */
    private static final Jsonb JSON = JsonbBuilder.create();

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
        response.setHeader("Retry-After", String.valueOf(wait));
        if (request.getRequestURI().contains("/api/")) {
            response.setStatus(429);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(JSON.toJson(new Problem(
                            "about:blank",
                            Texts.english("verify.tooMany.title"),
                            429,
                            Texts.english("verify.tooMany.text", wait),
                            null)));
        } else {
            PlainErrorPage.refuse(response, 429, "verify.tooMany", wait);
        }
    }
}
