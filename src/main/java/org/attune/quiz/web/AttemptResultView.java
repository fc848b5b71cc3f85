package org.attune.quiz.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.content.QuizContent.Question;
import org.attune.platform.faces.NotFound;
import org.attune.quiz.AttemptQuestion;
import org.attune.quiz.AttemptService;
import org.attune.quiz.InvalidAnswerException;
import org.attune.quiz.QuizAttempt;
import org.attune.quiz.QuizService;
import org.omnifaces.util.Faces;

/**
 * Backs {@code trainee/attempt-result.xhtml?id=}: the graded attempt with feedback on every question, and what the
 * trainee can do next.
 */
@Named
@ViewScoped
public class AttemptResultView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AttemptService attempts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private QuizService quizzes;

    @Getter
    private Long id;

    @Getter
    private String moduleKey;

    @Getter
    private String moduleTitle;

    @Getter
    private int number;

    private int attemptsAllowed;

    @Getter
    private int passMark;

    @Getter
    private Double score;

    @Getter
    private boolean passed;

    @Getter
    private boolean timedOut;

    @Getter
    private String overrideReason;

    @Getter
    private Instant nextStart;
    /** The module after this one in the course order (null after the last module, when the practicum is next). */
    @Getter
    private String nextModuleKey;

    @Getter
    private String nextModuleTitle;

    @Getter
    private final List<ReviewedQuestion> questions = new ArrayList<>();

    public void load() throws IOException {
        QuizAttempt attempt;
        try {
            attempt = id == null ? null : attempts.open(id, currentUser.id());
        } catch (InvalidAnswerException e) {
            attempt = null;
        }
        if (attempt == null) {
            NotFound.send();
            return;
        }
        if (attempt.isOpen()) {
            Faces.redirect("trainee/attempt?id=" + id);
            return;
        }
        var quiz = attempts.quizOf(attempt);
        moduleKey = attempt.getModuleKey();
        moduleTitle = quiz.moduleTitle();
        number = attempt.getNumber();
        attemptsAllowed = quiz.attemptsAllowed() + quizzes.extraAttempts(currentUser.id(), moduleKey);
        passMark = quiz.passMark();
        score = attempt.getEffectiveScore();
        passed = attempt.isPassed();
        timedOut = attempt.isTimedOut();
        overrideReason = attempt.getOverrideReason();
        nextStart = attempt.getSubmittedAt().plus(Duration.ofMinutes(quiz.coolDownMinutes()));
        if (passed) {
            quizzes.moduleAfter(attempt).ifPresent(next -> {
                nextModuleKey = next.getKey();
                nextModuleTitle = next.getTitle();
            });
        }
        Map<String, Question> bank = attempts.bankOf(attempt);
        for (AttemptQuestion drawn : attempt.getQuestions()) {
            questions.add(QuestionPresenter.reviewed(bank.get(drawn.getQuestionKey()), drawn, moduleKey));
        }
    }

    public boolean isRetakeLeft() {
        return !passed && number < attemptsAllowed;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getRightCount() {
        return questions.stream().filter(q -> "right".equals(q.verdict())).count();
    }
}
