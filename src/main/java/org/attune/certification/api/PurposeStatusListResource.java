package org.attune.certification.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.attune.certification.StatusListService;
import org.attune.certification.StatusPurpose;
import org.attune.platform.faces.Texts;
import org.attune.platform.rest.Problem;

/**
 * {@code GET /api/v1/status-lists/{purpose}/{list}}: the signed Bitstring Status List credential of purpose
 * {@code revocation} or {@code suspension} and that number (public). An unknown purpose or list is a 404 problem.
 */
@Path("v1/status-lists/{purpose}/{list}")
@ApplicationScoped
public class PurposeStatusListResource {

    @Inject
    private StatusListService statusLists;

    @GET
    @Produces({CertificateResource.VC_JWT, "application/problem+json"})
    public Response list(@PathParam("purpose") String purpose, @PathParam("list") String list) {
        Optional<String> jwt = StatusPurpose.of(purpose).flatMap(p -> number(list)
                .flatMap(n -> statusLists.signedList(p, n)));
        return jwt.map(j -> Response.ok(j, CertificateResource.VC_JWT).header("Cache-Control", "no-cache").build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, Texts.get("statusList.unknown.title"),
                        Texts.get("statusList.unknown.detail"), null));
    }

    private static Optional<Integer> number(String list) {
        return list.matches("[1-9][0-9]{0,8}") ? Optional.of(Integer.valueOf(list)) : Optional.empty();
    }
}
