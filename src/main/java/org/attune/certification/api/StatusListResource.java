package org.attune.certification.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.attune.certification.StatusListService;
import org.attune.platform.rest.Answers;
import org.attune.platform.rest.ApiDocs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/status-lists/1}: the signed Bitstring Status List credential (public). */
@Path("v1/status-lists/1")
@ApplicationScoped
@Tag(name = ApiDocs.ISSUER)
public class StatusListResource {

    @Inject
    private StatusListService statusList;

    @GET
    @Produces(CertificateResource.VC_JWT)
    @Operation(
            summary = "The status list",
            description = "A W3C Bitstring Status List credential (signed JWT), two"
                    + " bits per credential: 0 active, 1 suspended, 2 revoked. Credentials point to their entry in it."
                    + " Public; fetch it afresh rather than caching it for long.")
    @APIResponse(
            responseCode = "200",
            description = "The signed status list credential (compact JWT).",
            content = @Content(mediaType = CertificateResource.VC_JWT, schema = @Schema(type = SchemaType.STRING)))
    public Response list() {
        return Answers.noCache(statusList.signedList(), CertificateResource.VC_JWT);
    }
}
