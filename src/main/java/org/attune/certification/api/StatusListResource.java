package org.attune.certification.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.attune.certification.StatusListService;

/** {@code GET /api/v1/status-lists/1}: the signed Bitstring Status List credential (public). */
@Path("v1/status-lists/1")
@ApplicationScoped
public class StatusListResource {

    @Inject
    private StatusListService statusList;

    @GET
    @Produces(CertificateResource.VC_JWT)
    public Response list() {
        return Response.ok(statusList.signedList(), CertificateResource.VC_JWT).header("Cache-Control", "no-cache")
                .build();
    }
}
