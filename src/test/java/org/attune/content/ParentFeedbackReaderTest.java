package org.attune.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parents' feedback form as content: the real {@code content/feedback.yaml} is valid and complete, and each
 * broken variant is reported by {@code scripts/content-check} at its line with a message that says what to fix.
 */
class ParentFeedbackReaderTest {

    private static final Path CONTENT = Path.of("content");

    @TempDir
    Path work;

    /** A tree with the real feedback.yaml (changed by {@code from -> to}) and the real competence framework. */
    private Path tree(String... fromTo) throws IOException {
        Path course = Files.createDirectories(work.resolve("tree/course"));
        Files.copy(CONTENT.resolve("infant-communication/competences.yaml"), course.resolve("competences.yaml"));
        String text = Files.readString(CONTENT.resolve("feedback.yaml"));
        for (int i = 0; i < fromTo.length; i += 2) {
            assertTrue(text.contains(fromTo[i]), "feedback.yaml lacks: " + fromTo[i]);
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        Files.writeString(work.resolve("tree/feedback.yaml"), text);
        return work.resolve("tree");
    }

    private static List<String> problems(Path root) {
        return ParentFeedbackReader.read(root).problems().stream()
                .map(p -> p.line() + ": " + p.message())
                .toList();
    }

    @Test
    void theRealFormHasSixToEightStatementsEachInEnglishAndWelshAndMappedToKnownCompetences() {
        ParentFeedbackReader.Result result = ParentFeedbackReader.read(CONTENT);
        assertEquals(List.of(), result.problems());
        ParentFeedbackForm form = result.form().orElseThrow();
        assertTrue(
                form.items().size() >= 6 && form.items().size() <= 8,
                "statements: " + form.items().size());
        assertTrue(form.version() >= 1);
        for (ParentFeedbackForm.Item item : form.items()) {
            assertTrue(
                    !item.statement().cy().isBlank()
                            && !item.statement().cy().equals(item.statement().en()),
                    item.id() + " has Welsh of its own");
            assertTrue(!item.competences().isEmpty(), item.id());
        }
        assertTrue(form.scale().stream().anyMatch(ParentFeedbackForm.Option::positive));
        assertEquals(ParentFeedbackForm.PAGE_KEYS.size(), form.page().size());
    }

    @Test
    void theContentCheckOfTheRealTreeIsClean() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ContentCheck.run(CONTENT, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownCompetenceIsReportedAtItsLineAndFailsTheContentCheck() throws IOException {
        Path root = tree("competences: [permission-ritual]", "competences: [permision-ritual]");
        assertEquals(
                List.of("31: Statement \"asking-permission\" names unknown competence \"permision-ritual\"; use an"
                        + " id of competences.yaml."),
                problems(root));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(1, ContentCheck.run(root, new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertTrue(
                out.toString(StandardCharsets.UTF_8).contains("tree/feedback.yaml:31: Statement"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aStatementWithoutWelshIsReported() throws IOException {
        Path root = tree("    cy: Ces i fy annog i ofyn caniatâd fy mabi.\n", "");
        assertEquals(List.of("30: Statement \"asking-permission\" has no Welsh text (\"cy\")."), problems(root));
    }

    @Test
    void aPageTextWithoutWelshIsReported() throws IOException {
        Path root = tree("    cy: Anfon fy atebion\n", "");
        assertEquals(List.of("71: Page text \"send\" has no Welsh text (\"cy\")."), problems(root));
    }

    @Test
    void aDuplicateStatementIdIsReported() throws IOException {
        Path root = tree("- id: had-enough", "- id: asking-permission");
        assertEquals(List.of("38: Duplicate statement id \"asking-permission\" (also on line 30)."), problems(root));
    }

    @Test
    void aScaleWithoutAPositiveAnswerIsReported() throws IOException {
        Path root = tree(
                "    cy: Do, llawer\n    positive: true",
                "    cy: Do, llawer\n    positive: false",
                "    cy: Ychydig\n    positive: true",
                "    cy: Ychydig\n    positive: false");
        assertEquals(List.of("7: At least one answer of the scale must be positive."), problems(root));
    }

    @Test
    void anAnswerThatDoesNotSayWhetherItIsPositiveIsReported() throws IOException {
        Path root = tree("    cy: Ddim go iawn\n    positive: false\n", "    cy: Ddim go iawn\n");
        assertEquals(
                List.of("16: Answer \"not-really\" must say whether it is positive: add \"positive: true\" or"
                        + " \"positive: false\"."),
                problems(root));
    }

    @Test
    void tooFewStatementsAreReported() throws IOException {
        String text = Files.readString(CONTENT.resolve("feedback.yaml"));
        int from = text.indexOf("  - id: doing-well");
        int to = text.indexOf("page:");
        Path root = tree(text.substring(from, to), "");
        assertEquals(List.of("25: The form must have between 6 and 8 statements, not 4."), problems(root));
    }

    @Test
    void aMissingPageTextIsReported() throws IOException {
        Path root = tree("  busy:\n", "  busier:\n");
        List<String> problems = problems(root);
        assertTrue(
                problems.stream().anyMatch(p -> p.endsWith("The page text \"busy\" is missing.")), problems.toString());
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("page has unknown field \"busier\"")), problems.toString());
    }

    @Test
    void aTreeWithoutTheFileHasNoFormAndNoProblem() throws IOException {
        Path empty = Files.createDirectories(work.resolve("empty"));
        ParentFeedbackReader.Result result = ParentFeedbackReader.read(empty);
        assertTrue(result.form().isEmpty());
        assertEquals(List.of(), result.problems());
    }
}
