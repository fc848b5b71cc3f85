package org.attune.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.account.Person;
import org.attune.audit.AuditActor;
import org.attune.audit.AuditLog;
import org.attune.content.QuizContent;
import org.attune.organisation.CohortService;
import org.attune.platform.Failure;

/**
 * What trainers see of quizzes, always limited to the trainees of their own organisation's cohorts: results,
 * a trainee's attempts with questions and answers, question statistics, grade overrides and extra time.
 */
@ApplicationScoped
public class QuizReviewService {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CohortService cohorts;

    @Inject
    private AuditLog audit;

    @Inject
    private QuestionBanks banks;

    @Inject
    private AttemptService attempts;

    @Inject
    private Event<QuizPassed> passed;

    /** One trainee's quiz results, for the trainer's results table. */
    public record TraineeResults(
            long personId, String name, String email, int passed, int attempts, Instant lastSubmitted) {}

    public List<TraineeResults> results(Person trainer) {
        List<Person> trainees = cohorts.visibleTrainees(trainer);
        if (trainees.isEmpty()) {
            return List.of();
        }
        Map<Long, List<QuizAttempt>> byPerson = new HashMap<>();
        em.createQuery("select a from QuizAttempt a where a.personId in :ids", QuizAttempt.class)
                .setParameter("ids", trainees.stream().map(Person::id).toList())
                .getResultList()
                .forEach(a -> byPerson.computeIfAbsent(a.getPersonId(), k -> new ArrayList<>())
                        .add(a));
        List<TraineeResults> rows = new ArrayList<>();
        for (Person trainee : trainees) {
            List<QuizAttempt> mine = byPerson.getOrDefault(trainee.id(), List.of());
            int passed = (int) mine.stream()
                    .filter(QuizAttempt::isPassed)
                    .map(QuizAttempt::getModuleKey)
                    .distinct()
                    .count();
            var last = mine.stream()
                    .map(QuizAttempt::getSubmittedAt)
                    .filter(t -> t != null)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            rows.add(new TraineeResults(
                    trainee.id(), trainee.displayName(), trainee.email(), passed, mine.size(), last));
        }
        return rows;
    }

    /** The trainee, if the trainer may see them. */
    public Person trainee(Person trainer, long traineeId) {
        return cohorts.findVisibleTrainee(traineeId, trainer)
                .orElseThrow(() -> new SecurityException("Not a trainee of your organisation"));
    }

    /** Every attempt of a trainee the trainer may see, newest first, with their questions. */
    public List<QuizAttempt> attemptsOf(Person trainer, long traineeId) {
        trainee(trainer, traineeId);
        List<QuizAttempt> attempts = em.createQuery(
                        "select a from QuizAttempt a where a.personId = :id" + " order by a.startedAt desc",
                        QuizAttempt.class)
                .setParameter("id", traineeId)
                .getResultList();
        attempts.forEach(a -> a.getQuestions().size());
        return attempts;
    }

    /** Replaces the grade of a submitted attempt of one of the trainer's trainees, with a reason, audited. */
    @Transactional
    public QuizAttempt override(Person trainer, long attemptId, double score, String reason) {
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId);
        if (attempt == null) {
            throw new SecurityException("No such attempt");
        }
        trainee(trainer, attempt.getPersonId());
        if (score < 0 || score > 100) {
            throw new Failure.Invalid("score", "trainerQuiz.override.scoreRange");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5) {
            throw new Failure.Invalid("reason", "trainerQuiz.override.reasonNeeded");
        }
        Double before = attempt.getEffectiveScore();
        attempt.override(
                score,
                why,
                trainer.id(),
                clock.instant(),
                attempts.quizOf(attempt).passMark());
        if (attempt.isPassed()) {
            passed.fire(new QuizPassed(attempt.getPersonId(), attempt.getModuleKey()));
        }
        audit.record(
                AuditActor.person(trainer.id()),
                "QUIZ_GRADE_OVERRIDDEN",
                "attempt:" + attemptId,
                "person:" + attempt.getPersonId() + " " + attempt.getModuleKey() + " " + before + " -> " + score + ": "
                        + why);
        return attempt;
    }

    /** The extra time granted to a trainee, in percent. */
    public int extraTime(Person trainer, long traineeId) {
        trainee(trainer, traineeId);
        Accommodation accommodation = em.find(Accommodation.class, traineeId);
        return accommodation == null ? 0 : accommodation.getExtraTimePercent();
    }

    /** Grants (or with 0, withdraws) extra time on timed quizzes; applies to attempts started from now on. */
    @Transactional
    public void grantExtraTime(Person trainer, long traineeId, int percent) {
        trainee(trainer, traineeId);
        Accommodation accommodation = em.find(Accommodation.class, traineeId);
        if (accommodation == null) {
            em.persist(new Accommodation(traineeId, percent, trainer.id(), clock.instant()));
        } else {
            accommodation.change(percent, trainer.id(), clock.instant());
        }
        audit.record(AuditActor.person(trainer.id()), "QUIZ_EXTRA_TIME_GRANTED", "person:" + traineeId, percent + "%");
    }

    /** Allows a trainee of the trainer's organisation one more attempt at a module's quiz, audited. */
    @Transactional
    public void allowAnotherAttempt(Person trainer, long traineeId, String moduleKey) {
        trainee(trainer, traineeId);
        if (moduleKey == null || moduleKey.isBlank()) {
            throw new Failure.Invalid("module", "trainerQuiz.allow.chooseQuiz");
        }
        int updated = em.createNativeQuery("UPDATE quiz_extra_attempt SET extra = extra + 1, granted_by = ?,"
                        + " granted_at = ? WHERE person_id = ? AND module_key = ?")
                .setParameter(1, trainer.id())
                .setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, traineeId)
                .setParameter(4, moduleKey)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO quiz_extra_attempt (person_id, module_key, extra, granted_by, granted_at)"
                            + " VALUES (?, ?, 1, ?, ?)")
                    .setParameter(1, traineeId)
                    .setParameter(2, moduleKey)
                    .setParameter(3, trainer.id())
                    .setParameter(4, Timestamp.from(clock.instant()))
                    .executeUpdate();
        }
        audit.record(AuditActor.person(trainer.id()), "QUIZ_ATTEMPT_ALLOWED", "person:" + traineeId, moduleKey);
    }

    /**
     * Item statistics for a module's quiz over every submitted attempt by the trainer's organisation's trainees,
     * with the bank of the newest quiz definition that any of them used (question ids stay stable across versions).
     */
    public QuizStatistics statistics(Person trainer, String moduleKey) {
        List<Long> trainees =
                cohorts.visibleTrainees(trainer).stream().map(Person::id).toList();
        List<QuizAttempt> submitted = trainees.isEmpty()
                ? List.of()
                : em.createQuery(
                                "select a from QuizAttempt a where a.moduleKey = :m and a.submittedAt is not null"
                                        + " and a.personId in :ids order by a.quizId",
                                QuizAttempt.class)
                        .setParameter("m", moduleKey)
                        .setParameter("ids", trainees)
                        .getResultList();
        List<ItemStatistics.Attempt> rows = new ArrayList<>();
        Long newest = null;
        for (QuizAttempt attempt : submitted) {
            Map<String, ItemStatistics.Response> responses = new LinkedHashMap<>();
            attempt.getQuestions()
                    .forEach(q -> responses.put(
                            q.getQuestionKey(),
                            new ItemStatistics.Response(q.getScore() == null ? 0 : q.getScore(), q.getAnswer())));
            rows.add(new ItemStatistics.Attempt(attempt.getScore(), responses));
            newest = attempt.getQuizId();
        }
        var bank = newest == null ? Map.<String, QuizContent.Question>of() : banks.bank(newest);
        return new QuizStatistics(moduleKey, submitted.size(), ItemStatistics.compute(rows, bank), bank);
    }

    /** A module quiz's statistics and the bank that labels them. */
    public record QuizStatistics(
            String moduleKey, int attempts, List<ItemStatistics.Item> items, Map<String, QuizContent.Question> bank) {}
}
