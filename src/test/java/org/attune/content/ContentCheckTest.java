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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator over broken trees: each case copies the minimal valid course and breaks one thing, and expects one
 * exact {@code file:line: message}.
 */
class ContentCheckTest {

    private static final Path VALID = Path.of("src/test/resources/content-fixtures/valid");

    @TempDir
    Path work;

    private Path tree() throws IOException {
        Path tree = work.resolve("tree");
        try (Stream<Path> files = Files.walk(VALID)) {
            for (Path source : files.toList()) {
                Path target = tree.resolve(VALID.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return tree;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), "fixture lacks: " + from);
        Files.writeString(file, text.replace(from, to));
    }

    /** A breaking change to the minimal course, and the one problem it must cause. */
    interface Breakage {
        void apply(Path course) throws IOException;
    }

    static Stream<Arguments> brokenTrees() {
        return Stream.of(
                Arguments.of(
                        "malformed YAML",
                        (Breakage) c -> replace(c.resolve("quizzes/first.yaml"), "draw: 2", "draw: [2"),
                        "tree/mini/quizzes/first.yaml:3: Malformed YAML: expected ',' or ']', but got :"),
                Arguments.of(
                        "malformed front matter",
                        (Breakage) c -> replace(c.resolve("modules/second.md"), "minutes: 1\n", "minutes: : 1\n"),
                        "tree/mini/modules/second.md:6: Malformed YAML: mapping values are not allowed here"),
                Arguments.of(
                        "missing field",
                        (Breakage) c -> replace(c.resolve("modules/first.md"), "title: First module\n", ""),
                        "tree/mini/modules/first.md:2: Missing required field \"title\"."),
                Arguments.of(
                        "duplicate module id",
                        (Breakage) c -> Files.writeString(
                                c.resolve("modules/third.md"), Files.readString(c.resolve("modules/second.md"))),
                        "tree/mini/modules/third.md:2: Duplicate module id \"second\" (also in tree/mini/modules/second.md)."),
                Arguments.of(
                        "quiz for an unknown module",
                        (Breakage) c -> Files.writeString(
                                c.resolve("quizzes/ghost.yaml"),
                                Files.readString(c.resolve("quizzes/first.yaml"))
                                        .replace("module: first", "module: ghost")),
                        "tree/mini/quizzes/ghost.yaml:1: This quiz is for module \"ghost\", which does not exist."),
                Arguments.of(
                        "no correct answer",
                        (Breakage) c -> replace(c.resolve("quizzes/first.yaml"), "    answer: a\n", ""),
                        "tree/mini/quizzes/first.yaml:7: Question \"q1\" has no correct answer: set \"answer\" to the id of the correct option(s)."),
                Arguments.of(
                        "answer names a missing option",
                        (Breakage) c -> replace(c.resolve("quizzes/first.yaml"), "answer: a", "answer: z"),
                        "tree/mini/quizzes/first.yaml:13: The answer of question \"q1\" names option \"z\", which does not exist."),
                Arguments.of(
                        "pass mark out of range",
                        (Breakage) c -> replace(c.resolve("quizzes/second.yaml"), "passMark: 80", "passMark: 120"),
                        "tree/mini/quizzes/second.yaml:3: Field \"passMark\" must be between 0 and 100, not 120."),
                Arguments.of(
                        "more drawn than the bank holds",
                        (Breakage) c -> replace(c.resolve("quizzes/first.yaml"), "draw: 2", "draw: 5"),
                        "tree/mini/quizzes/first.yaml:2: The quiz draws 5 questions but its bank holds only 2."),
                Arguments.of(
                        "missing image",
                        (Breakage) c -> Files.delete(c.resolve("media/hands.png")),
                        "tree/mini/modules/first.md:14: The image media/hands.png is not in the media folder."),
                Arguments.of(
                        "image without alternative text",
                        (Breakage) c -> replace(c.resolve("modules/first.md"), "![Open hands shown to a baby]", "![]"),
                        "tree/mini/modules/first.md:14: The image media/hands.png has no alternative text: write it between the brackets, ![like this](file.png)."),
                Arguments.of(
                        "raw HTML",
                        (Breakage) c -> replace(
                                c.resolve("modules/second.md"), "Back to", "<script>alert(1)</script>\n\nBack to"),
                        "tree/mini/modules/second.md:12: Raw HTML is not allowed in modules; use Markdown."),
                Arguments.of(
                        "broken link between modules",
                        (Breakage) c -> replace(c.resolve("modules/second.md"), "first.md#cues", "fist.md#cues"),
                        "tree/mini/modules/second.md:12: The link to fist.md does not lead to a module of this course."),
                Arguments.of(
                        "link to a missing section",
                        (Breakage) c -> replace(c.resolve("modules/second.md"), "first.md#cues", "first.md#states"),
                        "tree/mini/modules/second.md:12: The link to first.md#states names a section that does not exist."),
                Arguments.of(
                        "duplicate question id",
                        (Breakage) c -> replace(c.resolve("quizzes/second.yaml"), "id: q2", "id: q1"),
                        "tree/mini/quizzes/second.yaml:15: Duplicate question id \"q1\" (also on line 7)."),
                Arguments.of(
                        "unknown question type",
                        (Breakage) c -> replace(c.resolve("quizzes/second.yaml"), "type: true-false", "type: essay"),
                        "tree/mini/quizzes/second.yaml:16: Unknown question type \"essay\": use single, multiple, true-false, matching, ordering or scenario."),
                Arguments.of(
                        "option text cut at an unquoted comma",
                        (Breakage) c -> replace(
                                c.resolve("quizzes/first.yaml"),
                                "text: Deep or light sleep,",
                                "text: Deep or light sleep, eyes closed,"),
                        "tree/mini/quizzes/first.yaml:12: Option \"b\" has unknown field \"eyes closed\": text that contains a comma must be in double quotes, e.g. \"Pause, then wait\"."),
                Arguments.of(
                        "citation marker naming no source",
                        (Breakage) c -> replace(
                                c.resolve("modules/first.md"),
                                "(second.md#second-module) [1].",
                                "(second.md#second-module) [1][7]."),
                        "tree/mini/modules/first.md:15: The marker [7] names no reference in this module's sources."),
                Arguments.of(
                        "source cited nowhere",
                        (Breakage) c ->
                                replace(c.resolve("modules/second.md"), "(first.md#cues) [2].", "(first.md#cues)."),
                        "tree/mini/modules/second.md:8: The source [2] is cited nowhere in the module: put [2] at the claims it supports, or remove the source."),
                Arguments.of(
                        "unknown evidence method",
                        (Breakage)
                                c -> replace(c.resolve("competences.yaml"), "evidence: observed", "evidence: watched"),
                        "tree/mini/competences.yaml:6: Unknown evidence method \"watched\" for competence"
                                + " \"reading-cues\"; use observed, discussion, portfolio."),
                Arguments.of(
                        "missing evidence method",
                        (Breakage) c -> replace(c.resolve("competences.yaml"), "    evidence: observed\n", ""),
                        "tree/mini/competences.yaml:2: Missing required field \"evidence\"."),
                Arguments.of(
                        "accreditation criteria missing",
                        (Breakage) c -> Files.delete(c.resolve("accreditation.yaml")),
                        "tree/mini/accreditation.yaml:0: The file is missing."),
                Arguments.of(
                        "waivable flag that is not a boolean",
                        (Breakage) c -> replace(c.resolve("accreditation.yaml"), "waivable: false", "waivable: never"),
                        "tree/mini/accreditation.yaml:5: Field \"waivable\" must be true or false, not \"never\"."),
                Arguments.of(
                        "criterion without a waivable flag",
                        (Breakage) c -> replace(c.resolve("accreditation.yaml"), "    waivable: false\n", ""),
                        "tree/mini/accreditation.yaml:2: Criterion \"communication-focus\" must say whether it is"
                                + " waivable: add \"waivable: true\" or \"waivable: false\"."),
                Arguments.of(
                        "criterion without evidence documents",
                        (Breakage) c -> replace(
                                c.resolve("accreditation.yaml"),
                                "    documents:\n      - id: evaluation-report\n"
                                        + "        title: Programme evaluation with parent feedback\n",
                                "    documents: []\n"),
                        "tree/mini/accreditation.yaml:13: Field \"documents\" must not be an empty list."),
                Arguments.of(
                        "criterion naming no documents field",
                        (Breakage) c -> replace(
                                c.resolve("accreditation.yaml"),
                                "    documents:\n      - id: evaluation-report\n"
                                        + "        title: Programme evaluation with parent feedback\n",
                                ""),
                        "tree/mini/accreditation.yaml:9: Criterion \"parent-evaluation\" must name at least one"
                                + " evidence document under \"documents\"."),
                Arguments.of(
                        "duplicate criterion id",
                        (Breakage) c -> replace(
                                c.resolve("accreditation.yaml"), "id: parent-evaluation", "id: communication-focus"),
                        "tree/mini/accreditation.yaml:9: Duplicate criterion id \"communication-focus\" (also on"
                                + " line 2)."),
                Arguments.of(
                        "unknown criterion field",
                        (Breakage) c -> replace(
                                c.resolve("accreditation.yaml"),
                                "    waivable: true\n",
                                "    waivable: true\n    waiveable: false\n"),
                        "tree/mini/accreditation.yaml:13: Criterion \"parent-evaluation\" has unknown field"
                                + " \"waiveable\"; use id, title, required, waivable, documents."),
                Arguments.of(
                        "evidence document without a title",
                        (Breakage) c -> replace(
                                c.resolve("accreditation.yaml"),
                                "        title: Curriculum outline with contact hours per topic\n",
                                ""),
                        "tree/mini/accreditation.yaml:7: Missing required field \"title\"."),
                Arguments.of(
                        "source without a number",
                        (Breakage) c -> replace(
                                c.resolve("modules/second.md"),
                                "\"A source [2]\"",
                                "\"A source [2]\"\n  - \"Another source\""),
                        "tree/mini/modules/second.md:9: This source does not end in its number, so no claim can cite it: end it with [n], its number in the domain brief's References (from 101 up for a source the brief does not list)."),
                Arguments.of(
                        "two sources with one number",
                        (Breakage) c -> replace(
                                c.resolve("modules/second.md"),
                                "\"A source [2]\"",
                                "\"A source [2]\"\n  - \"Another source [2]\""),
                        "tree/mini/modules/second.md:9: Two sources have the number [2] (also on line 8)."),
                Arguments.of(
                        "source link that is not a web address",
                        (Breakage) c -> replace(
                                c.resolve("modules/second.md"),
                                "- \"A source [2]\"",
                                "- text: \"A source [2]\"\n    url: javascript:alert(1)"),
                        "tree/mini/modules/second.md:9: The url of a source must be a web address starting with https://, not \"javascript:alert(1)\"."),
                Arguments.of(
                        "study time that the text and activities do not fill",
                        (Breakage) c -> replace(c.resolve("modules/first.md"), "minutes: 1\n", "minutes: 45\n"),
                        "tree/mini/modules/first.md:6: Field \"minutes\" says 45, but the text reads in about 1 (27 words at 200 a minute) and the activities take 0: write 1, or list the activities that fill the time."),
                Arguments.of(
                        "activity without its time",
                        (Breakage) c -> replace(
                                c.resolve("modules/second.md"),
                                "minutes: 1\n",
                                "minutes: 10\nactivities:\n  - title: Note the cues you see.\n"),
                        "tree/mini/modules/second.md:8: Missing required field \"minutes\"."),
                Arguments.of(
                        "qualification missing",
                        (Breakage) c -> replace(c.resolve("course.yaml"), "qualification:", "qualificationx:"),
                        "tree/mini/course.yaml:1: Missing required field \"qualification\"."),
                Arguments.of(
                        "qualification without what it does not certify",
                        (Breakage)
                                c -> replace(c.resolve("course.yaml"), "  doesNotCertify:\n    - Anything else.\n", ""),
                        "tree/mini/course.yaml:15: Missing required field \"doesNotCertify\"."),
                Arguments.of(
                        "qualification with an unknown field",
                        (Breakage) c -> replace(
                                c.resolve("course.yaml"), "  certifies:", "  certifiesAlso: More.\n  certifies:"),
                        "tree/mini/course.yaml:19: Field \"qualification\" has unknown field \"certifiesAlso\"; use name, entryRequirement, workshop, observedPractice, certifies, doesNotCertify."),
                Arguments.of(
                        "qualification name that claims certification",
                        (Breakage) c -> replace(
                                c.resolve("course.yaml"),
                                "name: Facilitator of a minimal course",
                                "name: Certified infant massage facilitator"),
                        "tree/mini/course.yaml:15: The qualification's name names what the holder does, not that they are \"certified\": the certificate says that."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTrees")
    void brokenTreeIsReportedWithFileLineAndMessage(String what, Breakage breakage, String expected)
            throws IOException {
        Path tree = tree();
        breakage.apply(tree.resolve("mini"));
        ContentReport report = ContentReader.read(tree);
        List<String> problems =
                report.problems().stream().map(ContentProblem::toString).toList();
        assertTrue(
                problems.contains(expected),
                what + ": expected\n  " + expected + "\nbut got\n  " + String.join("\n  ", problems));
        assertTrue(report.courses().isEmpty(), "a broken tree must yield no course to import");
    }

    @Test
    void activitiesFillTheStatedStudyTimeAndTheQualificationIsRead() throws IOException {
        Path tree = tree();
        replace(
                tree.resolve("mini/modules/second.md"),
                "minutes: 1\n",
                "minutes: 21\nactivities:\n  - title: Note the cues you see.\n    minutes: 20\n");
        ContentReport report = ContentReader.read(tree);
        assertEquals(List.of(), report.problems());
        CourseContent course = report.courses().get(0);
        assertEquals(
                List.of(new ModuleContent.Activity("Note the cues you see.", 20)),
                course.modules().get(1).activities());
        assertEquals(
                new CourseContent.Qualification(
                        "Facilitator of a minimal course",
                        "Anyone who runs the content tests.",
                        "A workshop the trainer records.",
                        "A practicum the trainer observes.",
                        "The holder passed the minimal course.",
                        List.of("Anything else.")),
                course.qualification());
    }

    @Test
    void sectionWithoutAnyMarkerIsAWarningThatDoesNotFailTheCheck() throws IOException {
        Path tree = tree();
        ContentReport clean = ContentReader.read(tree);
        assertEquals(List.of(), clean.warnings());
        replace(
                tree.resolve("mini/modules/first.md"),
                "## Cues\n",
                "## States\n\nBabies sleep a lot.\n\n" + "## What this looks like in a class\n\nA story.\n\n## Cues\n");
        ContentReport report = ContentReader.read(tree);
        assertEquals(List.of(), report.problems());
        assertEquals(
                List.of("tree/mini/modules/first.md:14: The section \"States\" cites no source: put a marker [n]"
                        + " at its claims (a section of practical advice that states no facts needs none)."),
                report.warnings().stream().map(ContentProblem::toString).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, ContentCheck.run(tree, new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("tree/mini/modules/first.md:14: warning: "));
    }

    @Test
    void markerInsideALinkOrCodeIsNotACitation() throws IOException {
        Path tree = tree();
        replace(tree.resolve("mini/modules/second.md"), "Back to", "See [[9]](first.md#cues) and `[8]`. Back to");
        assertEquals(List.of(), ContentReader.read(tree).problems());
    }

    @Test
    void sourceWithALinkIsReadAsAReferenceWithItsUrl() throws IOException {
        Path tree = tree();
        replace(
                tree.resolve("mini/modules/second.md"),
                "- \"A source [2]\"",
                "- { text: \"A source [2]\", url: \"https://doi.org/10.1000/x\" }");
        ContentReport report = ContentReader.read(tree);
        assertEquals(List.of(), report.problems());
        ModuleContent second = report.courses().get(0).modules().stream()
                .filter(m -> m.id().equals("second"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of(new Reference(2, "A source", "https://doi.org/10.1000/x")), second.references());
        assertEquals(List.of("A source [2]"), second.sources());
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() throws IOException {
        Path tree = tree();
        Path course = tree.resolve("mini");
        replace(course.resolve("quizzes/first.yaml"), "passMark: 80", "passMark: 101");
        replace(course.resolve("quizzes/second.yaml"), "answer: a", "answer: q");
        replace(course.resolve("modules/second.md"), "Back to", "<b>bold</b> Back to");
        assertEquals(
                3,
                ContentReader.read(tree).problems().size(),
                ContentReader.read(tree).problems().toString());
    }

    @Test
    void checkerPrintsProblemsAndExitsNonZeroForABrokenTreeAndZeroForAValidOne() throws IOException {
        Path tree = tree();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, ContentCheck.run(tree, new PrintStream(out, true, StandardCharsets.UTF_8)));
        replace(tree.resolve("mini/quizzes/first.yaml"), "draw: 2", "draw: 9");
        out.reset();
        assertEquals(1, ContentCheck.run(tree, new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("tree/mini/quizzes/first.yaml:2: "));
    }

    @Test
    void sameFilesGiveTheSameHashAndAnyChangeGivesANewOne() throws IOException {
        Path tree = tree();
        String before = ContentReader.read(tree).courses().get(0).contentHash();
        assertEquals(before, ContentReader.read(tree).courses().get(0).contentHash());
        replace(tree.resolve("mini/modules/second.md"), "Back to", "Go back to");
        assertTrue(!before.equals(ContentReader.read(tree).courses().get(0).contentHash()));
    }

    @Test
    void missingFolderIsReported() {
        assertEquals(
                "nowhere:0: There is no content folder here.",
                ContentReader.read(work.resolve("nowhere"))
                        .problems()
                        .get(0)
                        .toString()
                        .replace(work + "/", ""));
    }
}
