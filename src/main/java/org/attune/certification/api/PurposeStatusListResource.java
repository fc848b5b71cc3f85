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
import org.attune.platform.rest.Answers;
import org.attune.platform.rest.ApiDocs;
import org.attune.platform.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/status-lists/{purpose}/{list}}: the signed Bitstring Status List credential of purpose
 * {@code revocation} or {@code suspension} and that number (public). An unknown purpose or list is a 404 problem.
 */
@Path("v1/status-lists/{purpose}/{list}")
@ApplicationScoped
@Tag(name = ApiDocs.ISSUER)
public class PurposeStatusListResource {

    @Inject
    private StatusListService statusLists;

    @GET
    @Produces({CertificateResource.VC_JWT, "application/problem+json"})
    @Operation(
            summary = "A status list of one purpose",
            description = "A W3C Bitstring Status List credential"
                    + " (signed JWT) of purpose revocation or suspension, one bit per credential; credentials name their"
                    + " list and index in credentialStatus. Public; fetch it afresh rather than caching it for long.")
    @APIResponse(
            responseCode = "200",
            description = "The signed status list credential (compact JWT).",
            content = @Content(mediaType = CertificateResource.VC_JWT, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "404",
            description = "No such purpose or list.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(
                            description = "What the list records.",
                            example = "revocation",
                            schema = @Schema(enumeration = {"revocation", "suspension"}))
                    @PathParam("purpose")
                    String purpose,
            @Parameter(
                            description = "The list's number, from 1.",
                            example = "1",
                            schema = @Schema(pattern = "^[1-9][0-9]{0,8}$"))
                    @PathParam("list")
                    String list) {
        Optional<String> jwt =
                StatusPurpose.of(purpose).flatMap(p -> number(list).flatMap(n -> statusLists.signedList(p, n)));
        return jwt.map(j -> Answers.noCache(j, CertificateResource.VC_JWT))
                .orElseGet(() -> Problem.fromBundle(
                        Response.Status.NOT_FOUND, "statusList.unknown.title", "statusList.unknown.detail"));
    }

    private static Optional<Integer> number(String list) {
        return list.matches("[1-9][0-9]{0,8}") ? Optional.of(Integer.valueOf(list)) : Optional.empty();
    }
}
