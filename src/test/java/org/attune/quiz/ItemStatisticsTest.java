package org.attune.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.content.QuizContent;
import org.attune.quiz.ItemStatistics.Attempt;
import org.attune.quiz.ItemStatistics.Item;
import org.attune.quiz.ItemStatistics.Response;
import org.junit.jupiter.api.Test;

class ItemStatisticsTest {

    private static final Map<String, QuizContent.Question> BANK =
            Map.of("s1", QuizFixtures.single(), "m1", QuizFixtures.multiple(), "o1", QuizFixtures.ordering());

    /** Ten attempts: s1 is answered right exactly by the five strongest, m1 by everyone. */
    private static List<Attempt> attempts() {
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            boolean strong = i >= 5;
            attempts.add(new Attempt(
                    strong ? 90 : 40,
                    Map.of(
                            "s1", new Response(strong ? 1 : 0, strong ? "1" : "0"),
                            "m1", new Response(1, "0,2"),
                            "o1", new Response(i % 2 == 0 ? 0.5 : 1, i % 2 == 0 ? "0,1,3,2" : "0,1,2,3"))));
        }
        return attempts;
    }

    private static Item item(List<Item> items, String id) {
        return items.stream().filter(i -> i.questionId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void facilityIsTheMeanScore() {
        List<Item> items = ItemStatistics.compute(attempts(), BANK);
        assertEquals(0.5, item(items, "s1").facility());
        assertEquals(1.0, item(items, "m1").facility());
        assertEquals(0.75, item(items, "o1").facility());
        assertEquals(10, item(items, "s1").responses());
    }

    @Test
    void discriminationSeparatesTheStrongFromTheWeak() {
        List<Item> items = ItemStatistics.compute(attempts(), BANK);
        assertEquals(1.0, item(items, "s1").discrimination(), "only the strongest answered s1 right");
        assertEquals(0.0, item(items, "m1").discrimination(), "everyone answered m1 right");
        assertFalse(item(items, "s1").isWeak());
        assertTrue(item(items, "m1").isWeak(), "a question everyone gets right is flagged");
    }

    @Test
    void choicesAreCountedPerOptionAndPerVerdict() {
        List<Item> items = ItemStatistics.compute(attempts(), BANK);
        assertEquals(Map.of("1", 5, "0", 5), item(items, "s1").choices());
        assertEquals(Map.of("0", 10, "2", 10), item(items, "m1").choices());
        assertEquals(
                Map.of(ItemStatistics.RIGHT, 5, ItemStatistics.PARTLY_RIGHT, 5),
                item(items, "o1").choices());
    }

    @Test
    void tooFewAttemptsGiveNoDiscrimination() {
        List<Item> items = ItemStatistics.compute(List.of(attempts().get(0)), BANK);
        assertNull(item(items, "s1").discrimination());
        assertTrue(ItemStatistics.compute(List.of(), BANK).isEmpty());
    }
}
