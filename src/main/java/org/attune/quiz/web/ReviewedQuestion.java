package org.attune.quiz.web;

import java.io.Serializable;
import java.util.List;

/**
 * A graded question as feedback shows it: what the trainee answered, the right answer, the explanation and the
 * module section that teaches it, and what the author says about each option the trainee chose.
 *
 * @param verdict right, partly-right, wrong or unanswered
 * @param chosenFeedback the feedback of the chosen options that have one, in the bank's order; empty otherwise
 */
public record ReviewedQuestion(
        int number,
        String key,
        String text,
        String vignette,
        String yourAnswer,
        String rightAnswer,
        String verdict,
        double score,
        String explanation,
        String moduleKey,
        String section,
        List<ChoiceFeedback> chosenFeedback)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ReviewedQuestion {
        chosenFeedback = List.copyOf(chosenFeedback);
    }

    /** One chosen option and why it is right or wrong. */
    public record ChoiceFeedback(String option, String feedback) implements Serializable {

        private static final long serialVersionUID = 1L;
    }
}
