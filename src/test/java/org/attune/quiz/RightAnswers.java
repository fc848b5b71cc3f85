package org.attune.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.attune.content.QuizContent.Question;

/** The page tokens that answer a drawn question fully right, worked out from the bank as a trainee never can. */
public final class RightAnswers {

    private RightAnswers() {}

    public static List<String> tokens(Question question, Presentation presentation) {
        Question asked = Answers.asked(question);
        List<String> tokens = new ArrayList<>();
        switch (asked.type()) {
            case SINGLE, MULTIPLE -> {
                for (int p = 0; p < presentation.size(); p++) {
                    if (asked.correctOptions()
                            .contains(asked.options()
                                    .get(presentation.bankIndex(p))
                                    .id())) {
                        tokens.add(Answers.token(question, p));
                    }
                }
            }
            case TRUE_FALSE -> tokens.add(question.id() + ":" + asked.trueFalse());
            case MATCHING, ORDERING -> {
                for (int i = 0; i < presentation.size(); i++) {
                    tokens.add(Answers.token(question, presentation.shownPosition(i)));
                }
            }
            default -> throw new IllegalArgumentException(asked.type().toString());
        }
        return tokens;
    }

    /** Tokens that answer the question wrongly (or, for true/false, with the other value). */
    public static List<String> wrongTokens(Question question, Presentation presentation) {
        Question asked = Answers.asked(question);
        List<String> right = tokens(question, presentation);
        return switch (asked.type()) {
            case SINGLE, MULTIPLE -> {
                for (int p = 0; p < presentation.size(); p++) {
                    if (!right.contains(Answers.token(question, p))) {
                        yield List.of(Answers.token(question, p));
                    }
                }
                yield List.of();
            }
            case TRUE_FALSE -> List.of(question.id() + ":" + !asked.trueFalse());
            default -> {
                List<String> swapped = new ArrayList<>(right);
                Collections.swap(swapped, 0, 1);
                yield swapped;
            }
        };
    }
}
