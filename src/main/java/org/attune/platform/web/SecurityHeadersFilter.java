package org.attune.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Puts {@link SecurityHeaders} on every response that passes the filter chain, error pages included (responses that
 * authentication answers itself get them from the authentication mechanism). A page that Faces renders replaces the
 * content security policy with PrimeFaces' nonce'd one: PrimeFaces adds its header, and this filter turns that
 * addition into a replacement, so the response carries one policy, not both.
 */
@WebFilter(
        filterName = "SecurityHeadersFilter",
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientAddresses clients;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(response, clients.https(request));
        chain.doFilter(request, new PolicyReplacedByPage(response));
    }

    /** Lets the first policy added downstream (PrimeFaces' for a page) replace the one set by {@link #doFilter}. */
    private static final class PolicyReplacedByPage extends HttpServletResponseWrapper {

        private boolean replaced;

        PolicyReplacedByPage(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!replaced && SecurityHeaders.HEADER.equalsIgnoreCase(name)) {
                replaced = true;
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
