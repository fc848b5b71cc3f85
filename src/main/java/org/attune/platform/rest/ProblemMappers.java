package org.attune.platform.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;
import org.attune.platform.Failure;
import org.attune.platform.faces.Texts;

/** Problem details instead of the server's default error pages for API requests that go wrong. */
public final class ProblemMappers {

    private ProblemMappers() {}

    /** Bean Validation failures on a request: 400, the readable messages as the detail. */
    @Provider
    public static class InvalidRequest implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            String detail = e.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage)
                    .sorted()
                    .collect(Collectors.joining(" "));
            return Problem.response(Response.Status.BAD_REQUEST, Texts.get("failure.title.invalid"), detail, null);
        }
    }

    /** A body that is not the JSON expected: 400. Other processing failures stay server errors, without details. */
    @Provider
    public static class Unreadable implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof JsonbException || t instanceof JsonException) {
                    return Problem.response(
                            Response.Status.BAD_REQUEST,
                            Texts.get("api.unreadable.title"),
                            Texts.get("api.unreadable.detail"),
                            null);
                }
            }
            return Problem.response(
                    Response.Status.INTERNAL_SERVER_ERROR,
                    Texts.get("api.failed.title"),
                    Texts.get("api.failed.detail"),
                    null);
        }
    }

    /**
     * A service's {@link Failure}: 404 not found, 403 not allowed, 409 conflict, 400 invalid (every field problem
     * in the detail), the title by kind and the detail from the bundle.
     */
    @Provider
    public static class Failures implements ExceptionMapper<Failure> {
        @Override
        public Response toResponse(Failure e) {
            return problem(e);
        }
    }

    /** The problem details a failure is answered with (also for resources that catch one to add to it). */
    public static Response problem(Failure e) {
        Problem problem = problemOf(e);
        return Response.status(problem.status())
                .type(Problem.PROBLEM_JSON)
                .entity(problem)
                .build();
    }

    /** The problem a failure becomes: its status and title by kind, its sentence as the detail. */
    static Problem problemOf(Failure e) {
        Response.Status status;
        String title;
        if (e instanceof Failure.NotFound) {
            status = Response.Status.NOT_FOUND;
            title = "failure.title.notFound";
        } else if (e instanceof Failure.NotAllowed) {
            status = Response.Status.FORBIDDEN;
            title = "failure.title.notAllowed";
        } else if (e instanceof Failure.Conflict) {
            status = Response.Status.CONFLICT;
            title = "failure.title.conflict";
        } else {
            status = Response.Status.BAD_REQUEST;
            title = "failure.title.invalid";
        }
        return new Problem("about:blank", Texts.english(title), status.getStatusCode(), e.getMessage(), null);
    }

    /** Unreadable bodies, unknown paths, wrong methods: the status JAX-RS chose, as a problem. */
    @Provider
    public static class HttpError implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail =
                    status.getStatusCode() == 400 ? Texts.get("api.unreadable.detail") : status.getReasonPhrase();
            return Response.status(status.getStatusCode())
                    .type(Problem.PROBLEM_JSON)
                    .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null))
                    .build();
        }
    }
}
