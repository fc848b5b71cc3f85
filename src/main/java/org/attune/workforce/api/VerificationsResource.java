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
import org.attune.platform.rest.BearerTokenOnly;
import org.attune.platform.rest.Problem;
import org.attune.workforce.ApiTokenService;
import org.attune.workforce.BulkVerification;
import org.attune.workforce.VerificationRow;

/**
 * {@code POST /api/v1/verifications}: an employer's system sends a CSV of certificate numbers (optionally with names)
 * with {@code Authorization: Bearer <token>} and gets one result per input row. No or a revoked token: 401.
 */
@Path("v1/verifications")
@ApplicationScoped
@BearerTokenOnly
public class VerificationsResource {

    static final int MAX_BYTES = 1_000_000;

    /** The answer: one object per input row, in order. */
    public record Verifications(int count, List<VerificationRow> rows) {
    }

    @Inject
    private ApiTokenService tokens;

    @Inject
    private BulkVerification bulk;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    public Response verify(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String csv) {
        Optional<Long> employer = authorization != null && authorization.startsWith("Bearer ")
                ? tokens.authenticate(authorization.substring(7).strip()) : Optional.empty();
        if (employer.isEmpty()) {
            return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, "API token needed",
                    "Send a live API token of your organisation as Authorization: Bearer <token>. Managers create"
                            + " tokens in their workspace.", null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"attune\"").build();
        }
        if (csv != null && csv.length() > MAX_BYTES) {
            return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Too large",
                    "Send at most " + BulkVerification.MAX_ROWS + " rows (about 1 MB) at a time.", null);
        }
        try {
            List<VerificationRow> rows = bulk.verify(csv);
            return Response.ok(new Verifications(rows.size(), rows)).build();
        } catch (BulkVerification.UnreadableCsvException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "Unreadable CSV", e.getMessage(), null);
        }
    }
}
