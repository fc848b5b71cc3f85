package org.attune.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.attune.platform.Failure;
import org.attune.platform.Text;
import org.junit.jupiter.api.Test;

/** Each kind of failure becomes the problem details the API has always answered with, its words from the bundle. */
class FailureProblemsTest {

    @Test
    void notFoundIs404WithTheSentenceAsDetail() {
        Problem problem = ProblemMappers.problemOf(new Failure.NotFound("api.refused.detail"));
        assertEquals(
                new Problem("about:blank", "Not found", 404, "This request did not come from an Attune page.", null),
                problem);
    }

    @Test
    void notAllowedIs403() {
        Problem problem = ProblemMappers.problemOf(new Failure.NotAllowed("api.failed.detail"));
        assertEquals(403, problem.status());
        assertEquals("Not allowed", problem.title());
        assertEquals("The request could not be processed.", problem.detail());
    }

    @Test
    void conflictIs409WithItsArgumentsFilledIn() {
        Problem problem = ProblemMappers.problemOf(new Failure.Conflict("failure.correctFields", 3));
        assertEquals(409, problem.status());
        assertEquals("Conflict", problem.title());
        assertEquals("Please correct the 3 fields marked below.", problem.detail());
    }

    @Test
    void invalidIs400WithEveryFieldProblemInTheDetail() {
        Map<String, Text> problems = new LinkedHashMap<>();
        problems.put("name", Text.of("failure.correctField"));
        problems.put("number", Text.of("failure.correctFields", 2));
        Failure.Invalid invalid = new Failure.Invalid(problems);
        Problem problem = ProblemMappers.problemOf(invalid);
        assertEquals(400, problem.status());
        assertEquals("Invalid request", problem.title());
        assertEquals(
                "Please correct the field marked below. Please correct the 2 fields marked below.", problem.detail());
        assertEquals("failure.correctField", invalid.problems().get("name").key());
    }
}
