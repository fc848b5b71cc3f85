package org.attune.competence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.attune.account.Person;
import org.attune.catalog.CatalogService;
import org.attune.catalog.SyllabusVersion;
import org.attune.learning.Enrolment;
import org.attune.learning.LearningService;
import org.attune.organisation.CohortService;

/**
 * Who may see whose observed practice: trainees their own, trainers (and lead trainers) the trainees of their own
 * organisation's cohorts; and which syllabus a trainee is assessed against.
 */
@ApplicationScoped
public class TraineeAccess {

    @Inject
    private CohortService cohorts;

    @Inject
    private LearningService learning;

    @Inject
    private CatalogService catalog;

    /** The trainee, if the trainer may see them; otherwise a SecurityException, as for one who does not exist. */
    public Person trainee(Person trainer, long traineeId) {
        if (trainer.id() == traineeId) {
            throw new SecurityException("Trainers do not assess themselves");
        }
        return cohorts.findVisibleTrainee(traineeId, trainer)
                .orElseThrow(() -> new SecurityException("Not a trainee of your organisation"));
    }

    public boolean maySee(Person viewer, long traineeId) {
        return viewer.id() == traineeId
                || cohorts.findVisibleTrainee(traineeId, viewer).isPresent();
    }

    /**
     * The syllabus the trainee is enrolled on, or the live one if they have not started (a trainer looking at a
     * trainee never enrols them).
     */
    public Optional<SyllabusVersion> syllabusOf(Person trainee) {
        return learning.existingEnrolment(trainee.id())
                .map(Enrolment::getSyllabus)
                .or(this::liveSyllabus);
    }

    /** The syllabus a trainee who has not started is assessed against: the live one. */
    public Optional<SyllabusVersion> liveSyllabus() {
        return catalog.liveVersions().stream().findFirst();
    }
}
