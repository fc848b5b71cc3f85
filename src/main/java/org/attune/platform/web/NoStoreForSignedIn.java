package org.attune.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;

/**
 * Keeps what a signed-in person sees out of every cache, the browser's included: after sign-out, the back button or
 * the next person at a shared computer must not bring back their pages or downloads. Responses to a request with a
 * signed-in principal get {@code Cache-Control: no-store}; static resources ({@code /jakarta.faces.resource/},
 * {@code /resources/}) are the same for everyone and stay cacheable. A later attempt to mark such a response
 * {@code public} (as some download helpers do) is ignored; a resource that sets its own private caching keeps it.
 */
@WebFilter(
        filterName = "NoStoreForSignedIn",
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class NoStoreForSignedIn extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CACHE_CONTROL = "Cache-Control";
    static final String NO_STORE = "no-store";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || isStaticResource(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(CACHE_CONTROL, NO_STORE);
        response.setHeader("Pragma", "no-cache");
        chain.doFilter(request, new KeepsPrivate(response));
    }

    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** Ignores headers that would let a shared cache keep the response. */
    private static final class KeepsPrivate extends HttpServletResponseWrapper {

        KeepsPrivate(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!makesPublic(name, value)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!makesPublic(name, value)) {
                super.addHeader(name, value);
            }
        }

        private static boolean makesPublic(String name, String value) {
            return (CACHE_CONTROL.equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name))
                    && value != null
                    && value.toLowerCase(Locale.ROOT).contains("public");
        }
    }
}
