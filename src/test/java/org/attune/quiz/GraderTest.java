package org.attune.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraderTest {

    @Test
    void singleChoiceScoresOnlyTheRightOption() {
        assertEquals(1.0, Grader.score(QuizFixtures.single(), "1", false));
        assertEquals(0.0, Grader.score(QuizFixtures.single(), "0", true));
        assertEquals(0.0, Grader.score(QuizFixtures.single(), null, true));
    }

    @Test
    void multipleResponseAllOrNothingNeedsExactlyTheRightSet() {
        assertEquals(1.0, Grader.score(QuizFixtures.multiple(), "0,2", false));
        assertEquals(0.0, Grader.score(QuizFixtures.multiple(), "0", false));
        assertEquals(0.0, Grader.score(QuizFixtures.multiple(), "0,1,2", false));
    }

    @Test
    void multipleResponsePartialCreditSubtractsWrongChoicesAndNeverGoesBelowZero() {
        assertEquals(0.5, Grader.score(QuizFixtures.multiple(), "0", true));
        assertEquals(0.5, Grader.score(QuizFixtures.multiple(), "0,1,2", true));
        assertEquals(0.0, Grader.score(QuizFixtures.multiple(), "0,1", true));
        assertEquals(0.0, Grader.score(QuizFixtures.multiple(), "1,3", true), "two wrong choices do not go negative");
    }

    @Test
    void trueFalseComparesTheValue() {
        assertEquals(1.0, Grader.score(QuizFixtures.trueFalse(), "true", false));
        assertEquals(0.0, Grader.score(QuizFixtures.trueFalse(), "false", false));
    }

    @Test
    void matchingAndOrderingAreRightInPlace() {
        assertEquals(1.0, Grader.score(QuizFixtures.matching(), "0,1,2", false));
        assertEquals(0.0, Grader.score(QuizFixtures.matching(), "0,2,1", false));
        assertEquals(1.0 / 3, Grader.score(QuizFixtures.matching(), "0,2,1", true), 1e-9);
        assertEquals(0.0, Grader.score(QuizFixtures.matching(), "-,-,1", true));
        assertEquals(1.0, Grader.score(QuizFixtures.ordering(), "0,1,2,3", false));
        assertEquals(0.5, Grader.score(QuizFixtures.ordering(), "0,1,3,2", true));
        assertEquals(0.0, Grader.score(QuizFixtures.ordering(), "0,1,3,2", false));
    }

    @Test
    void aScenarioIsGradedOnItsFollowUpQuestion() {
        assertEquals(1.0, Grader.score(QuizFixtures.scenario(), "0", false));
        assertEquals(0.0, Grader.score(QuizFixtures.scenario(), "2", false));
    }

    @Test
    void theAttemptPercentIsTheMeanScoreToOneDecimal() {
        assertEquals(66.7, Grader.percent(List.of(1.0, 1.0, 0.0)));
        assertEquals(0.0, Grader.percent(List.of()));
        assertEquals(75.0, Grader.percent(List.of(1.0, 0.5, 0.5, 1.0)));
    }
}
