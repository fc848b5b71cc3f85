package org.attune.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;
import org.attune.platform.config.BaseUrl;

/**
 * Refuses API writes that a page of another site could make with the user's session cookie. Writes must carry the
 * header {@code X-Attune-Request: 1}, which a cross-site page cannot send without a CORS preflight Attune never
 * grants, and an {@code Origin}, when sent, must be Attune's own: the public base URL ({@code ATTUNE_BASE_URL}), or
 * the host the request was sent to (a proxy that passes {@code Host} without the port, as nginx's {@code $host}
 * does, is matched by the base URL).
 * <p>
 * Only resources marked {@link BearerTokenOnly} take a bearer token; they check the token themselves, never read the
 * session cookie, and so need no forgery check. Any other resource authenticates by the session cookie alone: a
 * request to it that carries an {@code Authorization: Bearer} header is refused with 401 before the cookie is looked
 * at, so a made-up token can neither skip this check nor act with someone's session.
 */
@Provider
public class CsrfHeaderFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-Attune-Request";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static volatile URI publicBase;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource != null
                && resource.getResourceClass() != null
                && resource.getResourceClass().isAnnotationPresent(BearerTokenOnly.class)) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer", 0, 6)) {
            request.abortWith(BearerToken.notAccepted());
            return;
        }
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        if (!"1".equals(request.getHeaderString(HEADER)) || !sameOrigin(request)) {
            request.abortWith(Problem.fromBundle(Response.Status.FORBIDDEN, "api.refused.title", "api.refused.detail"));
        }
    }

    private static boolean sameOrigin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.isBlank()) {
            return true;
        }
        try {
            URI from = URI.create(origin);
            return from.getHost() != null
                    && (same(from, publicBase())
                            || same(from, request.getUriInfo().getBaseUri()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The configured public address, read once: it does not change while Attune runs. */
    private static URI publicBase() {
        URI base = publicBase;
        if (base == null) {
            base = URI.create(BaseUrl.fromConfig());
            publicBase = base;
        }
        return base;
    }

    private static boolean same(URI from, URI self) {
        return self.getHost() != null && from.getHost().equalsIgnoreCase(self.getHost()) && port(from) == port(self);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
