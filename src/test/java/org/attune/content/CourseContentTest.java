package org.attune.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The real infant-communication course in {@code content/} is clean and meets the syllabus requirements. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseContentTest {

    private CourseContent course;

    @BeforeAll
    void readTheRealCourse() {
        ContentReport report = ContentReader.read(Path.of("content"));
        assertEquals(List.of(), report.problems(), "scripts/content-check content must be clean");
        assertEquals(1, report.courses().size());
        course = report.courses().get(0);
    }

    @Test
    void hasTheEightSyllabusModulesInOrderPlusTheCpdRefresher() {
        assertEquals(
                List.of(
                        "why-relationships",
                        "reading-the-baby",
                        "responsive-interaction",
                        "baby-as-a-person",
                        "touch-biology-and-boundaries",
                        "parental-mental-health",
                        "reaching-families",
                        "safety-and-safeguarding"),
                course.moduleOrder());
        assertEquals("cpd-refresher", course.refresherModule());
        assertEquals(9, course.modules().size());
    }

    @Test
    void everyModuleHasOutcomesSourcesAClassroomSectionAndAtLeast700Words() {
        for (ModuleContent module : course.modules()) {
            assertFalse(module.outcomes().isEmpty(), module.id());
            assertFalse(module.sources().isEmpty(), module.id());
            assertTrue(module.wordCount() >= 700, module.id() + " has " + module.wordCount() + " words");
            assertTrue(module.markdown().contains("## What this looks like in a class"), module.id());
        }
    }

    @Test
    void noModuleIsAboutStrokeTechnique() {
        for (ModuleContent module : course.modules()) {
            assertFalse(module.title().toLowerCase(Locale.ROOT).contains("stroke"), module.title());
        }
    }

    @Test
    void everyQuizBankHoldsAtLeast15QuestionsAndDraws10() {
        for (QuizContent quiz : course.quizzes()) {
            assertTrue(
                    quiz.questions().size() >= 15,
                    quiz.moduleId() + " has " + quiz.questions().size());
            assertEquals(10, quiz.draw(), quiz.moduleId());
            quiz.questions().forEach(q -> assertFalse(q.explanation().isBlank(), q.id()));
        }
    }

    @Test
    void theCourseUsesAtLeastFiveQuestionTypes() {
        Set<QuizContent.Type> types = course.quizzes().stream()
                .flatMap(q -> q.questions().stream())
                .map(QuizContent.Question::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(QuizContent.Type.class)));
        assertTrue(types.size() >= 5, types.toString());
    }

    @Test
    void accreditationCriteriaAreTheNineWithTheFourSafetyAndFocusCriteriaNotWaivable() {
        assertEquals(9, course.criteria().size());
        assertEquals(
                List.of("communication-focus", "supervised-practicum", "safeguarding", "parent-only-touch"),
                course.criteria().stream()
                        .filter(c -> !c.waivable())
                        .map(CourseContent.Criterion::id)
                        .toList());
        course.criteria().forEach(c -> assertFalse(c.documents().isEmpty(), c.id()));
        assertTrue(course.criteria().get(2).documents().stream()
                .anyMatch(d -> d.title().equals("Practicum handbook")));
        assertTrue(course.criteria().get(5).documents().stream()
                .anyMatch(d -> d.title().equals("Safeguarding policy naming the lead")));
    }

    @Test
    void competenceFrameworkHasTheTwelveCompetencesWithBothDescriptors() {
        assertEquals(12, course.competences().size());
        course.competences().forEach(c -> {
            assertFalse(c.competent().isBlank(), c.id());
            assertFalse(c.notYetCompetent().isBlank(), c.id());
        });
    }

    @Test
    void competencesALiveClassCannotShowAreAssessedByDiscussionOrPortfolio() {
        Map<String, String> methods = new HashMap<>();
        course.competences().forEach(c -> methods.put(c.id(), c.evidence()));
        assertEquals("portfolio", methods.get("invitation-and-engagement"));
        assertEquals("discussion", methods.get("safeguarding"));
        assertEquals("discussion", methods.get("reflection"));
        assertEquals(9, methods.values().stream().filter("observed"::equals).count());
    }

    @Test
    void qualificationSaysWhoMayEnrolAndWhatTheCertificateDoesAndDoesNotCertify() {
        CourseContent.Qualification q = course.qualification();
        assertEquals("Facilitator of parent-infant communication in infant massage classes", q.name());
        for (String role : new String[] {
            "infant massage instructor qualification",
            "health visitor",
            "midwife",
            "nursery nurse",
            "family support worker"
        }) {
            assertTrue(q.entryRequirement().contains(role), role);
        }
        assertTrue(q.workshop().contains("face-to-face") && q.workshop().contains("records"));
        assertTrue(q.observedPractice().contains("observes"));
        String not = String.join(" ", q.doesNotCertify()).toLowerCase(Locale.ROOT);
        for (String excluded :
                new String[] {"massage therapy", "clinical or medical", "massage strokes", "medically complex"}) {
            assertTrue(not.contains(excluded), excluded);
        }
    }

    @Test
    void studyTimeIsReadingAtTwoHundredWordsAMinutePlusTheListedActivities() {
        for (ModuleContent m : course.modules()) {
            int expected = ModuleContent.readingMinutes(m.wordCount())
                    + m.activities().stream()
                            .mapToInt(ModuleContent.Activity::minutes)
                            .sum();
            assertTrue(
                    Math.abs(m.minutes() - expected) <= Math.max(2, expected / 10),
                    m.id() + ": " + m.minutes() + " minutes stated, " + expected + " by reading and activities");
        }
    }

    @Test
    void uncertainImmunisationTimingIsPresentedAsPracticeNotFact() {
        String safety = course.modules().stream()
                .filter(m -> m.id().equals("safety-and-safeguarding"))
                .findFirst()
                .orElseThrow()
                .markdown();
        assertTrue(safety.contains("practitioner guidance rather than trials"));
        assertFalse(safety.contains("72 hours"), "72 hours is marked uncertain in the domain brief");
    }

    /** Issue 19: studies are named, Onozawa 2001 is massage classes added to support, assessed content sells nothing. */
    @Test
    void evidenceIsAttributedToNamedStudiesAndDescribedAsTheyFoundIt() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("content/infant-communication"))) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml"))
                    .toList()) {
                String text = Files.readString(file).toLowerCase(Locale.ROOT);
                assertFalse(text.contains("research behind attune"), file + " names no study");
                assertFalse(
                        text.contains("support alone") && !text.contains("added to"),
                        file
                                + ": Onozawa 2001 compared massage classes added to a support group with the support group");
                assertFalse(
                        text.contains("attune makes") || text.contains("attune certificate"),
                        file + " promotes Attune in assessed content");
            }
        }
    }

    @Test
    void manifestSetsValidityAndPracticumTarget() {
        assertEquals(36, course.validityMonths());
        assertEquals(new CourseContent.Practicum(5, 5), course.practicum());
        assertEquals(12, course.renewalPracticumMonths());
    }
}
