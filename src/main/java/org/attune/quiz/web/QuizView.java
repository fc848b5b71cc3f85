package org.attune.quiz.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.catalog.CourseModule;
import org.attune.catalog.QuizDefinition;
import org.attune.learning.Enrolment;
import org.attune.learning.LearningService;
import org.attune.platform.faces.FailureMessages;
import org.attune.quiz.Accommodation;
import org.attune.quiz.InvalidAnswerException;
import org.attune.quiz.QuizService;
import org.attune.quiz.QuizStatus;
import org.omnifaces.util.Faces;

/** Backs {@code trainee/quiz.xhtml?module=}: a module quiz's rules, the trainee's attempts, start or resume. */
@Named
@ViewScoped
public class QuizView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private QuizService quizzes;

    @Inject
    private LearningService learning;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    /** What the page shows of the quiz: a few values, not the module's entity graph (the view is replicated). */
    public record ShownQuiz(
            String moduleTitle,
            int drawCount,
            int passMark,
            int attemptsAllowed,
            int coolDownMinutes,
            Integer timeLimitMinutes)
            implements Serializable {}

    @Getter
    private String module;

    @Getter
    private ShownQuiz quiz;

    @Getter
    private QuizStatus status;

    @Getter
    private int extraTimePercent;

    public void load() throws IOException {
        Enrolment enrolment = learning.currentEnrolment(currentUser.person()).orElse(null);
        CourseModule courseModule = enrolment == null || module == null
                ? null
                : enrolment
                        .getSyllabus()
                        .module(module)
                        .filter(m -> m.getQuiz() != null)
                        .orElse(null);
        if (courseModule == null) {
            Faces.responseSendError(404, "No such quiz");
            return;
        }
        QuizDefinition definition = courseModule.getQuiz();
        quiz = new ShownQuiz(
                courseModule.getTitle(),
                definition.getDrawCount(),
                definition.getPassMark(),
                definition.getAttemptsAllowed(),
                definition.getCoolDownMinutes(),
                definition.getTimeLimitMinutes());
        status = quizzes.status(enrolment, courseModule);
        extraTimePercent = quizzes.extraTimePercent(currentUser.id());
    }

    public String start() {
        try {
            long attempt = quizzes.start(currentUser.person(), module);
            return "/trainee/attempt?faces-redirect=true&id=" + attempt;
        } catch (InvalidAnswerException e) {
            FailureMessages.show(e);
            return null;
        }
    }

    public boolean isCanStart() {
        return status != null && status.canStart(clock.instant());
    }

    public boolean isCoolingDown() {
        return status != null
                && !status.passed()
                && !status.isOpen()
                && status.isCoolingDown(clock.instant())
                && status.attemptsUsed() < status.attemptsAllowed();
    }

    /** The time limit in minutes with any extra time granted, or null when the quiz is untimed. */
    public Long getTimeLimitMinutes() {
        var limit = Accommodation.extend(quiz.timeLimitMinutes(), extraTimePercent);
        return limit == null ? null : limit.toMinutes();
    }

    public void setModule(String module) {
        this.module = module;
    }
}
