package org.attune.quiz.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.platform.Failure;
import org.attune.platform.faces.FailureMessages;
import org.attune.platform.faces.NotFound;
import org.attune.platform.faces.Texts;
import org.attune.quiz.Accommodation;
import org.attune.quiz.AttemptQuestion;
import org.attune.quiz.AttemptService;
import org.attune.quiz.QuizAttempt;
import org.attune.quiz.QuizReviewService;
import org.omnifaces.util.Messages;

/**
 * Backs {@code trainer/trainee-quizzes.xhtml?person=}: one trainee's attempts with questions and answers, grade
 * overrides with a reason, and extra time on timed quizzes.
 */
@Named
@ViewScoped
public class TraineeQuizzesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One attempt as the trainer sees it. */
    public record AttemptRow(
            long id,
            String moduleKey,
            String moduleTitle,
            int number,
            Instant startedAt,
            Instant submittedAt,
            Double score,
            boolean passed,
            boolean timedOut,
            String overrideReason,
            List<ReviewedQuestion> questions)
            implements Serializable {}

    @Inject
    private QuizReviewService review;

    @Inject
    private AttemptService attempts;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private Long person;

    @Getter
    private String traineeName;

    @Getter
    private int extraTime;

    @Getter
    private String allowModule;

    @Getter
    private final List<AttemptRow> rows = new ArrayList<>();

    @Getter
    private final Map<Long, Number> newScore = new HashMap<>();

    @Getter
    private final Map<Long, String> reason = new HashMap<>();

    public void load() throws IOException {
        try {
            traineeName = review.trainee(currentUser.person(), person == null ? -1 : person)
                    .displayName();
        } catch (SecurityException e) {
            NotFound.send();
            return;
        }
        extraTime = review.extraTime(currentUser.person(), person);
        reloadAttempts();
    }

    private void reloadAttempts() {
        rows.clear();
        for (QuizAttempt a : review.attemptsOf(currentUser.person(), person)) {
            List<ReviewedQuestion> questions = new ArrayList<>();
            var bank = attempts.bankOf(a);
            for (AttemptQuestion q : a.getQuestions()) {
                questions.add(QuestionPresenter.reviewed(bank.get(q.getQuestionKey()), q, a.getModuleKey()));
            }
            rows.add(new AttemptRow(
                    a.getId(),
                    a.getModuleKey(),
                    attempts.quizOf(a).moduleTitle(),
                    a.getNumber(),
                    a.getStartedAt(),
                    a.getSubmittedAt(),
                    a.getEffectiveScore(),
                    a.isPassed(),
                    a.isTimedOut(),
                    a.getOverrideReason(),
                    questions));
        }
    }

    public void saveExtraTime() {
        review.grantExtraTime(currentUser.person(), person, extraTime);
        Messages.addGlobalInfo(Texts.get("trainerQuiz.extraTime.saved", traineeName, extraTime));
    }

    public void override(long attemptId) {
        Number score = newScore.get(attemptId);
        String why = reason.get(attemptId);
        if (score == null) {
            Messages.addGlobalError(Texts.get("trainerQuiz.override.scoreRequired"));
            return;
        }
        try {
            review.override(currentUser.person(), attemptId, score.doubleValue(), why);
            Messages.addGlobalInfo(Texts.get("trainerQuiz.override.saved"));
            newScore.remove(attemptId);
            reason.remove(attemptId);
            reloadAttempts();
        } catch (Failure e) {
            FailureMessages.show(e);
        }
    }

    /** Allows the trainee one more attempt at the chosen quiz (for someone who has used every attempt). */
    public void allowAnotherAttempt() {
        try {
            review.allowAnotherAttempt(currentUser.person(), person, allowModule);
            String title = rows.stream()
                    .filter(r -> r.moduleKey().equals(allowModule))
                    .map(AttemptRow::moduleTitle)
                    .findFirst()
                    .orElse(allowModule);
            Messages.addGlobalInfo(Texts.get("trainerQuiz.allow.saved", traineeName, title));
        } catch (Failure e) {
            FailureMessages.show(e);
        }
    }

    /** The quizzes this trainee has attempted, by key and title, to allow another attempt at. */
    public Map<String, String> getAttemptedQuizzes() {
        Map<String, String> quizzes = new LinkedHashMap<>();
        rows.forEach(r -> quizzes.putIfAbsent(r.moduleTitle(), r.moduleKey()));
        return quizzes;
    }

    public void setAllowModule(String allowModule) {
        this.allowModule = allowModule;
    }

    public List<Integer> getExtraTimeChoices() {
        return Accommodation.CHOICES;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public void setExtraTime(int extraTime) {
        this.extraTime = extraTime;
    }
}
