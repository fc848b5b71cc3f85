package org.attune.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionDrawTest {

    private static final List<String> BANK =
            List.of("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10", "q11", "q12", "q13", "q14", "q15");

    @Test
    void drawsTheAskedNumberWithoutRepeats() {
        List<String> drawn = QuestionDraw.draw(BANK, Set.of(), 10, new Random(1));
        assertEquals(10, drawn.size());
        assertEquals(10, new HashSet<>(drawn).size());
        assertTrue(BANK.containsAll(drawn));
    }

    @Test
    void prefersQuestionsNotSeenInEarlierAttempts() {
        for (int seed = 0; seed < 50; seed++) {
            Set<String> seen = new HashSet<>(QuestionDraw.draw(BANK, Set.of(), 10, new Random(seed)));
            List<String> second = QuestionDraw.draw(BANK, seen, 10, new Random(seed + 1000));
            long fresh = second.stream().filter(id -> !seen.contains(id)).count();
            assertEquals(5, fresh, "all five unseen questions come first");
        }
    }

    @Test
    void aSmallBankIsDrawnWhole() {
        assertEquals(
                Set.of("a", "b"), new HashSet<>(QuestionDraw.draw(List.of("a", "b"), Set.of("a"), 10, new Random(3))));
    }

    @Test
    void theDrawIsRandom() {
        Set<List<String>> draws = new HashSet<>();
        for (int seed = 0; seed < 20; seed++) {
            draws.add(QuestionDraw.draw(BANK, Set.of(), 10, new Random(seed)));
        }
        assertTrue(draws.size() > 15, "twenty draws should hardly ever repeat: " + draws.size());
    }

    @Test
    void matchesAndStepsAreNeverShownInTheirCorrectOrder() {
        for (int seed = 0; seed < 200; seed++) {
            Presentation ordering = Presentation.of(QuizFixtures.ordering(), false, new Random(seed));
            assertTrue(!ordering.order().equals(List.of(0, 1, 2, 3)), "ordering shown solved with seed " + seed);
            Presentation matching = Presentation.of(QuizFixtures.matching(), false, new Random(seed));
            assertTrue(!matching.order().equals(List.of(0, 1, 2)), "matching shown solved with seed " + seed);
        }
        assertEquals(
                List.of(0, 1, 2, 3),
                Presentation.of(QuizFixtures.single(), false, new Random(1)).order(),
                "options stay in bank order when the quiz does not shuffle them");
        assertEquals("3,1,0,2", Presentation.decode("3,1,0,2").encode());
    }
}
