package org.attune.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attune.account.PasswordHasher;
import org.attune.account.PasswordPolicy;
import org.attune.competence.Practicum;
import org.attune.content.ContentReader;
import org.attune.content.CourseContent;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void eachDemoPasswordMatchesItsPrecomputedHashAtTheCurrentWorkFactor() {
        PasswordHasher hasher = new PasswordHasher();
        for (DemoData.Account account : DemoData.ACCOUNTS) {
            assertTrue(hasher.verify(account.password().toCharArray(), account.passwordHash()), account.label());
            assertFalse(hasher.needsRehash(account.passwordHash()), account.label());
        }
    }

    @Test
    void demoPasswordsFollowThePasswordRulesAndHaveNoSpaces() {
        for (DemoData.Account account : DemoData.ACCOUNTS) {
            assertTrue(
                    PasswordPolicy.problemWith(account.password(), account.email())
                            .isEmpty(),
                    account.label());
            assertFalse(account.password().contains(" "), "DEMO lines separate e-mail and password by a space");
        }
    }

    @Test
    void demoDataIsOnlyForTheEmbeddedDatabase() {
        assertTrue(DemoData.isEmbedded("jdbc:h2:file:./data/attune;MODE=MySQL"));
        assertFalse(DemoData.isEmbedded("jdbc:mysql://db:3306/attune"));
        assertFalse(DemoData.isEmbedded(null));
    }

    @Test
    void everyCompetenceOfTheCourseHasItsOwnEvidenceNotesAndObservedOnesTwoDifferentOnes() {
        CourseContent course = ContentReader.read(Path.of("content")).courses().get(0);
        Set<String> notes = new HashSet<>();
        for (CourseContent.Competence c : course.competences()) {
            String first = DemoEvidence.note(c.id(), 0);
            assertFalse(first.startsWith("Seen clearly with every family"), c.id() + " has no notes of its own");
            assertTrue(notes.add(first), c.id() + " repeats another competence's note");
            if (c.evidence().equals("observed")) {
                assertTrue(notes.add(DemoEvidence.note(c.id(), 1)), c.id() + " needs a second, different note");
            } else {
                assertTrue(
                        first.toLowerCase(Locale.ROOT).contains(c.evidence() + ":"),
                        c.id() + " says what was reviewed or discussed");
            }
        }
    }

    @Test
    void theReadyTraineesProgrammeMeetsThePracticumTargetOfTheCourse() {
        CourseContent course = ContentReader.read(Path.of("content")).courses().get(0);
        int sessions = course.practicum().sessions();
        Practicum p = Practicum.of(
                sessions,
                course.practicum().families(),
                DemoCertificates.readyProgramme(LocalDate.of(2027, 3, 1), sessions));
        assertTrue(p.met(), p.toString());
        Map<String, String> none = Map.of();
        DemoCertificates.readyProgramme(LocalDate.of(2027, 3, 1), sessions)
                .forEach(e -> Assertions.assertEquals(none, e.problems(LocalDate.of(2027, 3, 1))));
    }
}
