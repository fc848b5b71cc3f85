package org.attune.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attune.content.QuizContent.Option;
import org.attune.content.QuizContent.Pair;
import org.attune.content.QuizContent.Question;
import org.attune.content.QuizContent.Type;

/** Small questions of every type, built in code, for the pure quiz tests. */
final class QuizFixtures {

    private QuizFixtures() {}

    static Question single() {
        return new Question(
                "s1",
                Type.SINGLE,
                "Which?",
                options(),
                Set.of("b"),
                null,
                List.of(),
                List.of(),
                "Because b.",
                "sec",
                null,
                null,
                null,
                null);
    }

    static Question multiple() {
        return new Question(
                "m1",
                Type.MULTIPLE,
                "Which ones?",
                options(),
                Set.of("a", "c"),
                null,
                List.of(),
                List.of(),
                "a and c.",
                "sec",
                null,
                null,
                null,
                null);
    }

    static Question trueFalse() {
        return new Question(
                "t1",
                Type.TRUE_FALSE,
                "True?",
                List.of(),
                Set.of(),
                true,
                List.of(),
                List.of(),
                "It is.",
                "sec",
                null,
                null,
                null,
                null);
    }

    static Question matching() {
        return new Question(
                "x1",
                Type.MATCHING,
                "Match",
                List.of(),
                Set.of(),
                null,
                List.of(new Pair("Yawn", "Tired"), new Pair("Gaze", "Ready"), new Pair("Arch", "Enough")),
                List.of(),
                "Cues.",
                "sec",
                null,
                null,
                null,
                null);
    }

    static Question ordering() {
        return new Question(
                "o1",
                Type.ORDERING,
                "Order",
                List.of(),
                Set.of(),
                null,
                List.of(),
                List.of("Prepare", "Show", "Ask", "Wait"),
                "Steps.",
                "sec",
                null,
                null,
                null,
                null);
    }

    static Question scenario() {
        Question followUp = new Question(
                "v1",
                Type.SINGLE,
                "What do you say?",
                options(),
                Set.of("a"),
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null);
        return new Question(
                "v1",
                Type.SCENARIO,
                "What do you say?",
                List.of(),
                Set.of(),
                null,
                List.of(),
                List.of(),
                "Respect the no.",
                "sec",
                "Kai turns away.",
                null,
                null,
                followUp);
    }

    private static List<Option> options() {
        return List.of(
                new Option("a", "Alpha", null),
                new Option("b", "Bravo", null),
                new Option("c", "Charlie", null),
                new Option("d", "Delta", null));
    }

    /** The shown order that reverses the bank order, so tests can tell shown positions from bank indices. */
    static Presentation reversed(int size) {
        List<Integer> order = new ArrayList<>();
        for (int i = size - 1; i >= 0; i--) {
            order.add(i);
        }
        return new Presentation(order);
    }
}
