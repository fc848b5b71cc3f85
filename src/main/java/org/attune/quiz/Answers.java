package org.attune.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.attune.content.QuizContent.Question;
import org.attune.content.QuizContent.Type;

/**
 * Turns what the page sends for a question into the answer Attune stores, refusing anything that does not belong to
 * that question. The page names a choice as {@code <question id>:<shown position>} (or {@code :true}/{@code :false});
 * the stored answer names bank indices, so grading and statistics never depend on an attempt's shuffle:
 * <ul>
 * <li>single: the option index, e.g. {@code 2}; multiple: the sorted option indices, e.g. {@code 0,2}</li>
 * <li>true/false: {@code true} or {@code false}</li>
 * <li>matching: per prompt, in the bank's prompt order, the chosen match index or {@code -}, e.g. {@code 1,-,0}</li>
 * <li>ordering: the item indices in the trainee's order, e.g. {@code 2,0,1,3}</li>
 * </ul>
 * A cleared answer is stored as null.
 */
public final class Answers {

    public static final String NONE = "-";

    private Answers() {}

    /** The part of a question that is answered: a scenario's follow-up question, or the question itself. */
    public static Question asked(Question question) {
        return question.type() == Type.SCENARIO ? question.followUp() : question;
    }

    /** The page's name for a shown position of a question's choices. */
    public static String token(Question question, int shownPosition) {
        return question.id() + ":" + shownPosition;
    }

    /**
     * @param tokens what the page sent, as described above; for matching one per prompt (blank for none)
     * @return the answer to store, or null when the trainee cleared it
     * @throws InvalidAnswerException when a token names another question or a choice the question does not have
     */
    public static String normalise(Question question, Presentation presentation, List<String> tokens) {
        Question asked = asked(question);
        List<String> values = new ArrayList<>();
        for (String token : tokens == null ? List.<String>of() : tokens) {
            values.add(token == null ? "" : token.trim());
        }
        return switch (asked.type()) {
            case SINGLE -> single(question, presentation, values);
            case MULTIPLE -> multiple(question, presentation, values);
            case TRUE_FALSE -> trueFalse(question, values);
            case MATCHING -> matching(question, presentation, values);
            case ORDERING -> ordering(question, presentation, values);
            default -> throw new InvalidAnswerException("quiz.answer.cannot");
        };
    }

    private static String single(Question question, Presentation presentation, List<String> values) {
        List<String> given = values.stream().filter(v -> !v.isEmpty()).toList();
        if (given.isEmpty()) {
            return null;
        }
        if (given.size() > 1) {
            throw new InvalidAnswerException("quiz.answer.chooseOne");
        }
        return String.valueOf(presentation.bankIndex(position(question, presentation, given.get(0))));
    }

    private static String multiple(Question question, Presentation presentation, List<String> values) {
        Set<Integer> chosen = new TreeSet<>();
        for (String value : values) {
            if (!value.isEmpty()) {
                chosen.add(presentation.bankIndex(position(question, presentation, value)));
            }
        }
        return chosen.isEmpty() ? null : chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String trueFalse(Question question, List<String> values) {
        List<String> given = values.stream().filter(v -> !v.isEmpty()).toList();
        if (given.isEmpty()) {
            return null;
        }
        if (given.size() == 1
                && (given.get(0).equals(question.id() + ":true") || given.get(0).equals(question.id() + ":false"))) {
            return given.get(0).substring(question.id().length() + 1);
        }
        throw refused(question, given.get(0));
    }

    private static String matching(Question question, Presentation presentation, List<String> values) {
        int prompts = asked(question).pairs().size();
        if (values.size() != prompts) {
            throw new InvalidAnswerException("quiz.answer.matchEach", prompts);
        }
        List<String> stored = new ArrayList<>();
        for (String value : values) {
            stored.add(
                    value.isEmpty()
                            ? NONE
                            : String.valueOf(presentation.bankIndex(position(question, presentation, value))));
        }
        return stored.stream().allMatch(NONE::equals) ? null : String.join(",", stored);
    }

    private static String ordering(Question question, Presentation presentation, List<String> values) {
        int items = asked(question).items().size();
        List<Integer> order = new ArrayList<>();
        Set<Integer> distinct = new HashSet<>();
        for (String value : values) {
            int index = presentation.bankIndex(position(question, presentation, value));
            order.add(index);
            distinct.add(index);
        }
        if (order.size() != items || distinct.size() != items) {
            throw new InvalidAnswerException("quiz.answer.orderEach", items);
        }
        return order.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static int position(Question question, Presentation presentation, String token) {
        String prefix = question.id() + ":";
        if (!token.startsWith(prefix)) {
            throw refused(question, token);
        }
        try {
            int position = Integer.parseInt(token.substring(prefix.length()));
            if (position >= 0 && position < presentation.size()) {
                return position;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw refused(question, token);
    }

    private static InvalidAnswerException refused(Question question, String token) {
        return new InvalidAnswerException("quiz.answer.notAChoice", abbreviate(token), question.id());
    }

    private static String abbreviate(String token) {
        return token.length() > 40 ? token.substring(0, 40) + "..." : token;
    }

    /** The stored answer as a list of bank indices (or -1 for a matching prompt left empty). */
    public static List<Integer> indices(String stored) {
        if (stored == null || stored.isEmpty() || "true".equals(stored) || "false".equals(stored)) {
            return List.of();
        }
        List<Integer> indices = new ArrayList<>();
        for (String part : stored.split(",")) {
            indices.add(NONE.equals(part) ? -1 : Integer.parseInt(part));
        }
        return indices;
    }
}
