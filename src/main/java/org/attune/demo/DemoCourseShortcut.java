package org.attune.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.attune.catalog.CourseModule;
import org.attune.catalog.ModuleSection;

/** The demo's one shortcut past the services: a trainee who has read the whole course and passed every quiz. */
@ApplicationScoped
class DemoCourseShortcut {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Records the sections read and a passed attempt at each quiz, as if the trainee had done it. */
    @Transactional
    void completeCourse(long enrolmentId, long personId, List<CourseModule> modules) {
        Timestamp now = Timestamp.from(clock.instant());
        for (CourseModule module : modules) {
            for (ModuleSection section : module.getSections()) {
                em.createNativeQuery("INSERT INTO section_read (enrolment_id, module_section_id, read_at)"
                        + " VALUES (?, ?, ?)").setParameter(1, enrolmentId).setParameter(2, section.getId())
                        .setParameter(3, now).executeUpdate();
            }
            em.createNativeQuery("INSERT INTO quiz_attempt (enrolment_id, person_id, quiz_definition_id, module_key,"
                    + " attempt_number, started_at, submitted_at, timed_out, score, passed, version)"
                    + " VALUES (?, ?, ?, ?, 1, ?, ?, FALSE, 100, TRUE, 1)").setParameter(1, enrolmentId)
                    .setParameter(2, personId).setParameter(3, module.getQuiz().getId())
                    .setParameter(4, module.getKey()).setParameter(5, now).setParameter(6, now).executeUpdate();
        }
    }
}
