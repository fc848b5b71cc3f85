package org.attune.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.content.QuizContent;
import org.attune.content.QuizContent.Question;
import org.attune.platform.Failure;
import org.attune.testing.Deployments;
import org.attune.testing.TestPeople;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quiz attempts on the real course in the real database: autosave, server-side grading, idempotent submission under
 * fifty parallel submits, the time limit, tampering, the rules for starting again, and trainers' scope.
 */
@ExtendWith(ArquillianExtension.class)
class QuizAttemptIT {

    private static final String UNTIMED = "baby-as-a-person";
    private static final String TIMED = "why-relationships";

    @Deployment
    static WebArchive deployment() {
        return Deployments.attune(TestPeople.class, TestPeople.Person.class, RightAnswers.class);
    }

    @Inject
    private QuizService quizzes;

    @Inject
    private AttemptService attempts;

    @Inject
    private QuizReviewService review;

    @Inject
    private PeopleService people;

    @Resource(lookup = "java:app/jdbc/attune")
    private DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    private TestPeople data;
    private Person trainee;
    private Person otherTrainee;
    private Person trainer;
    private Person outsideTrainer;

    @BeforeEach
    void createPeople() throws Exception {
        data = new TestPeople(dataSource);
        long organisation = data.organisation("TRAINING", "Quiz Training");
        long other = data.organisation("TRAINING", "Other Quiz Training");
        trainee = load(data.person("quiz-trainee", organisation, "TRAINEE"));
        otherTrainee = load(data.person("quiz-other", organisation, "TRAINEE"));
        trainer = load(data.person("quiz-trainer", organisation, "TRAINER"));
        outsideTrainer = load(data.person("quiz-outsider", other, "TRAINER"));
        data.cohort(organisation, "Quiz cohort", trainee.id(), otherTrainee.id());
    }

    private Person load(TestPeople.Person person) {
        return people.find(person.id()).orElseThrow();
    }

    @AfterEach
    void removePeople() throws Exception {
        data.close();
    }

    private QuizAttempt open(long attemptId) {
        return attempts.open(attemptId, trainee.id());
    }

    private Map<String, Question> bank(QuizAttempt attempt) {
        return attempts.bankOf(attempt);
    }

    private void answerAll(long attemptId, boolean right) {
        QuizAttempt attempt = open(attemptId);
        for (AttemptQuestion q : attempt.getQuestions()) {
            Question question = bank(attempt).get(q.getQuestionKey());
            List<String> tokens = right
                    ? RightAnswers.tokens(question, q.presentation())
                    : RightAnswers.wrongTokens(question, q.presentation());
            assertEquals(
                    AttemptService.SaveOutcome.SAVED,
                    attempts.save(attemptId, trainee.id(), q.getQuestionKey(), tokens));
        }
    }

    private void execute(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private String storedAnswer(long attemptId, String questionKey) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT answer FROM attempt_question WHERE attempt_id = ? AND question_key = ?")) {
            s.setLong(1, attemptId);
            s.setString(2, questionKey);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void anAttemptDrawsTheQuizsNumberOfQuestionsAndEveryAnswerIsSavedAsGiven() throws Exception {
        long id = quizzes.start(trainee, UNTIMED);
        QuizAttempt attempt = open(id);
        assertEquals(10, attempt.getQuestions().size());
        AttemptQuestion first = attempt.getQuestions().get(0);
        Question question = bank(attempt).get(first.getQuestionKey());
        attempts.save(id, trainee.id(), first.getQuestionKey(), RightAnswers.tokens(question, first.presentation()));
        assertNotNull(storedAnswer(id, first.getQuestionKey()), "the answer is in the database at once");
        assertEquals(id, quizzes.start(trainee, UNTIMED), "starting again resumes the open attempt");
        assertEquals(1, open(id).answeredCount(), "a fresh read (another device, a restarted server) finds it");
    }

    @Test
    void allRightAnswersScoreFullMarksPassAndCompleteTheModuleAssessment() {
        long id = quizzes.start(trainee, UNTIMED);
        answerAll(id, true);
        QuizAttempt graded = attempts.submit(id, trainee.id());
        assertEquals(100.0, graded.getScore());
        assertTrue(graded.isPassed());
        assertTrue(graded.getQuestions().stream().allMatch(q -> q.getScore() == 1.0));
        assertTrue(quizzes.passedModules(graded.getEnrolmentId()).contains(UNTIMED));
        InvalidAnswerException again =
                assertThrows(InvalidAnswerException.class, () -> quizzes.start(trainee, UNTIMED));
        assertTrue(again.getMessage().contains("passed this quiz already"));
    }

    @Test
    void wrongAnswersFailAndTheNextAttemptWaitsForTheCoolDownAndPrefersUnseenQuestions() throws Exception {
        long first = quizzes.start(trainee, UNTIMED);
        answerAll(first, false);
        QuizAttempt failed = attempts.submit(first, trainee.id());
        assertEquals(0.0, failed.getScore());
        assertFalse(failed.isPassed());

        InvalidAnswerException cooling =
                assertThrows(InvalidAnswerException.class, () -> quizzes.start(trainee, UNTIMED));
        assertTrue(cooling.getMessage().contains("after the break"), cooling.getMessage());

        execute(
                "UPDATE quiz_attempt SET submitted_at = ? WHERE id = ?",
                Timestamp.from(failed.getSubmittedAt().minus(Duration.ofMinutes(61))),
                first);
        long second = quizzes.start(trainee, UNTIMED);
        Set<String> seen = new HashSet<>();
        failed.getQuestions().forEach(q -> seen.add(q.getQuestionKey()));
        Set<String> unseen = new HashSet<>(bank(failed).keySet());
        unseen.removeAll(seen);
        Set<String> drawn = new HashSet<>();
        open(second).getQuestions().forEach(q -> drawn.add(q.getQuestionKey()));
        assertTrue(drawn.containsAll(unseen), "all " + unseen.size() + " unseen questions are drawn first");
        assertEquals(2, open(second).getNumber());
    }

    @Test
    void afterTheLastAttemptOnlyATrainerOfTheOrganisationCanAllowAnotherOne() throws Exception {
        for (int n = 1; n <= 3; n++) {
            long id = quizzes.start(trainee, UNTIMED);
            answerAll(id, false);
            attempts.submit(id, trainee.id());
            execute(
                    "UPDATE quiz_attempt SET submitted_at = ? WHERE id = ?",
                    Timestamp.from(Instant.now().minus(Duration.ofHours(2))),
                    id);
        }
        InvalidAnswerException used = assertThrows(InvalidAnswerException.class, () -> quizzes.start(trainee, UNTIMED));
        assertTrue(used.getMessage().contains("used all 3 attempts"), used.getMessage());
        assertThrows(SecurityException.class, () -> review.allowAnotherAttempt(outsideTrainer, trainee.id(), UNTIMED));

        review.allowAnotherAttempt(trainer, trainee.id(), UNTIMED);
        assertEquals(4, open(quizzes.start(trainee, UNTIMED)).getNumber());
        assertEquals(
                1,
                data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'QUIZ_ATTEMPT_ALLOWED'" + " AND subject = ?",
                        "person:" + trainee.id()));
    }

    @Test
    void fiftyParallelSubmissionsProduceExactlyOneGradedAttempt() throws Exception {
        long id = quizzes.start(trainee, UNTIMED);
        answerAll(id, true);
        int versionBefore = data.count("SELECT version FROM quiz_attempt WHERE id = ?", id);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<QuizAttempt>> submissions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            submissions.add(executor.submit(() -> {
                go.await();
                return attempts.submit(id, trainee.id());
            }));
        }
        go.countDown();
        Set<Object> submittedAt = new HashSet<>();
        for (Future<QuizAttempt> submission : submissions) {
            QuizAttempt result = submission.get();
            // whole seconds: Connector/J drops fractions on MariaDB, so only the winner's copy has them
            submittedAt.add(result.getSubmittedAt().truncatedTo(ChronoUnit.SECONDS));
            assertEquals(100.0, result.getScore());
        }
        assertEquals(1, submittedAt.size(), "every submission saw the same single grading");
        assertEquals(1, data.count("SELECT COUNT(*) FROM quiz_attempt WHERE person_id = ?", trainee.id()));
        assertEquals(
                versionBefore + 1,
                data.count("SELECT version FROM quiz_attempt WHERE id = ?", id),
                "the attempt row was graded (written) exactly once; version before " + versionBefore);
    }

    @Test
    void submittingWithThePagesChangedAnswersKeepsAnswersSavedFromAnotherDevice() throws Exception {
        long id = quizzes.start(trainee, UNTIMED);
        QuizAttempt attempt = open(id);
        AttemptQuestion first = attempt.getQuestions().get(0);
        AttemptQuestion second = attempt.getQuestions().get(1);
        attempts.save(
                id,
                trainee.id(),
                first.getQuestionKey(),
                RightAnswers.tokens(bank(attempt).get(first.getQuestionKey()), first.presentation()));
        QuizAttempt graded = attempts.submit(
                id,
                trainee.id(),
                Map.of(
                        second.getQuestionKey(),
                        RightAnswers.tokens(bank(attempt).get(second.getQuestionKey()), second.presentation())));
        assertEquals(20.0, graded.getScore(), "both the earlier save and the page's own answer count");
        assertNotNull(storedAnswer(id, first.getQuestionKey()));
    }

    @Test
    void answersAfterSubmissionChangeNothing() throws Exception {
        long id = quizzes.start(trainee, UNTIMED);
        QuizAttempt attempt = open(id);
        AttemptQuestion q = attempt.getQuestions().get(0);
        attempts.submit(id, trainee.id());
        assertEquals(
                AttemptService.SaveOutcome.CLOSED,
                attempts.save(
                        id,
                        trainee.id(),
                        q.getQuestionKey(),
                        RightAnswers.tokens(bank(attempt).get(q.getQuestionKey()), q.presentation())));
        assertNull(storedAnswer(id, q.getQuestionKey()));
    }

    @Test
    void anOptionOfAnotherQuestionIsRefusedAndChangesNothing() throws Exception {
        long id = quizzes.start(trainee, UNTIMED);
        QuizAttempt attempt = open(id);
        AttemptQuestion choice = attempt.getQuestions().stream()
                .filter(q -> {
                    var type =
                            Answers.asked(bank(attempt).get(q.getQuestionKey())).type();
                    return type == QuizContent.Type.SINGLE || type == QuizContent.Type.MULTIPLE;
                })
                .findFirst()
                .orElseThrow();
        AttemptQuestion other = attempt.getQuestions().stream()
                .filter(q -> q != choice)
                .findFirst()
                .orElseThrow();
        String foreign = Answers.token(bank(attempt).get(other.getQuestionKey()), 0);
        InvalidAnswerException refused = assertThrows(
                InvalidAnswerException.class,
                () -> attempts.save(id, trainee.id(), choice.getQuestionKey(), List.of(foreign)));
        assertTrue(refused.getMessage().contains("is not one of the choices"), refused.getMessage());
        assertNull(storedAnswer(id, choice.getQuestionKey()));
    }

    @Test
    void aQuestionNotInTheAttemptIsRefused() throws Exception {
        long id = quizzes.start(trainee, UNTIMED);
        QuizAttempt attempt = open(id);
        Set<String> drawn = new HashSet<>();
        attempt.getQuestions().forEach(q -> drawn.add(q.getQuestionKey()));
        String notDrawn = bank(attempt).keySet().stream()
                .filter(k -> !drawn.contains(k))
                .findFirst()
                .orElseThrow();
        InvalidAnswerException refused = assertThrows(
                InvalidAnswerException.class,
                () -> attempts.save(id, trainee.id(), notDrawn, List.of(notDrawn + ":0")));
        assertTrue(refused.getMessage().contains("is not part of this attempt"), refused.getMessage());
        assertEquals(
                0, data.count("SELECT COUNT(*) FROM attempt_question WHERE attempt_id = ? AND answer IS NOT NULL", id));
    }

    @Test
    void anotherTraineesAttemptCanNeitherBeReadNorAnsweredNorSubmitted() throws Exception {
        long id = quizzes.start(trainee, UNTIMED);
        QuizAttempt attempt = open(id);
        AttemptQuestion q = attempt.getQuestions().get(0);
        List<String> tokens = RightAnswers.tokens(bank(attempt).get(q.getQuestionKey()), q.presentation());
        assertThrows(InvalidAnswerException.class, () -> attempts.open(id, otherTrainee.id()));
        InvalidAnswerException refused = assertThrows(
                InvalidAnswerException.class, () -> attempts.save(id, otherTrainee.id(), q.getQuestionKey(), tokens));
        assertTrue(refused.getMessage().contains("not yours"), refused.getMessage());
        assertThrows(InvalidAnswerException.class, () -> attempts.submit(id, otherTrainee.id()));
        assertNull(storedAnswer(id, q.getQuestionKey()));
        assertTrue(open(id).isOpen(), "the attempt was not submitted by someone else");
    }

    @Test
    void afterTheTimeLimitAnswersAreRefusedAndTheAttemptIsSubmittedAsItStood() throws Exception {
        long id = quizzes.start(trainee, TIMED);
        QuizAttempt attempt = open(id);
        assertEquals(Duration.ofMinutes(20), Duration.between(attempt.getStartedAt(), attempt.getDeadline()));
        AttemptQuestion first = attempt.getQuestions().get(0);
        AttemptQuestion second = attempt.getQuestions().get(1);
        attempts.save(
                id,
                trainee.id(),
                first.getQuestionKey(),
                RightAnswers.tokens(bank(attempt).get(first.getQuestionKey()), first.presentation()));

        execute(
                "UPDATE quiz_attempt SET started_at = ?, deadline_at = ? WHERE id = ?",
                Timestamp.from(attempt.getStartedAt().minus(Duration.ofMinutes(30))),
                Timestamp.from(attempt.getDeadline().minus(Duration.ofMinutes(30))),
                id);
        assertEquals(
                AttemptService.SaveOutcome.TIME_UP,
                attempts.save(
                        id,
                        trainee.id(),
                        second.getQuestionKey(),
                        RightAnswers.tokens(bank(attempt).get(second.getQuestionKey()), second.presentation())));
        assertNull(storedAnswer(id, second.getQuestionKey()), "the late answer was refused");
        QuizAttempt submitted = open(id);
        assertFalse(submitted.isOpen());
        assertTrue(submitted.isTimedOut());
        assertEquals(10.0, submitted.getScore(), "graded on the one answer given in time");
    }

    @Test
    void extraTimeGrantedByATrainerLengthensEveryLaterAttempt() throws Exception {
        review.grantExtraTime(trainer, trainee.id(), 50);
        long id = quizzes.start(trainee, TIMED);
        QuizAttempt attempt = open(id);
        assertEquals(Duration.ofMinutes(30), Duration.between(attempt.getStartedAt(), attempt.getDeadline()));
        assertEquals(
                1,
                data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'QUIZ_EXTRA_TIME_GRANTED'"
                                + " AND subject = ?",
                        "person:" + trainee.id()));
    }

    @Test
    void trainersOfAnotherOrganisationSeeNoResultsAttemptsOrStatistics() {
        long id = quizzes.start(trainee, UNTIMED);
        answerAll(id, true);
        attempts.submit(id, trainee.id());
        assertEquals(1, review.statistics(trainer, UNTIMED).attempts());
        assertEquals(1, review.attemptsOf(trainer, trainee.id()).size());
        assertTrue(review.results(trainer).stream().anyMatch(r -> r.personId() == trainee.id() && r.passed() == 1));

        assertEquals(0, review.statistics(outsideTrainer, UNTIMED).attempts());
        assertTrue(review.results(outsideTrainer).stream().noneMatch(r -> r.personId() == trainee.id()));
        assertThrows(SecurityException.class, () -> review.attemptsOf(outsideTrainer, trainee.id()));
        assertThrows(SecurityException.class, () -> review.override(outsideTrainer, id, 10, "not my trainee"));
        assertThrows(SecurityException.class, () -> review.grantExtraTime(outsideTrainer, trainee.id(), 25));
    }

    @Test
    void aGradeOverrideNeedsAReasonChangesThePassAndIsAudited() throws Exception {
        long id = quizzes.start(trainee, UNTIMED);
        answerAll(id, false);
        attempts.submit(id, trainee.id());
        assertThrows(Failure.Invalid.class, () -> review.override(trainer, id, 85, " "));
        assertThrows(Failure.Invalid.class, () -> review.override(trainer, id, 120, "Marked by hand"));
        QuizAttempt overridden = review.override(trainer, id, 85, "Question bp-04 was ambiguous; marked by hand.");
        assertEquals(85.0, overridden.getEffectiveScore());
        assertTrue(overridden.isPassed());
        assertTrue(quizzes.passedModules(overridden.getEnrolmentId()).contains(UNTIMED));
        assertEquals(
                1,
                data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'QUIZ_GRADE_OVERRIDDEN'"
                                + " AND subject = ? AND detail LIKE '%ambiguous%'",
                        "attempt:" + id));
    }
}
