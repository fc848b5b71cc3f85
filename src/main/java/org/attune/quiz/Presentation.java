package org.attune.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.attune.content.QuizContent.Question;
import org.attune.content.QuizContent.Type;

/**
 * The order in which an attempt shows a question's choices: the bank's option, match or item index at each shown
 * position. Answers name shown positions, so nothing on the page reveals which choice the bank lists first. Matches
 * and items are always shuffled (the bank lists them in their correct order); options only when the quiz says so.
 */
public record Presentation(List<Integer> order) {

    public Presentation {
        order = List.copyOf(order);
    }

    public static Presentation of(Question question, boolean shuffleOptions, Random random) {
        Question asked = Answers.asked(question);
        int size = choiceCount(asked);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        boolean alwaysShuffle = asked.type() == Type.MATCHING || asked.type() == Type.ORDERING;
        if (alwaysShuffle || shuffleOptions) {
            Collections.shuffle(order, random);
            if (alwaysShuffle && size > 1 && isIdentity(order)) {
                Collections.rotate(order, 1); // a list shown in its correct order would answer itself
            }
        }
        return new Presentation(order);
    }

    static int choiceCount(Question asked) {
        return switch (asked.type()) {
            case SINGLE, MULTIPLE -> asked.options().size();
            case MATCHING -> asked.pairs().size();
            case ORDERING -> asked.items().size();
            default -> 0;
        };
    }

    private static boolean isIdentity(List<Integer> order) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) != i) {
                return false;
            }
        }
        return true;
    }

    /** The bank index shown at a position. */
    public int bankIndex(int shownPosition) {
        return order.get(shownPosition);
    }

    /** The position at which a bank index is shown. */
    public int shownPosition(int bankIndex) {
        return order.indexOf(bankIndex);
    }

    public int size() {
        return order.size();
    }

    public String encode() {
        return order.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static Presentation decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return new Presentation(List.of());
        }
        return new Presentation(
                Arrays.stream(encoded.split(",")).map(Integer::valueOf).toList());
    }
}
