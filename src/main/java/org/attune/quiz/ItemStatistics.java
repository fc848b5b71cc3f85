package org.attune.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.content.QuizContent.Question;
import org.attune.content.QuizContent.Type;

/**
 * Classical item analysis over submitted attempts. The facility index is the mean score on a question (0 hard, 1
 * easy). The discrimination index compares the top and bottom 27% of attempts by total score: the facility among
 * the strongest minus the facility among the weakest, from -1 to 1; near zero or below, the question does not tell
 * those who know from those who do not. Choice counts say how often each answer was given.
 */
public final class ItemStatistics {

    /** Below this discrimination, or outside these facility bounds, a question is flagged for review. */
    public static final double WEAK_DISCRIMINATION = 0.2;

    public static final double TOO_HARD = 0.3;
    public static final double TOO_EASY = 0.9;

    private ItemStatistics() {}

    /** One answered question within an attempt: its score and stored answer. */
    public record Response(double score, String answer) {}

    /** One submitted attempt: its total percent and its responses by question id. */
    public record Attempt(double percent, Map<String, Response> responses) {}

    /**
     * A question's figures. {@code choices} counts each stored choice: option index (single, multiple),
     * {@code true}/{@code false}, or for matching and ordering the whole answer.
     */
    public record Item(
            String questionId, int responses, double facility, Double discrimination, Map<String, Integer> choices) {

        public boolean isWeak() {
            return facility < TOO_HARD
                    || facility > TOO_EASY
                    || (discrimination != null && discrimination < WEAK_DISCRIMINATION);
        }

        public int getFacilityPercent() {
            return (int) Math.round(facility * 100);
        }
    }

    public static final String RIGHT = "right";
    public static final String PARTLY_RIGHT = "partly-right";
    public static final String WRONG = "wrong";

    /** @param bank the quiz's questions by id, to know how to count each question's choices */
    public static List<Item> compute(List<Attempt> attempts, Map<String, Question> bank) {
        List<Attempt> ranked = new ArrayList<>(attempts);
        ranked.sort(Comparator.comparingDouble(Attempt::percent));
        int group = (int) Math.round(ranked.size() * 0.27);
        List<Attempt> lower = ranked.subList(0, group);
        List<Attempt> upper = ranked.subList(ranked.size() - group, ranked.size());

        Map<String, List<Response>> byQuestion = new TreeMap<>();
        for (Attempt attempt : ranked) {
            attempt.responses()
                    .forEach((id, r) -> byQuestion
                            .computeIfAbsent(id, k -> new ArrayList<>())
                            .add(r));
        }
        List<Item> items = new ArrayList<>();
        byQuestion.forEach((id, responses) -> {
            double facility =
                    responses.stream().mapToDouble(Response::score).average().orElse(0);
            Double discrimination = null;
            Double up = facilityIn(upper, id);
            Double down = facilityIn(lower, id);
            if (up != null && down != null && group > 0) {
                discrimination = Math.round((up - down) * 100) / 100.0;
            }
            items.add(new Item(id, responses.size(), facility, discrimination, choices(bank.get(id), responses)));
        });
        return items;
    }

    private static Double facilityIn(List<Attempt> group, String questionId) {
        List<Response> responses = group.stream()
                .map(a -> a.responses().get(questionId))
                .filter(r -> r != null)
                .toList();
        return responses.isEmpty()
                ? null
                : responses.stream().mapToDouble(Response::score).average().orElse(0);
    }

    /**
     * How often each choice was given. Single and multiple response: per option index; true/false: per value;
     * matching and ordering (whose answers are whole arrangements): "right", "partly right", "wrong".
     * Unanswered questions count under {@link Answers#NONE}.
     */
    private static Map<String, Integer> choices(Question question, List<Response> responses) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Type type = question == null ? Type.SINGLE : Answers.asked(question).type();
        for (Response response : responses) {
            if (response.answer() == null) {
                counts.merge(Answers.NONE, 1, Integer::sum);
            } else if (type == Type.SINGLE || type == Type.MULTIPLE || type == Type.TRUE_FALSE) {
                for (String choice : response.answer().split(",")) {
                    counts.merge(choice, 1, Integer::sum);
                }
            } else {
                String verdict = response.score() >= 1 ? RIGHT : response.score() > 0 ? PARTLY_RIGHT : WRONG;
                counts.merge(verdict, 1, Integer::sum);
            }
        }
        return counts;
    }
}
