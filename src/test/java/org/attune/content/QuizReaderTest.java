package org.attune.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private record Result(Optional<QuizReader.Parsed> parsed, List<String> problems, List<String> warnings) {}

    private Result read(String questions) throws IOException {
        Path file = work.resolve("quiz.yaml");
        Files.writeString(file, HEADER + questions);
        Problems problems = new Problems();
        Optional<QuizReader.Parsed> parsed = QuizReader.read(file, "quiz.yaml", work.resolve("media"), problems);
        return new Result(
                parsed,
                problems.sorted().stream().map(ContentProblem::toString).toList(),
                problems.sortedWarnings().stream().map(ContentProblem::toString).toList());
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
        assertEquals(
                List.of("quiz.yaml:11: Option \"a\" has unknown field \"keep her hands still and wait\": text"
                        + " that contains a comma must be in double quotes, e.g. \"Pause, then wait\"."),
                result.problems());
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
        assertEquals(
                "Pause, keep her hands still and wait",
                result.parsed()
                        .orElseThrow()
                        .quiz()
                        .questions()
                        .get(0)
                        .options()
                        .get(0)
                        .text());
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
        assertEquals(
                List.of("quiz.yaml:12: A pair has unknown field \"yawning\": text that contains a comma must be"
                        + " in double quotes, e.g. \"Pause, then wait\"."),
                result.problems());
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
        assertEquals(
                List.of("quiz.yaml:15: Option \"a\" has unknown field \"and wait for her to look back\": text"
                        + " that contains a comma must be in double quotes, e.g. \"Pause, then wait\"."),
                result.problems());
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
        assertEquals(
                List.of("quiz.yaml:12: Question \"rb-02\" has unknown field \"sectoin\"; use id, type, text,"
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
        assertEquals(
                List.of(
                        "quiz.yaml:11: Field \"text\" must be a single value.",
                        "quiz.yaml:11: Question \"rb-01\" needs at least two options."),
                result.problems());
    }

    private static String single(String id, String key, String... options) {
        StringBuilder yaml =
                new StringBuilder("  - id: " + id + "\n    type: single\n    text: Which?\n" + "    options:\n");
        char letter = 'a';
        for (String option : options) {
            yaml.append("      - { id: ")
                    .append(letter)
                    .append(", text: ")
                    .append(option)
                    .append(", feedback: Why. }\n");
            letter++;
        }
        return yaml.append("    answer: ")
                .append(key)
                .append("\n    explanation: Because.\n")
                .toString();
    }

    @Test
    void optionFeedbackIsReadWithTheOption() throws IOException {
        Result result = read("""
                  - id: rb-07
                    type: single
                    text: What is the most helpful thing to suggest?
                    options:
                      - { id: a, text: Pause, feedback: "Right: a cluster of cues asks for a rest." }
                      - { id: b, text: Carry on, feedback: He has not got used to it; he is asking for a break. }
                    answer: a
                    explanation: A pause.
                """);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.warnings());
        var options = result.parsed().orElseThrow().quiz().questions().get(0).options();
        assertEquals("Right: a cluster of cues asks for a rest.", options.get(0).feedback());
        assertEquals(
                "He has not got used to it; he is asking for a break.",
                options.get(1).feedback());
    }

    @Test
    void choiceQuestionWithoutOptionFeedbackIsAWarningAtItsOptionsLine() throws IOException {
        Result result = read("""
                  - id: rb-01
                    type: multiple
                    text: Which?
                    options:
                      - { id: a, text: Quiet alert }
                      - { id: b, text: Drowsy }
                    answer: [a]
                    explanation: Quiet alert.
                  - id: rb-02
                    type: scenario
                    vignette: Kai turns away.
                    explanation: Respect the no.
                    question:
                      type: single
                      text: What do you say?
                      options:
                        - { id: a, text: Wait, feedback: He said no for now. }
                        - { id: b, text: Begin }
                      answer: a
                """);
        assertEquals(List.of(), result.problems());
        assertEquals(
                List.of(
                        "quiz.yaml:11: No option of question \"rb-01\" has feedback: say in each option's"
                                + " \"feedback\" why it is right or wrong.",
                        "quiz.yaml:23: Option(s) b of question \"rb-02\" have no feedback: say why each is right or wrong."),
                result.warnings());
        assertTrue(result.parsed().isPresent(), "a warning does not stop the quiz from importing");
    }

    @Test
    void twoOptionsWithTheSameTextAreAProblemAtTheLaterOptionsLine() throws IOException {
        Result result = read(single("rb-01", "a", "Quiet alert", "Drowsy", "quiet  alert"));
        assertEquals(
                List.of("quiz.yaml:13: Options \"a\" and \"c\" of question \"rb-01\" have the same text."),
                result.problems());
    }

    @Test
    void bankWhoseKeyIsTheLongestInMoreThan35PercentOfSingleChoiceQuestionsIsWarnedAtItsQuestionsLine()
            throws IOException {
        Result result = read(single("q1", "a", "The longest option here", "Short", "Shorter")
                + single("q2", "b", "Brief", "Much the longest option", "Tiny")
                + single("q3", "a", "Short", "A much longer option", "Other"));
        assertEquals(List.of(), result.problems());
        assertEquals(
                List.of("quiz.yaml:6: The keyed option is the longest in 2 of 3 single-choice questions (67%;"
                        + " at most 35% is advised): q1, q2. A trainee who picks the longest option should not pass."),
                result.warnings());
    }

    @Test
    void keyTiedForLongestOrLongestInAThirdOfTheBankIsNotWarned() throws IOException {
        Result result = read(single("q1", "a", "The longest option here", "Short", "Shorter")
                + single("q2", "a", "Equal", "Equal too", "Same!")
                + single("q3", "a", "Short", "A much longer option", "Other"));
        assertEquals(List.of(), result.warnings());
    }
}
