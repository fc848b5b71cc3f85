package org.attune.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;

/**
 * Sends Attune's own redirects as relative {@code Location}s. The container would make them absolute from the
 * request's {@code Host} header and scheme: behind a proxy that is the proxy's view ({@code http://localhost/...}
 * when nginx passes {@code $host} over plain HTTP), and any client can put another host there. A relative location
 * keeps the browser on the address it used. Declared first in {@code web.xml}, so every servlet and page gets it.
 */
public class RelativeRedirects extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                String relative = relative(request, location);
                if (relative == null) {
                    super.sendRedirect(location);
                    return;
                }
                resetBuffer();
                setStatus(SC_FOUND);
                setHeader("Location", relative);
                flushBuffer();
            }
        });
    }

    /**
     * The location as a path on this server (resolved against the request's path when it is relative to it), or null
     * for a location on another site, which is left to the container.
     */
    static String relative(HttpServletRequest request, String location) {
        if (location == null) {
            return null;
        }
        try {
            URI uri = URI.create(location);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                boolean sameHost = uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName());
                if (!sameHost) {
                    return null;
                }
                return pathAndQuery(uri);
            } else if (!location.startsWith("/")) {
                uri = URI.create(request.getRequestURI()).resolve(uri);
            }
            return pathAndQuery(uri);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }
}
