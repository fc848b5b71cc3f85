package org.attune.quiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.attune.content.QuizContent.Option;
import org.attune.content.QuizContent.Question;
import org.attune.content.QuizContent.Type;
import org.attune.quiz.web.ReviewedQuestion.ChoiceFeedback;
import org.junit.jupiter.api.Test;

/** The result page shows the author's feedback on the options the trainee chose, and on no other option. */
class ChosenFeedbackTest {

    private static final List<Option> OPTIONS = List.of(
            new Option("a", "Pause", "Right: the cues ask for a rest."),
            new Option("b", "Carry on", "Pushing on past a cluster of cues teaches the baby she is not heard."),
            new Option("c", "Swap to the legs", null));

    private static Question question(Type type, Set<String> key) {
        return new Question(
                "q1",
                type,
                "What now?",
                OPTIONS,
                key,
                null,
                List.of(),
                List.of(),
                "Because.",
                "sec",
                null,
                null,
                null,
                null);
    }

    @Test
    void singleChoiceShowsTheFeedbackOfTheChosenOptionOnly() {
        assertEquals(
                List.of(new ChoiceFeedback(
                        "Carry on", "Pushing on past a cluster of cues teaches the baby she is not heard.")),
                QuestionPresenter.chosenFeedback(question(Type.SINGLE, Set.of("a")), "1"));
    }

    @Test
    void multipleChoiceShowsEachChosenOptionThatHasFeedbackInBankOrder() {
        assertEquals(
                List.of(new ChoiceFeedback("Pause", "Right: the cues ask for a rest.")),
                QuestionPresenter.chosenFeedback(question(Type.MULTIPLE, Set.of("a", "c")), "0,2"));
    }

    @Test
    void otherTypesHaveNoOptionFeedback() {
        Question trueFalse = new Question(
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
        assertEquals(List.of(), QuestionPresenter.chosenFeedback(trueFalse, "true"));
    }

    @Test
    void theAttemptPageChoiceCarriesNoFeedbackOrKey() {
        assertEquals(
                List.of("token", "label"),
                Arrays.stream(ShownQuestion.Choice.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList());
    }
}
