package org.attune.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps Payara's {@code /metrics} (served inside the application deployed at the root context) from the public: the
 * rule is {@link OperationsEndpoints}. Health ({@code /health/*}) stays public for load balancers. The WADL that
 * Jersey generates for Payara's own {@code /openapi} application is not served (the API's is switched off in
 * {@code RestApplication}).
 */
@WebFilter(
        filterName = "OperationsEndpointsFilter",
        urlPatterns = {"/metrics", "/metrics/*", "/openapi/application.wadl"})
public class OperationsEndpointsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OperationsEndpointsFilter.class.getName());

    @Inject
    @ConfigProperty(name = "attune.metrics-token")
    private Optional<String> token;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().endsWith("/application.wadl")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean forwarded = request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null;
        switch (new OperationsEndpoints(token)
                .decide(request.getRemoteAddr(), request.getHeader("Authorization"), forwarded)) {
            case SERVE -> chain.doFilter(request, response);
            case TOKEN_NEEDED -> {
                LOG.fine(() -> "Metrics refused: no or wrong token from " + request.getRemoteAddr());
                response.setHeader("WWW-Authenticate", "Bearer realm=\"attune-metrics\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            }
            case REFUSED -> {
                LOG.fine(() -> "Metrics refused: not a direct local request from " + request.getRemoteAddr());
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }
}
