package org.attune.quiz;

import static org.attune.quiz.QuizFixtures.reversed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswersTest {

    @Test
    void shownPositionsAreStoredAsBankIndices() {
        assertEquals("3", Answers.normalise(QuizFixtures.single(), reversed(4), List.of("s1:0")));
        assertEquals("0,2", Answers.normalise(QuizFixtures.multiple(), reversed(4), List.of("m1:1", "m1:3")));
        assertEquals(
                "true", Answers.normalise(QuizFixtures.trueFalse(), new Presentation(List.of()), List.of("t1:true")));
        assertEquals("2,-,0", Answers.normalise(QuizFixtures.matching(), reversed(3), List.of("x1:0", "", "x1:2")));
        assertEquals(
                "3,2,1,0",
                Answers.normalise(QuizFixtures.ordering(), reversed(4), List.of("o1:0", "o1:1", "o1:2", "o1:3")));
        assertEquals("0", Answers.normalise(QuizFixtures.scenario(), reversed(4), List.of("v1:3")));
    }

    @Test
    void clearedAnswersAreStoredAsNothing() {
        assertNull(Answers.normalise(QuizFixtures.single(), reversed(4), List.of()));
        assertNull(Answers.normalise(QuizFixtures.multiple(), reversed(4), List.of()));
        assertNull(Answers.normalise(QuizFixtures.matching(), reversed(3), Arrays.asList("", null, "")));
    }

    @Test
    void anOptionOfAnotherQuestionIsRefusedWithAMessage() {
        InvalidAnswerException refused = assertThrows(
                InvalidAnswerException.class,
                () -> Answers.normalise(QuizFixtures.single(), reversed(4), List.of("m1:1")));
        assertTrue(refused.getMessage().contains("is not one of the choices of question s1"), refused.getMessage());
    }

    @Test
    void positionsOutsideTheQuestionAndNonsenseAreRefused() {
        assertThrows(
                InvalidAnswerException.class,
                () -> Answers.normalise(QuizFixtures.single(), reversed(4), List.of("s1:4")));
        assertThrows(
                InvalidAnswerException.class,
                () -> Answers.normalise(QuizFixtures.single(), reversed(4), List.of("s1:-1")));
        assertThrows(
                InvalidAnswerException.class,
                () -> Answers.normalise(QuizFixtures.trueFalse(), new Presentation(List.of()), List.of("t1:maybe")));
        assertThrows(
                InvalidAnswerException.class,
                () -> Answers.normalise(QuizFixtures.single(), reversed(4), List.of("s1:0", "s1:1")));
    }

    @Test
    void anOrderingMustUseEveryStepOnce() {
        assertThrows(
                InvalidAnswerException.class,
                () -> Answers.normalise(QuizFixtures.ordering(), reversed(4), List.of("o1:0", "o1:0", "o1:2", "o1:3")));
        assertThrows(
                InvalidAnswerException.class,
                () -> Answers.normalise(QuizFixtures.ordering(), reversed(4), List.of("o1:0", "o1:1")));
    }

    @Test
    void aMatchingNeedsOneEntryPerPrompt() {
        assertThrows(
                InvalidAnswerException.class,
                () -> Answers.normalise(QuizFixtures.matching(), reversed(3), List.of("x1:0")));
    }
}
