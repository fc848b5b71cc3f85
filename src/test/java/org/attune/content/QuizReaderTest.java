package org.attune.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quiz YAML that YAML itself reads differently from what the author meant: text cut at an unquoted comma, a field
 * name misspelt, a list where text belongs. Each must be a {@code file:line: message}, not a silently shorter option.
 */
class QuizReaderTest {

    private static final String HEADER = """
            module: reading-the-baby
            draw: 1
            passMark: 80
            attempts: 3
            coolDownMinutes: 60
            questions:
            """;

    @TempDir
    Path work;

    private record Result(Optional<QuizReader.Parsed> parsed, List<String> problems) {
    }

    private Result read(String questions) throws IOException {
        Path file = work.resolve("quiz.yaml");
        Files.writeString(file, HEADER + questions);
        Problems problems = new Problems();
        Optional<QuizReader.Parsed> parsed = QuizReader.read(file, "quiz.yaml", work.resolve("media"), problems);
        return new Result(parsed, problems.sorted().stream().map(ContentProblem::toString).toList());
    }

    @Test
    void unquotedCommaInAFlowOptionIsReportedAsAnUnknownFieldOnTheOptionsLine() throws IOException {
        Result result = read("""
                  - id: rb-07
                    type: single
                    text: What is the most helpful thing to suggest?
                    options:
                      - { id: a, text: Pause, keep her hands still and wait }
                      - { id: b, text: Finish the sequence quickly }
                    answer: a
                    explanation: A pause.
                """);
        assertEquals(List.of("quiz.yaml:11: Option \"a\" has unknown field \"keep her hands still and wait\": text"
                + " that contains a comma must be in double quotes, e.g. \"Pause, then wait\"."), result.problems());
    }

    @Test
    void quotedOptionTextWithACommaIsReadWhole() throws IOException {
        Result result = read("""
                  - id: rb-07
                    type: single
                    text: What is the most helpful thing to suggest?
                    options:
                      - { id: a, text: "Pause, keep her hands still and wait" }
                      - { id: b, text: Finish the sequence quickly }
                    answer: a
                    explanation: A pause.
                """);
        assertEquals(List.of(), result.problems());
        assertEquals("Pause, keep her hands still and wait",
                result.parsed().orElseThrow().quiz().questions().get(0).options().get(0).text());
    }

    @Test
    void unquotedCommaInAMatchingPairIsReportedOnThePairsLine() throws IOException {
        Result result = read("""
                  - id: rb-03
                    type: matching
                    text: Match each cue to its kind.
                    pairs:
                      - { prompt: Arching the back, match: Potent disengagement }
                      - { prompt: Looking away, yawning, match: Subtle disengagement }
                    explanation: Cues.
                """);
        assertEquals(List.of("quiz.yaml:12: A pair has unknown field \"yawning\": text that contains a comma must be"
                + " in double quotes, e.g. \"Pause, then wait\"."), result.problems());
    }

    @Test
    void unquotedCommaInAScenarioFollowUpOptionIsReported() throws IOException {
        Result result = read("""
                  - id: rb-05
                    type: scenario
                    vignette: Sam's baby turns her head away.
                    explanation: A pause.
                    question:
                      type: single
                      text: What do you suggest?
                      options:
                        - { id: a, text: Pause, and wait for her to look back }
                        - { id: b, text: Carry on }
                      answer: a
                """);
        assertEquals(List.of("quiz.yaml:15: Option \"a\" has unknown field \"and wait for her to look back\": text"
                + " that contains a comma must be in double quotes, e.g. \"Pause, then wait\"."), result.problems());
    }

    @Test
    void misspeltQuestionFieldIsReportedWithTheFieldsAQuestionTakes() throws IOException {
        Result result = read("""
                  - id: rb-02
                    type: true-false
                    text: A baby's cues say exactly what must change.
                    answer: false
                    explanation: Cues signal that something must change.
                    sectoin: reading-cues
                """);
        assertEquals(List.of("quiz.yaml:12: Question \"rb-02\" has unknown field \"sectoin\"; use id, type, text,"
                + " options, answer, pairs, items, vignette, image, imageAlt, question, explanation, section."),
                result.problems());
    }

    @Test
    void optionTextThatYamlReadsAsAListIsReported() throws IOException {
        Result result = read("""
                  - id: rb-01
                    type: single
                    text: Which state is best for interaction?
                    options:
                      - { id: a, text: [Quiet alert, Active alert] }
                      - { id: b, text: Drowsy }
                    answer: a
                    explanation: Quiet alert.
                """);
        assertEquals(List.of("quiz.yaml:11: Field \"text\" must be a single value.",
                "quiz.yaml:11: Question \"rb-01\" needs at least two options."), result.problems());
    }
}
