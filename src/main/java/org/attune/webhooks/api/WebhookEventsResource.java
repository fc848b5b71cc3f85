package org.attune.webhooks.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.platform.rest.Answers;
import org.attune.platform.rest.ApiDocs;
import org.attune.platform.rest.BearerToken;
import org.attune.platform.rest.BearerTokenOnly;
import org.attune.platform.rest.Problem;
import org.attune.webhooks.WebhookDelivery;
import org.attune.webhooks.WebhookService;
import org.attune.workforce.ApiTokenService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/webhook-events}: the events recently sent (or being sent) to the token's organisation's webhook
 * endpoints, newest first, so its systems can catch up on any they missed. API token only; never another
 * organisation's.
 */
@Path("v1/webhook-events")
@ApplicationScoped
@BearerTokenOnly
@Tag(name = ApiDocs.EMPLOYERS)
public class WebhookEventsResource {

    static final int MAX = 200;

    /** One event to one endpoint, and how its delivery went. */
    public record Event(
            String id,
            String type,
            Instant created,
            String endpoint,
            String state,
            int attempts,
            Integer lastStatus,
            Instant delivered,
            Instant nextAttempt,
            String body) {}

    /** The answer. */
    public record Events(int count, List<Event> events) {}

    @Inject
    private ApiTokenService tokens;

    @Inject
    private WebhookService webhooks;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(
            summary = "List the webhook events sent to your organisation",
            description = "The newest events"
                    + " sent to your organisation's webhook endpoints (certificate.suspended, certificate.reinstated,"
                    + " certificate.revoked, certificate.renewed, certificate.expiring, ping), each with its delivery"
                    + " state and the exact body that was signed, so a system that was down can catch up. Events are kept"
                    + " for 30 days.")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The events, newest first.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Events.class),
                            examples =
                                    @ExampleObject(
                                            name = "one event",
                                            value = "{\"count\":1,\"events\":[{\"id\":"
                                                    + "\"evt_5f0c2a\",\"type\":\"certificate.revoked\",\"created\":\"2026-11-30T18:40:00Z\","
                                                    + "\"endpoint\":\"https://hr.example.org/attune-events\",\"state\":\"DELIVERED\","
                                                    + "\"attempts\":1,\"lastStatus\":204,\"delivered\":\"2026-11-30T18:40:03Z\",\"body\":"
                                                    + "\"{...}\"}]}")))
    @APIResponse(
            responseCode = "400",
            description = "limit is not a whole number from 1 to 200.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No live API token of an employer organisation.",
            content =
                    @Content(
                            mediaType = ApiDocs.PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED_EXAMPLE)))
    public Response events(
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(
                            description = "How many events, newest first (1 to 200; 50 if not given).",
                            example = "50",
                            schema = @Schema(format = "int32", minimum = "1", maximum = "200"))
                    @QueryParam("limit")
                    String limit) {
        Optional<Long> employer = BearerToken.of(authorization).flatMap(tokens::authenticate);
        if (employer.isEmpty()) {
            return BearerToken.needed("api.tokenNeeded.detail");
        }
        int max = limit == null || limit.isBlank()
                ? 50
                : limit.strip().matches("\\d{1,3}") ? Integer.parseInt(limit.strip()) : -1;
        if (max < 1 || max > MAX) {
            return Problem.fromBundle(
                    Response.Status.BAD_REQUEST,
                    "api.webhookEvents.limit.title",
                    "api.webhookEvents.limit.detail",
                    MAX);
        }
        Map<Long, String> urls = webhooks.urls(employer.get());
        List<Event> events = webhooks.log(employer.get(), max).stream()
                .map(d -> event(d, urls))
                .toList();
        return Answers.noStore(new Events(events.size(), events));
    }

    private static Event event(WebhookDelivery d, Map<Long, String> urls) {
        return new Event(
                d.getEventId(),
                d.getEventType(),
                d.getCreatedAt(),
                urls.get(d.getEndpointId()),
                d.getState().name(),
                d.getAttempts(),
                d.getLastStatus(),
                d.getDeliveredAt(),
                d.getNextAttemptAt(),
                d.getPayload());
    }
}
