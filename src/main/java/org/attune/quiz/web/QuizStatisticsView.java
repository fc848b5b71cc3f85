package org.attune.quiz.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseModule;
import org.attune.content.QuizContent.Question;
import org.attune.platform.faces.Texts;
import org.attune.quiz.Answers;
import org.attune.quiz.ItemStatistics;
import org.attune.quiz.QuizReviewService;

/**
 * Backs {@code trainer/quiz-statistics.xhtml?module=}: per-question facility, discrimination and choice counts for a
 * module's quiz over the attempts of the trainer's organisation, as a table and a chart, weak questions flagged.
 */
@Named
@ViewScoped
public class QuizStatisticsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One question's row: figures plus the words that label them. */
    public record Row(
            String key,
            String text,
            int responses,
            int facilityPercent,
            Double discrimination,
            boolean weak,
            List<String> choices)
            implements Serializable {}

    @Inject
    private QuizReviewService review;

    @Inject
    private CatalogService catalog;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private String module;

    @Getter
    private String moduleTitle;

    @Getter
    private int attempts;

    @Getter
    private final List<Row> rows = new ArrayList<>();
    /** The live course's modules with a quiz, to choose from. */
    @Getter
    private List<CourseModule> modules = List.of();

    public void load() {
        modules = catalog.liveModulesWithQuiz();
        if ((module == null || module.isBlank()) && !modules.isEmpty()) {
            module = modules.get(0).getKey();
        }
        moduleTitle = modules.stream()
                .filter(m -> m.getKey().equals(module))
                .map(m -> m.getTitle())
                .findFirst()
                .orElse(module);
        if (module == null) {
            return;
        }
        QuizReviewService.QuizStatistics stats = review.statistics(currentUser.person(), module);
        attempts = stats.attempts();
        for (ItemStatistics.Item item : stats.items()) {
            Question q = stats.bank().get(item.questionId());
            rows.add(new Row(
                    item.questionId(),
                    q == null ? item.questionId() : Answers.asked(q).text(),
                    item.responses(),
                    item.getFacilityPercent(),
                    item.discrimination(),
                    item.isWeak(),
                    labels(q, item.choices())));
        }
    }

    private static List<String> labels(Question question, Map<String, Integer> choices) {
        List<String> labels = new ArrayList<>();
        choices.forEach((choice, count) -> labels.add(label(question, choice) + ": " + count));
        return labels;
    }

    private static String label(Question question, String choice) {
        if (Answers.NONE.equals(choice)) {
            return Texts.get("quizStats.unanswered");
        }
        if ("true".equals(choice) || "false".equals(choice)) {
            return Texts.get("quiz." + choice);
        }
        if (choice.matches("\\d+")
                && question != null
                && !Answers.asked(question).options().isEmpty()) {
            return Answers.asked(question)
                    .options()
                    .get(Integer.parseInt(choice))
                    .text();
        }
        return Texts.get("quizStats.verdict." + choice);
    }

    public void setModule(String module) {
        this.module = module;
    }
}
