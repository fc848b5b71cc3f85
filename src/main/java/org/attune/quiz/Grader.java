package org.attune.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attune.content.QuizContent.Question;

/**
 * Scores a stored answer between 0 and 1. Multiple response, matching and ordering give partial credit when the quiz
 * allows it: for multiple response, right choices minus wrong choices over the number of right ones, never below
 * zero; for matching and ordering, the share of prompts or positions right. Otherwise only a fully right answer
 * scores. An unanswered question scores 0.
 */
public final class Grader {

    private Grader() {}

    public static double score(Question question, String stored, boolean partialCredit) {
        if (stored == null) {
            return 0;
        }
        Question asked = Answers.asked(question);
        List<Integer> chosen = Answers.indices(stored);
        return switch (asked.type()) {
            case SINGLE ->
                asked.correctOptions()
                                .contains(asked.options().get(chosen.get(0)).id())
                        ? 1
                        : 0;
            case MULTIPLE -> multiple(asked, chosen, partialCredit);
            case TRUE_FALSE -> Boolean.parseBoolean(stored) == asked.trueFalse() ? 1 : 0;
            case MATCHING, ORDERING -> inPlace(chosen, partialCredit);
            default -> 0;
        };
    }

    private static double multiple(Question asked, List<Integer> chosen, boolean partialCredit) {
        Set<String> picked = new HashSet<>();
        chosen.forEach(i -> picked.add(asked.options().get(i).id()));
        Set<String> correct = asked.correctOptions();
        if (!partialCredit) {
            return picked.equals(correct) ? 1 : 0;
        }
        long right = picked.stream().filter(correct::contains).count();
        long wrong = picked.size() - right;
        return Math.max(0, (double) (right - wrong) / correct.size());
    }

    /** Matching and ordering are right where the index at each place is that place's own. */
    private static double inPlace(List<Integer> chosen, boolean partialCredit) {
        int right = 0;
        for (int i = 0; i < chosen.size(); i++) {
            if (chosen.get(i) == i) {
                right++;
            }
        }
        if (partialCredit) {
            return chosen.isEmpty() ? 0 : (double) right / chosen.size();
        }
        return right == chosen.size() && !chosen.isEmpty() ? 1 : 0;
    }

    /** The attempt's score in percent, to one decimal place, from its question scores. */
    public static double percent(List<Double> scores) {
        if (scores.isEmpty()) {
            return 0;
        }
        double sum = scores.stream().mapToDouble(Double::doubleValue).sum();
        return Math.round(1000.0 * sum / scores.size()) / 10.0;
    }
}
