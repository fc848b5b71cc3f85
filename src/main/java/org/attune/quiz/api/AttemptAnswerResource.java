package org.attune.quiz.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.attune.account.CurrentUser;
import org.attune.platform.faces.Texts;
import org.attune.platform.rest.ApiDocs;
import org.attune.platform.rest.Problem;
import org.attune.quiz.AttemptNotFoundException;
import org.attune.quiz.AttemptService;
import org.attune.quiz.InvalidAnswerException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code PUT /api/v1/attempts/{id}/answers/{question}}: saves the signed-in trainee's answer to one question of
 * their open attempt, as the attempt page's script sends it on every change. Trainees only ({@code web.xml}); writes
 * need the {@code X-Attune-Request} header (see {@code CsrfHeaderFilter}).
 */
@Path("v1/attempts/{id}/answers/{question}")
@ApplicationScoped
@Tag(name = ApiDocs.QUIZ)
public class AttemptAnswerResource {

    /**
     * The choices as the page names them, e.g. {@code ["rb-08:2"]}; empty clears the answer. {@code sequence}, when
     * sent, numbers the saves of one question (rising with each change): a save that arrives after a newer one is
     * answered {@code "superseded"} and changes nothing.
     */
    public record AnswerRequest(
            @NotNull(message = "Send the answer's choices, even if none.")
            @Size(max = 20, message = "A question has at most 20 choices.")
            List<String> choices,

            @PositiveOrZero(message = "The sequence number of a save is a whole number, 0 or more.")
            Long sequence) {}

    public record AnswerResponse(String status, long answered) {}

    @Inject
    private AttemptService attempts;

    @Inject
    private CurrentUser currentUser;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(
            summary = "Save an answer while the quiz is open",
            description = "Saves the signed-in trainee's"
                    + " answer to one question of their own open attempt, as the quiz page sends it on every change; the"
                    + " last answer saved before submission (or the time limit) is graded. Needs X-Attune-Request: 1 and a"
                    + " same-origin Origin, if sent.")
    @SecurityRequirement(name = ApiDocs.SESSION)
    @APIResponse(
            responseCode = "200",
            description = "Saved; how many questions now have an answer.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AnswerResponse.class),
                            examples = @ExampleObject(name = "saved", value = "{\"status\":\"saved\",\"answered\":7}")))
    @APIResponse(
            responseCode = "400",
            description =
                    "A choice of another question, too many choices, or a body" + " that is not the JSON expected.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "Not signed in, or a bearer token was sent.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not from an Attune page (header or origin missing).",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such attempt or question of yours.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The attempt is submitted or its time is up; next says where" + " the result is.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response save(
            @Parameter(
                            description = "The attempt's id.",
                            example = "4711",
                            schema = @Schema(format = "int64", minimum = "1"))
                    @PathParam("id")
                    long attemptId,
            @Parameter(
                            description = "The question's key in the attempt.",
                            example = "rb-08",
                            schema = @Schema(maxLength = 100))
                    @PathParam("question")
                    String question,
            @RequestBody(
                            required = true,
                            description = "The choices as the page names them; an empty list clears" + " the answer.",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = AnswerRequest.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "one choice",
                                                            value = "{\"choices\":[\"rb-08:2\"]}")))
                    @Valid
                    @NotNull(message = "Send the answer as JSON.")
                    AnswerRequest answer) {
        long personId = currentUser.id();
        try {
            return switch (attempts.save(attemptId, personId, question, answer.choices(), answer.sequence())) {
                case SAVED -> answered("saved", attemptId, personId);
                case SUPERSEDED -> answered("superseded", attemptId, personId);
                case TIME_UP -> closed("api.answer.timeUp.title", "api.answer.timeUp.detail", attemptId);
                case CLOSED -> closed("api.answer.closed.title", "api.answer.closed.detail", attemptId);
            };
        } catch (InvalidAnswerException e) {
            Response.Status status =
                    e instanceof AttemptNotFoundException ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST;
            return Problem.response(status, Texts.get("api.answer.notSaved.title"), e.getMessage(), null);
        }
    }

    private Response answered(String status, long attemptId, long personId) {
        return Response.ok(new AnswerResponse(status, attempts.answeredCount(attemptId, personId)))
                .build();
    }

    /** 409: the attempt no longer takes answers; next is its result. */
    private static Response closed(String titleKey, String detailKey, long attemptId) {
        return Problem.response(
                Response.Status.CONFLICT,
                Texts.get(titleKey),
                Texts.get(detailKey),
                "trainee/attempt-result?id=" + attemptId);
    }
}
