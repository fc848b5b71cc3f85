package org.attune.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.account.Person;
import org.attune.catalog.CourseModule;
import org.attune.catalog.QuizDefinition;
import org.attune.catalog.SyllabusVersion;
import org.attune.learning.Enrolment;
import org.attune.learning.LearningService;
import org.attune.quiz.QuizStatus.AttemptSummary;

/**
 * A trainee's quizzes: where they stand with each, and starting an attempt within the quiz's rules (attempts
 * allowed, cool-down after a failed attempt, extra time granted by a trainer). Other features read passed quizzes
 * from here.
 */
@ApplicationScoped
public class QuizService {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private LearningService learning;

    @Inject
    private AttemptStarter starter;

    @Inject
    private AttemptService attempts;

    /** The trainee's attempts at a module's quiz within an enrolment, oldest first. */
    public List<QuizAttempt> attempts(long enrolmentId, String moduleKey) {
        return em.createQuery(
                        "select a from QuizAttempt a where a.enrolmentId = :e and a.moduleKey = :m"
                                + " order by a.number",
                        QuizAttempt.class)
                .setParameter("e", enrolmentId)
                .setParameter("m", moduleKey)
                .getResultList();
    }

    public QuizStatus status(Enrolment enrolment, CourseModule module) {
        QuizDefinition quiz = module.getQuiz();
        List<QuizAttempt> all = attempts(enrolment.getId(), module.getKey());
        boolean passed = all.stream().anyMatch(QuizAttempt::isPassed);
        Double best = all.stream()
                .map(QuizAttempt::getEffectiveScore)
                .filter(s -> s != null)
                .max(Comparator.naturalOrder())
                .orElse(null);
        Long open = all.stream()
                .filter(QuizAttempt::isOpen)
                .map(QuizAttempt::getId)
                .findFirst()
                .orElse(null);
        Instant nextStart = all.stream()
                .filter(a -> !a.isOpen())
                .map(QuizAttempt::getSubmittedAt)
                .max(Comparator.naturalOrder())
                .map(last -> last.plus(Duration.ofMinutes(quiz.getCoolDownMinutes())))
                .orElse(null);
        List<AttemptSummary> summaries = all.stream()
                .sorted(Comparator.comparingInt(QuizAttempt::getNumber).reversed())
                .map(a -> new AttemptSummary(
                        a.getId(),
                        a.getNumber(),
                        a.getStartedAt(),
                        a.getSubmittedAt(),
                        a.getEffectiveScore(),
                        a.isPassed(),
                        a.isTimedOut(),
                        a.getOverrideScore() != null))
                .toList();
        return new QuizStatus(
                module.getKey(),
                quiz.getAttemptsAllowed() + extraAttempts(enrolment.getPersonId(), module.getKey()),
                all.size(),
                passed,
                best,
                open,
                nextStart,
                summaries);
    }

    /**
     * Starts the trainee's next attempt at a module's quiz, or returns the one already open.
     *
     * @throws InvalidAnswerException when the quiz's rules do not allow an attempt now, saying why
     */
    public long start(Person trainee, String moduleKey) {
        Enrolment enrolment = learning.currentEnrolment(trainee)
                .orElseThrow(() -> new InvalidAnswerException("quiz.start.notEnrolled"));
        CourseModule module = enrolment
                .getSyllabus()
                .module(moduleKey)
                .filter(m -> m.getQuiz() != null)
                .orElseThrow(() -> new InvalidAnswerException("quiz.start.noQuiz"));
        QuizStatus status = status(enrolment, module);
        if (status.isOpen()) {
            QuizAttempt open = attempts.open(status.openAttemptId(), trainee.id());
            if (open.isOpen()) {
                return open.getId();
            }
            status = status(enrolment, module); // it had run out of time and is now submitted
        }
        Instant now = clock.instant();
        if (status.passed()) {
            throw new InvalidAnswerException("quiz.start.passed");
        }
        if (status.attemptsUsed() >= status.attemptsAllowed()) {
            throw new InvalidAnswerException("quiz.start.noAttemptsLeft", status.attemptsAllowed());
        }
        if (status.isCoolingDown(now)) {
            throw new InvalidAnswerException("quiz.start.coolingDown");
        }
        Set<String> seen = new HashSet<>();
        attempts(enrolment.getId(), moduleKey)
                .forEach(a -> a.getQuestions().forEach(q -> seen.add(q.getQuestionKey())));
        try {
            return starter.create(
                    enrolment.getId(),
                    trainee.id(),
                    module.getQuiz().getId(),
                    status.attemptsUsed() + 1,
                    seen,
                    extraTimePercent(trainee.id()));
        } catch (RuntimeException e) {
            // another tab started this attempt a moment earlier: carry on with that one
            Long winner = status(enrolment, module).openAttemptId();
            if (winner == null) {
                throw e;
            }
            return winner;
        }
    }

    /** Further attempts a trainer allowed this trainee at a module's quiz (0 when none). */
    public int extraAttempts(long personId, String moduleKey) {
        List<?> extra = em.createNativeQuery(
                        "SELECT extra FROM quiz_extra_attempt WHERE person_id = ?" + " AND module_key = ?")
                .setParameter(1, personId)
                .setParameter(2, moduleKey)
                .getResultList();
        return extra.isEmpty() ? 0 : ((Number) extra.get(0)).intValue();
    }

    /** The extra time on timed quizzes a trainer granted this trainee, in percent (0 when none). */
    public int extraTimePercent(long personId) {
        Accommodation accommodation = em.find(Accommodation.class, personId);
        return accommodation == null ? 0 : accommodation.getExtraTimePercent();
    }

    /** Every attempt of an enrolment, oldest first. */
    public List<QuizAttempt> attemptsOf(long enrolmentId) {
        return em.createQuery(
                        "select a from QuizAttempt a where a.enrolmentId = :e order by a.startedAt", QuizAttempt.class)
                .setParameter("e", enrolmentId)
                .getResultList();
    }

    /**
     * What each of these enrolments' attempts came to, oldest first, by enrolment id: one query however many, reading
     * the four columns a progress overview needs rather than whole attempts.
     */
    public Map<Long, List<AttemptOutcome>> outcomesOf(Collection<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select a.enrolmentId, a.moduleKey, a.passed, a.submittedAt from QuizAttempt a"
                                + " where a.enrolmentId in :e order by a.startedAt, a.id",
                        Object[].class)
                .setParameter("e", List.copyOf(enrolmentIds))
                .getResultStream()
                .map(r -> new AttemptOutcome(
                        (Long) r[0], (String) r[1], QuizAttempt.passed((Boolean) r[2]), (Instant) r[3]))
                .collect(Collectors.groupingBy(AttemptOutcome::enrolmentId));
    }

    /** How far the enrolment is through these core modules: {@link CourseStanding} says what counts. */
    public CourseStanding standing(long enrolmentId, List<CourseModule> modules) {
        return CourseStanding.of(modules, learning.readSections(enrolmentId), passedModules(enrolmentId));
    }

    /** The keys of the modules whose quiz this enrolment has passed. */
    public Set<String> passedModules(long enrolmentId) {
        return em.createQuery(
                        "select distinct a.moduleKey from QuizAttempt a where a.enrolmentId = :e"
                                + " and a.passed = true",
                        String.class)
                .setParameter("e", enrolmentId)
                .getResultStream()
                .collect(Collectors.toSet());
    }

    /** An attempt the trainee has started and not submitted, the newest if several: "resume your quiz". */
    public Optional<QuizAttempt> openAttempt(long personId) {
        return em.createQuery(
                        "select a from QuizAttempt a where a.personId = :p and a.submittedAt is null"
                                + " order by a.startedAt desc",
                        QuizAttempt.class)
                .setParameter("p", personId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The title of the module whose quiz this attempt is, as the trainee's course names it. */
    public String moduleTitle(QuizAttempt attempt) {
        return syllabusOf(attempt)
                .flatMap(s -> s.module(attempt.getModuleKey()))
                .map(CourseModule::getTitle)
                .orElse(attempt.getModuleKey());
    }

    /**
     * The module after the attempt's in the course order, where a trainee goes after passing; empty after the last
     * module (the practicum comes next).
     */
    public Optional<CourseModule> moduleAfter(QuizAttempt attempt) {
        List<CourseModule> modules =
                syllabusOf(attempt).map(SyllabusVersion::coreModules).orElse(List.of());
        for (int i = 0; i < modules.size() - 1; i++) {
            if (modules.get(i).getKey().equals(attempt.getModuleKey())) {
                return Optional.of(modules.get(i + 1));
            }
        }
        return Optional.empty();
    }

    private Optional<SyllabusVersion> syllabusOf(QuizAttempt attempt) {
        return Optional.ofNullable(em.find(Enrolment.class, attempt.getEnrolmentId()))
                .map(Enrolment::getSyllabus);
    }
}
