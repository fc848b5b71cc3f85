package org.attune.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/** Problem details instead of the server's default error pages for API requests that go wrong. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** Bean Validation failures on a request: 400, the readable messages as the detail. */
    @Provider
    public static class InvalidRequest implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            String detail = e.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted()
                    .collect(Collectors.joining(" "));
            return Problem.response(Response.Status.BAD_REQUEST, "Invalid request", detail, null);
        }
    }

    /** A body that is not the JSON expected: 400. Other processing failures stay server errors, without details. */
    @Provider
    public static class Unreadable implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException) {
                    return Problem.response(Response.Status.BAD_REQUEST, "Unreadable request",
                            "The request body could not be read as the expected JSON.", null);
                }
            }
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong",
                    "The request could not be processed.", null);
        }
    }

    /** Unreadable bodies, unknown paths, wrong methods: the status JAX-RS chose, as a problem. */
    @Provider
    public static class HttpError implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail = status.getStatusCode() == 400 ? "The request body could not be read as the expected JSON."
                    : status.getReasonPhrase();
            return Response.status(status.getStatusCode()).type(Problem.PROBLEM_JSON)
                    .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null))
                    .build();
        }
    }
}
