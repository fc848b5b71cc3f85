package org.attune.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import org.attune.catalog.CourseModule;

/**
 * Passed attempts recorded without questions being answered, for seeding demonstration data only (a trainee who has
 * "done" the course, so that a certificate can be issued at start-up). Never called from a page.
 */
@ApplicationScoped
public class SeededAttempts {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Records a first attempt at the module's quiz, submitted now with full marks. Joins the caller's transaction. */
    @Transactional
    public void recordPass(long enrolmentId, long personId, CourseModule module) {
        Timestamp now = Timestamp.from(clock.instant());
        em.createNativeQuery("INSERT INTO quiz_attempt (enrolment_id, person_id, quiz_definition_id, module_key,"
                        + " attempt_number, started_at, submitted_at, timed_out, score, passed, version)"
                        + " VALUES (?, ?, ?, ?, 1, ?, ?, FALSE, 100, TRUE, 1)")
                .setParameter(1, enrolmentId)
                .setParameter(2, personId)
                .setParameter(3, module.getQuiz().getId())
                .setParameter(4, module.getKey())
                .setParameter(5, now)
                .setParameter(6, now)
                .executeUpdate();
    }
}
