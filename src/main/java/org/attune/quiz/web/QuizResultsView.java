package org.attune.quiz.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseModule;
import org.attune.quiz.QuizReviewService;
import org.attune.quiz.QuizReviewService.TraineeResults;

/** Backs {@code trainer/quiz-results.xhtml}: quiz results of the trainees in the trainer's cohorts. */
@Named
@RequestScoped
public class QuizResultsView {

    @Inject
    private QuizReviewService review;

    @Inject
    private CatalogService catalog;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private List<TraineeResults> rows;
    /** The live course's modules with a quiz, to open their question statistics. */
    @Getter
    private List<CourseModule> modules;

    @PostConstruct
    void load() {
        rows = review.results(currentUser.person());
        modules = catalog.liveModulesWithQuiz();
    }

    public int getCoreModuleCount() {
        return (int) modules.stream().filter(m -> !m.isRefresher()).count();
    }
}
