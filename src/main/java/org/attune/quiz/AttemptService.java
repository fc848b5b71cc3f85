package org.attune.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.attune.content.QuizContent.Question;

/**
 * An attempt's life after it starts: answers saved one at a time as they change, and one submission, graded here.
 * Every call locks the attempt's row, so a save and a submission, or fifty submissions, take turns: the first
 * submission grades the attempt, later ones find it graded, and no answer lands after the grade.
 */
@ApplicationScoped
public class AttemptService {

    private static final Logger LOG = Logger.getLogger(AttemptService.class.getName());

    /** What became of a saved answer. */
    public enum SaveOutcome {
        SAVED,
        /** The time limit had passed: the answer was refused and the attempt submitted as it stood. */
        TIME_UP,
        /** The attempt had been submitted already; nothing changed. */
        CLOSED,
        /** A newer save of the same question had arrived first and was kept; nothing changed. */
        SUPERSEDED
    }

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private QuestionBanks banks;

    @Inject
    private Event<QuizPassed> passed;

    /**
     * The trainee's own attempt with its questions, submitted first if its time limit has passed.
     *
     * @throws AttemptNotFoundException for an attempt that does not exist or is someone else's
     */
    @Transactional
    public QuizAttempt open(long attemptId, long personId) {
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId);
        if (attempt == null || !attempt.belongsTo(personId)) {
            throw new AttemptNotFoundException();
        }
        if (attempt.isOpen() && attempt.isPastDeadline(clock.instant())) {
            attempt = submit(attemptId, personId); // takes the row lock, as every change does
        }
        attempt.getQuestions().size();
        return attempt;
    }

    /**
     * Saves the answer to one question of the trainee's own open attempt.
     *
     * @param tokens the choices as the page names them (see {@link Answers})
     * @throws InvalidAnswerException for another trainee's attempt, a question not in the attempt or a choice
     *         that is not the question's; nothing changes
     */
    @Transactional
    public SaveOutcome save(long attemptId, long personId, String questionKey, List<String> tokens) {
        return save(attemptId, personId, questionKey, tokens, null);
    }

    /**
     * Saves the answer to one question as {@link #save(long, long, String, List)} does, numbered by the page: a save
     * whose number is not above the last one applied to that question arrived late and is ignored, so the newest
     * answer stays whatever order the requests arrive in.
     *
     * @param sequence the page's number for this save of this question, rising with each change; null applies the
     *        answer whatever came before
     */
    @Transactional
    public SaveOutcome save(long attemptId, long personId, String questionKey, List<String> tokens, Long sequence) {
        QuizAttempt attempt = locked(attemptId, personId);
        if (!attempt.isOpen()) {
            return SaveOutcome.CLOSED;
        }
        if (attempt.isPastDeadline(clock.instant())) {
            submitLocked(attempt, true);
            return SaveOutcome.TIME_UP;
        }
        AttemptQuestion question = attempt.question(questionKey);
        Question asked = bankOf(attempt).get(questionKey);
        String stored = Answers.normalise(asked, question.presentation(), tokens);
        if (sequence == null) {
            attempt.answer(questionKey, stored, clock.instant());
            return SaveOutcome.SAVED;
        }
        return attempt.answer(questionKey, stored, sequence, clock.instant())
                ? SaveOutcome.SAVED
                : SaveOutcome.SUPERSEDED;
    }

    /**
     * Submits and grades the trainee's own attempt; a second call returns the graded attempt unchanged. After the
     * time limit it is marked as submitted by the server.
     */
    @Transactional
    public QuizAttempt submit(long attemptId, long personId) {
        QuizAttempt attempt = locked(attemptId, personId);
        if (attempt.isOpen()) {
            submitLocked(attempt, attempt.isPastDeadline(clock.instant()));
        }
        attempt.getQuestions().size();
        return attempt;
    }

    /** Whether the trainee's own attempt has been submitted (false too for an attempt that is not theirs). */
    public boolean isSubmitted(long attemptId, long personId) {
        QuizAttempt attempt = em.find(
                QuizAttempt.class,
                attemptId,
                Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS));
        return attempt != null && attempt.belongsTo(personId) && !attempt.isOpen();
    }

    /** How many questions of the trainee's own attempt have an answer. */
    public long answeredCount(long attemptId, long personId) {
        return em.createQuery(
                        "select count(q) from AttemptQuestion q where q.attempt.id = :id"
                                + " and q.attempt.personId = :person and q.answer is not null",
                        Long.class)
                .setParameter("id", attemptId)
                .setParameter("person", personId)
                .getSingleResult();
    }

    /**
     * Saves every answer the page holds and submits, in one locked transaction: a save that never arrived is not
     * lost. After the time limit the answers are ignored and the attempt is submitted as it stood.
     *
     * @param answers the page's tokens per question key; questions not in the attempt are refused
     */
    @Transactional
    public QuizAttempt submit(long attemptId, long personId, Map<String, List<String>> answers) {
        QuizAttempt attempt = locked(attemptId, personId);
        if (!attempt.isOpen()) {
            return attempt;
        }
        if (attempt.isPastDeadline(clock.instant())) {
            submitLocked(attempt, true);
            return attempt;
        }
        var bank = bankOf(attempt);
        answers.forEach((key, tokens) -> {
            AttemptQuestion question = attempt.question(key);
            String stored = Answers.normalise(bank.get(key), question.presentation(), tokens);
            if (!Objects.equals(stored, question.getAnswer())) {
                attempt.answer(key, stored, clock.instant());
            }
        });
        submitLocked(attempt, false);
        return attempt;
    }

    /** The questions of an attempt's quiz by id, to show them. */
    public Map<String, Question> bankOf(QuizAttempt attempt) {
        return banks.bank(attempt.getQuizId());
    }

    /** The rules of the quiz an attempt is at, and its module's names. */
    public QuizRules quizOf(QuizAttempt attempt) {
        return banks.rules(attempt.getQuizId());
    }

    private void submitLocked(QuizAttempt attempt, boolean timeUp) {
        attempt.submit(clock.instant(), quizOf(attempt), bankOf(attempt), timeUp);
        if (attempt.isPassed()) {
            passed.fire(new QuizPassed(attempt.getPersonId(), attempt.getModuleKey()));
        }
        LOG.info(() -> "Quiz attempt " + attempt.getId() + " submitted" + (timeUp ? " at its time limit" : "")
                + ", score " + attempt.getScore());
    }

    private QuizAttempt locked(long attemptId, long personId) {
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null || !attempt.belongsTo(personId)) {
            throw new AttemptNotFoundException();
        }
        return attempt;
    }
}
