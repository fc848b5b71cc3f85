package org.attune.certification.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.attune.certification.RateLimiter;
import org.attune.platform.faces.Texts;
import org.attune.platform.web.ClientAddresses;
import org.attune.platform.web.PlainErrorPage;

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
        response.setHeader("Retry-After", String.valueOf(wait));
        if (request.getRequestURI().contains("/api/")) {
            response.setStatus(429);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("type", "about:blank")
                            .add("title", Texts.english("verify.tooMany.title"))
                            .add("status", 429)
                            .add("detail", Texts.english("verify.tooMany.text", wait))
                            .build()
                            .toString());
        } else {
            PlainErrorPage.refuse(response, 429, "verify.tooMany", wait);
        }
    }
}
