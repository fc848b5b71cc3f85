package org.attune.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.attune.platform.faces.Texts;

/**
 * An RFC 9457 problem details body. {@code next}, when set, is where a page should send the user (for example the
 * feedback page of an attempt that time closed).
 */
public record Problem(String type, String title, int status, String detail, String next) {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    public static Response response(Response.Status status, String title, String detail, String next) {
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem("about:blank", title, status.getStatusCode(), detail, next))
                .build();
    }

    /** The problem with its title and detail from the bundle, the detail's placeholders filled with the arguments. */
    public static Response fromBundle(
            Response.Status status, String titleKey, String detailKey, Object... detailArguments) {
        return response(status, Texts.get(titleKey), Texts.get(detailKey, detailArguments), null);
    }
}
