package org.attune.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * The bearer token an API call carries, and the 401 answers (with their {@code WWW-Authenticate} challenge) when it
 * carries none that is accepted.
 */
public final class BearerToken {

    private static final String CHALLENGE = "Bearer realm=\"attune\"";

    private BearerToken() {}

    /** The token of an {@code Authorization: Bearer <token>} header, without surrounding white space. */
    public static Optional<String> of(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ")
                ? Optional.of(authorization.substring(7).strip())
                : Optional.empty();
    }

    /** 401 for a call of a {@link BearerTokenOnly} resource without a live token; the detail from the bundle. */
    public static Response needed(String detailKey) {
        return challenge(Problem.fromBundle(Response.Status.UNAUTHORIZED, "api.tokenNeeded.title", detailKey), "");
    }

    /** 401 for a token sent where the session is the only way in. */
    public static Response notAccepted() {
        return challenge(
                Problem.fromBundle(
                        Response.Status.UNAUTHORIZED, "api.tokenNotAccepted.title", "api.tokenNotAccepted.detail"),
                ", error=\"invalid_token\"");
    }

    private static Response challenge(Response problem, String error) {
        return Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + error)
                .build();
    }
}
