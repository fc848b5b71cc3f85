package org.attune.workforce.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.attune.platform.faces.Texts;
import org.attune.platform.rest.ApiDocs;
import org.attune.platform.rest.BearerToken;
import org.attune.platform.rest.BearerTokenOnly;
import org.attune.platform.rest.Problem;
import org.attune.workforce.ApiTokenService;
import org.attune.workforce.BulkVerification;
import org.attune.workforce.VerificationRow;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/verifications}: an employer's system sends a CSV of certificate numbers (optionally with names)
 * with {@code Authorization: Bearer <token>} and gets one result per input row. No or a revoked token: 401.
 */
@Path("v1/verifications")
@ApplicationScoped
@Tag(name = ApiDocs.EMPLOYERS)
@BearerTokenOnly
public class VerificationsResource {

    static final int MAX_BYTES = 1_000_000;

    /** The answer: one object per input row, in order. */
    public record Verifications(int count, List<VerificationRow> rows) {}

    @Inject
    private ApiTokenService tokens;

    @Inject
    private BulkVerification bulk;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(
            summary = "Verify many certificates at once",
            description = "An employer's system sends a CSV of"
                    + " certificate numbers, one per line, optionally with the name the holder gave (number,name; a header"
                    + " line is allowed), at most 5,000 rows (about 1 MB). The answer has one result per input row, in"
                    + " order: the status and holder, or an error (badly formed, not found, name mismatch).")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @RequestBody(
            required = true,
            description = "CSV: number[,name] per line.",
            content =
                    @Content(
                            mediaType = "text/csv",
                            schema = @Schema(type = SchemaType.STRING),
                            examples =
                                    @ExampleObject(
                                            name = "two rows",
                                            value = "number,name\nATT-7K3M-Q9XZ-2D4F-H,Sam Example\n"
                                                    + "ATT-0000-0000-0000-0\n")))
    @APIResponse(
            responseCode = "200",
            description = "One result per input row.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Verifications.class),
                            examples =
                                    @ExampleObject(
                                            name = "results",
                                            value = "{\"count\":2,\"rows\":[{\"row\":2,"
                                                    + "\"number\":\"ATT-7K3M-Q9XZ-2D4F-H\",\"name\":\"Sam Example\",\"status\":"
                                                    + "\"active\",\"holder\":\"Sam Example\"},{\"row\":3,\"number\":"
                                                    + "\"ATT-0000-0000-0000-0\",\"error\":\"not found\"}]}")))
    @APIResponse(
            responseCode = "400",
            description = "The CSV cannot be read (the detail names the line).",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No live API token of an employer organisation.",
            content =
                    @Content(
                            mediaType = ApiDocs.PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED_EXAMPLE)))
    @APIResponse(
            responseCode = "413",
            description = "More than 5,000 rows or about 1 MB.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response verify(
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String csv) {
        Optional<Long> employer = BearerToken.of(authorization).flatMap(tokens::authenticate);
        if (employer.isEmpty()) {
            return BearerToken.needed("api.tokenNeeded.detailWorkspace");
        }
        if (csv != null && csv.length() > MAX_BYTES) {
            return Problem.fromBundle(
                    Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "api.bulkTooLarge.title",
                    "api.bulkTooLarge.detail",
                    BulkVerification.MAX_ROWS);
        }
        try {
            List<VerificationRow> rows = bulk.verify(csv);
            return Response.ok(new Verifications(rows.size(), rows)).build();
        } catch (BulkVerification.UnreadableCsvException e) {
            return Problem.response(
                    Response.Status.BAD_REQUEST, Texts.get("api.unreadableCsv.title"), e.getMessage(), null);
        }
    }
}
