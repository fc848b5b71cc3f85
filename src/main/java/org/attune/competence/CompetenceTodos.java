package org.attune.competence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.attune.account.Person;
import org.attune.account.Role;
import org.attune.catalog.SyllabusVersion;
import org.attune.organisation.Cohort;
import org.attune.organisation.CohortService;

/**
 * Competence's part of the home page's to-do list, read only: for a trainer, the observations still to write, the
 * sign-offs waiting for their moderation and the trainees who need attention, each counted by the database over the
 * trainer's own organisation's cohorts (a fixed number of queries however many trainees there are); for a trainee,
 * the next step of their practicum.
 */
@ApplicationScoped
public class CompetenceTodos {

    /** A trainer's counts. */
    public record TrainerCounts(long observationsToWrite, long awaitingModeration, long needingAttention)
            implements Serializable {

        public boolean isNothingToDo() {
            return observationsToWrite == 0 && awaitingModeration == 0 && needingAttention == 0;
        }
    }

    /** Where a trainee's practicum stands: sessions logged of those needed, and whether they are signed off. */
    public record PracticeStep(int sessionsLogged, int sessionsNeeded, boolean signedOff) implements Serializable {

        /** More sessions to log. */
        public boolean isLogNext() {
            return !signedOff && sessionsLogged < sessionsNeeded;
        }

        /** Every session logged: the trainer's observations and sign-off come next. */
        public boolean isAwaitingSignOff() {
            return !signedOff && sessionsLogged >= sessionsNeeded;
        }

        public int getNextSession() {
            return sessionsLogged + 1;
        }

        public int getSessionsNeeded() {
            return sessionsNeeded;
        }
    }

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private CohortService cohorts;

    @Inject
    private SignOffService signOffs;

    @Inject
    private CohortProgressService progress;

    @Inject
    private TraineeAccess access;

    @Inject
    private PracticumService practicum;

    /** The trainer's counts; all zero for someone who trains in no training organisation. */
    public TrainerCounts forTrainer(Person trainer) {
        List<Long> cohortIds =
                cohorts.visibleTo(trainer).stream().map(Cohort::getId).toList();
        if (cohortIds.isEmpty()) {
            return new TrainerCounts(0, 0, 0);
        }
        return new TrainerCounts(
                observationsToWrite(cohortIds, trainer.id()),
                signOffs.awaitingModeration(trainer).size(),
                progress.countNeedingAttention(cohortIds, trainer.id()));
    }

    /** Sessions logged by the cohorts' trainees (not the trainer) with no observation yet, unless signed off. */
    private long observationsToWrite(List<Long> cohortIds, long trainerId) {
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM practicum_session ps WHERE ps.person_id IN"
                + " (SELECT cm.person_id FROM cohort_member cm WHERE cm.cohort_id IN (" + marks(cohortIds.size())
                + ") AND cm.person_id <> ?)"
                + " AND NOT EXISTS (SELECT 1 FROM observation o WHERE o.session_id = ps.id)"
                + " AND NOT EXISTS (SELECT 1 FROM sign_off s WHERE s.active_trainee_id = ps.person_id)");
        int position = 1;
        for (Long id : cohortIds) {
            query.setParameter(position++, id);
        }
        query.setParameter(position, trainerId);
        return ((Number) query.getSingleResult()).longValue();
    }

    static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    /** The trainee's next practicum step; empty for someone who is not a trainee or has no course. */
    public Optional<PracticeStep> nextStep(Person trainee) {
        if (!trainee.hasRole(Role.TRAINEE)) {
            return Optional.empty();
        }
        Optional<SyllabusVersion> syllabus = access.syllabusOf(trainee);
        if (syllabus.isEmpty()) {
            return Optional.empty();
        }
        Practicum target = Practicum.of(
                syllabus.get().getPracticumSessions(),
                syllabus.get().getPracticumFamilies(),
                practicum.sessionsOf(trainee.id()).stream()
                        .map(PracticumSession::entry)
                        .toList());
        List<SignOff> history = signOffs.historyOf(trainee.id());
        boolean signedOff = !history.isEmpty() && history.get(0).getState().inForce();
        return Optional.of(new PracticeStep(target.getSessionsDelivered(), target.getTargetSessions(), signedOff));
    }
}
