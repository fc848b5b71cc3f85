package org.attune.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.account.Role;
import org.attune.learning.Enrolment;
import org.attune.learning.LearningService;
import org.attune.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing content into the real database: a version per content hash, nothing for unchanged or broken content,
 * and enrolled trainees keeping their version. Uses the minimal fixture course (code MINI), removed afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class ContentImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.attune();
    }

    @Inject
    private ContentImportService imports;

    @Inject
    private CatalogService catalog;

    @Inject
    private LearningService learning;

    @Inject
    private PeopleService people;

    @Resource(lookup = "java:app/jdbc/attune")
    private DataSource dataSource;

    private Path tree;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    /** The fixture, found from the content copy the server was started with (target/it-content). */
    private static Path fixture() {
        Path projectDir = Path.of(System.getenv("ATTUNE_CONTENT_PATH"))
                .toAbsolutePath()
                .getParent()
                .getParent();
        return projectDir.resolve("src/test/resources/content-fixtures/valid");
    }

    @BeforeEach
    void copyFixture() throws IOException {
        tree = Files.createTempDirectory("attune-content-it");
        try (Stream<Path> files = Files.walk(fixture())) {
            for (Path source : files.toList()) {
                Path target = tree.resolve(fixture().relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    @AfterEach
    void removeMiniCourse() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            String versions = "SELECT id FROM syllabus_version WHERE course_code = 'MINI'";
            s.executeUpdate("DELETE FROM section_read WHERE enrolment_id IN (SELECT id FROM enrolment WHERE"
                    + " course_code = 'MINI')");
            s.executeUpdate("DELETE FROM enrolment WHERE course_code = 'MINI'");
            s.executeUpdate("DELETE FROM quiz_definition WHERE course_module_id IN (SELECT id FROM course_module"
                    + " WHERE syllabus_version_id IN (" + versions + "))");
            s.executeUpdate("DELETE FROM module_section WHERE course_module_id IN (SELECT id FROM course_module"
                    + " WHERE syllabus_version_id IN (" + versions + "))");
            s.executeUpdate("DELETE FROM course_module WHERE syllabus_version_id IN (" + versions + ")");
            s.executeUpdate("DELETE FROM competence_definition WHERE syllabus_version_id IN (" + versions + ")");
            s.executeUpdate(
                    "DELETE FROM accreditation_criterion_definition WHERE syllabus_version_id IN (" + versions + ")");
            s.executeUpdate("DELETE FROM content_import WHERE requested_by = 'test-" + tag + "'");
            s.executeUpdate("DELETE FROM audit_event WHERE actor = 'test-" + tag + "'");
            s.executeUpdate("DELETE FROM syllabus_version WHERE course_code = 'MINI'");
            s.executeUpdate("DELETE FROM person_role WHERE person_id IN (SELECT id FROM person WHERE email LIKE '%"
                    + tag + "%')");
            s.executeUpdate("DELETE FROM audit_event WHERE subject LIKE 'person:%' AND detail LIKE 'roles%'"
                    + " AND actor = 'test'");
            s.executeUpdate("DELETE FROM person WHERE email LIKE '%" + tag + "%'");
        }
    }

    private int count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private ContentImportService.Result importTree() {
        return imports.importFrom(tree, "test-" + tag);
    }

    @Test
    void validContentBecomesAVersionWithModulesSectionsQuizzesAndCompetences() throws Exception {
        ContentImportService.Result result = importTree();
        assertEquals(ContentImport.Outcome.IMPORTED, result.outcome());
        SyllabusVersion version = catalog.live("MINI").orElseThrow();
        assertEquals(2, version.allModules().size());
        assertEquals(
                1, count("SELECT COUNT(*) FROM competence_definition WHERE syllabus_version_id = " + version.getId()));
        assertEquals(
                2,
                count("SELECT COUNT(*) FROM quiz_definition q JOIN course_module m ON m.id = q.course_module_id"
                        + " WHERE m.syllabus_version_id = " + version.getId()));
        assertEquals(
                "cues",
                version.module("first").orElseThrow().getSections().get(0).getAnchor());
        assertTrue(version.module("first")
                .orElseThrow()
                .getSections()
                .get(0)
                .getHtml()
                .contains("href=\"module?key=second#second-module\""));
    }

    @Test
    void unchangedContentCreatesNoNewVersion() throws Exception {
        importTree();
        ContentImportService.Result again = importTree();
        assertEquals(ContentImport.Outcome.UNCHANGED, again.outcome());
        assertEquals(1, count("SELECT COUNT(*) FROM syllabus_version WHERE course_code = 'MINI'"));
    }

    @Test
    void brokenContentImportsNothingAndTheLiveVersionStays() throws Exception {
        importTree();
        long live = catalog.live("MINI").orElseThrow().getId();
        Path quiz = tree.resolve("mini/quizzes/first.yaml");
        Files.writeString(quiz, Files.readString(quiz).replace("answer: a", "answer: z"));
        Files.writeString(
                tree.resolve("mini/modules/second.md"),
                Files.readString(tree.resolve("mini/modules/second.md")).replace("Back to", "Go back to"));
        int rowsBefore = count("SELECT COUNT(*) FROM course_module");

        ContentImportService.Result rejected = importTree();

        assertEquals(ContentImport.Outcome.REJECTED, rejected.outcome());
        assertTrue(
                rejected.problems().get(0).toString().contains("quizzes/first.yaml:13:"),
                rejected.problems().toString());
        assertEquals(live, catalog.live("MINI").orElseThrow().getId());
        assertEquals(rowsBefore, count("SELECT COUNT(*) FROM course_module"));
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM content_import WHERE outcome = 'REJECTED' AND requested_by = 'test-" + tag
                        + "' AND problems LIKE '%names option \"z\"%'"));
    }

    @Test
    void enrolledTraineeKeepsTheirVersionWhileNewTraineesTakeTheNewOne() throws Exception {
        importTree();
        SyllabusVersion first = catalog.live("MINI").orElseThrow();
        Person early = people.create(
                "early-" + tag + "@example.org", "Early", EnumSet.of(Role.TRAINEE), "early-trainee-passphrase", "test");
        Enrolment earlyEnrolment = learning.enrolment(early, "MINI").orElseThrow();
        assertEquals(first.getId(), earlyEnrolment.getSyllabus().getId());

        Files.writeString(
                tree.resolve("mini/course.yaml"),
                Files.readString(tree.resolve("mini/course.yaml")).replace("version: \"1\"", "version: \"2\""));
        assertEquals(ContentImport.Outcome.IMPORTED, importTree().outcome());
        SyllabusVersion second = catalog.live("MINI").orElseThrow();
        assertFalse(first.getId().equals(second.getId()));
        assertEquals("2", second.getVersionLabel());

        assertEquals(
                first.getId(),
                learning.enrolment(early, "MINI").orElseThrow().getSyllabus().getId());
        Person late = people.create(
                "late-" + tag + "@example.org", "Late", EnumSet.of(Role.TRAINEE), "late-trainee-passphrase", "test");
        assertEquals(
                second.getId(),
                learning.enrolment(late, "MINI").orElseThrow().getSyllabus().getId());
    }

    @Test
    void theRealCourseWasImportedAtStartUp() throws Exception {
        assertTrue(catalog.live("ATT-IC").isPresent(), "the content folder was not imported at start-up");
        assertEquals(9, catalog.live("ATT-IC").orElseThrow().allModules().size());
    }
}
