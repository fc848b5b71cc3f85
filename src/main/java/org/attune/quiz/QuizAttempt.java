package org.attune.quiz;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.Getter;
import org.attune.content.QuizContent.Question;
import org.attune.platform.Failure;

/**
 * A trainee's attempt at a module quiz. Open until submitted, by the trainee or by the server when the time limit
 * has passed; then graded once. A trainer may override the grade with a reason.
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Answers that arrive this soon after the deadline were sent in time and are still taken. */
    public static final Duration GRACE = Duration.ofSeconds(5);

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /*
     * The enrolment and the quiz are held by id, not as relationships: an attempt is read under a row lock on every
     * save, and that read must not build (and wait for) the shared catalogue's object graph while holding the lock.
     */
    @Getter
    private Long enrolmentId;

    @Getter
    private Long personId;

    @Getter
    @Column(name = "quiz_definition_id", nullable = false)
    private Long quizId;

    @Getter
    private String moduleKey;

    @Getter
    @Column(name = "attempt_number", nullable = false)
    private int number;

    @Getter
    private Instant startedAt;

    @Getter
    @Column(name = "deadline_at")
    private Instant deadline;

    @Getter
    private Instant submittedAt;

    @Getter
    private boolean timedOut;

    @Getter
    private Double score;

    private Boolean passed;

    @Getter
    private Double overrideScore;

    @Getter
    private String overrideReason;

    private Long overriddenBy;

    private Instant overriddenAt;

    @Version
    private long version;

    @Getter
    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AttemptQuestion> questions = new ArrayList<>();

    protected QuizAttempt() {
        // for JPA
    }

    QuizAttempt(long enrolmentId, long personId, QuizRules quiz, int number, Instant now, Duration timeLimit) {
        this.enrolmentId = enrolmentId;
        this.personId = personId;
        this.quizId = quiz.id();
        this.moduleKey = quiz.moduleKey();
        this.number = number;
        this.startedAt = Objects.requireNonNull(now);
        this.deadline = timeLimit == null ? null : now.plus(timeLimit);
    }

    void addQuestion(String questionKey, Presentation presentation) {
        questions.add(new AttemptQuestion(this, questions.size() + 1, questionKey, presentation));
    }

    public boolean isOpen() {
        return submittedAt == null;
    }

    /** Past the time limit (and its grace): answers are refused and the attempt is submitted as it stands. */
    public boolean isPastDeadline(Instant now) {
        return deadline != null && now.isAfter(deadline.plus(GRACE));
    }

    public boolean belongsTo(long person) {
        return personId == person;
    }

    public AttemptQuestion question(String questionKey) {
        return questions.stream()
                .filter(q -> q.getQuestionKey().equals(questionKey))
                .findFirst()
                .orElseThrow(() -> new InvalidAnswerException("quiz.answer.notInAttempt", questionKey));
    }

    void answer(String questionKey, String stored, Instant now) {
        if (!isOpen()) {
            throw new IllegalStateException("A submitted attempt cannot change");
        }
        question(questionKey).answer(stored, now);
    }

    /** Applies a numbered autosave; false when a newer save of this question was applied already. */
    boolean answer(String questionKey, String stored, long sequence, Instant now) {
        if (!isOpen()) {
            throw new IllegalStateException("A submitted attempt cannot change");
        }
        return question(questionKey).answer(stored, sequence, now);
    }

    /** Grades every question from the bank and closes the attempt; does nothing if it was submitted already. */
    void submit(Instant now, QuizRules quiz, Map<String, Question> bank, boolean timeUp) {
        if (quiz.id() != quizId) {
            throw new IllegalArgumentException("Graded against another quiz");
        }
        if (!isOpen()) {
            return;
        }
        List<Double> scores = new ArrayList<>();
        for (AttemptQuestion q : questions) {
            double s = Grader.score(bank.get(q.getQuestionKey()), q.getAnswer(), quiz.partialCredit());
            q.grade(s);
            scores.add(s);
        }
        this.submittedAt = now;
        this.timedOut = timeUp;
        this.score = Grader.percent(scores);
        this.passed = score >= quiz.passMark();
    }

    void override(double newScore, String reason, long trainerId, Instant now, int passMark) {
        if (isOpen()) {
            throw new Failure.Conflict("trainerQuiz.override.notSubmitted");
        }
        this.overrideScore = newScore;
        this.overrideReason = reason;
        this.overriddenBy = trainerId;
        this.overriddenAt = now;
        this.passed = newScore >= passMark;
    }

    /** The score that counts: a trainer's override, or the graded score. */
    public Double getEffectiveScore() {
        return overrideScore != null ? overrideScore : score;
    }

    public boolean isPassed() {
        return passed(passed);
    }

    /** Whether an attempt whose {@code passed} column holds this passed: not when it was never marked. */
    static boolean passed(Boolean passed) {
        return Boolean.TRUE.equals(passed);
    }

    public long answeredCount() {
        return questions.stream().filter(AttemptQuestion::isAnswered).count();
    }
}
