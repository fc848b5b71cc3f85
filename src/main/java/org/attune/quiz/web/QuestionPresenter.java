package org.attune.quiz.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.attune.content.QuizContent.Question;
import org.attune.content.QuizContent.Type;
import org.attune.platform.faces.Texts;
import org.attune.quiz.Answers;
import org.attune.quiz.AttemptQuestion;
import org.attune.quiz.Presentation;

/** Turns drawn questions into what the attempt and feedback pages show; never puts an answer key on the page. */
public final class QuestionPresenter {

    private QuestionPresenter() {}

    public static ShownQuestion shown(Question question, AttemptQuestion drawn, String courseCode) {
        Question asked = Answers.asked(question);
        Presentation presentation = drawn.presentation();
        List<ShownQuestion.Choice> choices = new ArrayList<>();
        List<String> prompts = new ArrayList<>();
        switch (asked.type()) {
            case SINGLE, MULTIPLE -> {
                for (int p = 0; p < presentation.size(); p++) {
                    choices.add(new ShownQuestion.Choice(
                            Answers.token(question, p),
                            asked.options().get(presentation.bankIndex(p)).text()));
                }
            }
            case TRUE_FALSE -> {
                choices.add(new ShownQuestion.Choice(question.id() + ":true", Texts.get("quiz.true")));
                choices.add(new ShownQuestion.Choice(question.id() + ":false", Texts.get("quiz.false")));
            }
            case MATCHING -> {
                asked.pairs().forEach(pair -> prompts.add(pair.prompt()));
                for (int p = 0; p < presentation.size(); p++) {
                    choices.add(new ShownQuestion.Choice(
                            Answers.token(question, p),
                            asked.pairs().get(presentation.bankIndex(p)).match()));
                }
            }
            case ORDERING -> {
                for (int p = 0; p < presentation.size(); p++) {
                    choices.add(new ShownQuestion.Choice(
                            Answers.token(question, p), asked.items().get(presentation.bankIndex(p))));
                }
            }
            default -> throw new IllegalStateException("Unknown question type " + asked.type());
        }
        String image = question.image() == null ? null : "/course-media/" + courseCode + "/" + question.image();
        return new ShownQuestion(
                question.id(),
                drawn.getPosition(),
                typeName(asked.type()),
                asked.text(),
                question.vignette(),
                image,
                question.imageAlt(),
                choices,
                prompts,
                answerTokens(question, drawn));
    }

    /** The saved answer in the page's tokens; an ordering not yet touched is in its shown order. */
    static List<String> answerTokens(Question question, AttemptQuestion drawn) {
        Question asked = Answers.asked(question);
        Presentation presentation = drawn.presentation();
        String stored = drawn.getAnswer();
        List<String> tokens = new ArrayList<>();
        if (asked.type() == Type.TRUE_FALSE) {
            if (stored != null) {
                tokens.add(question.id() + ":" + stored);
            }
            return tokens;
        }
        if (stored == null) {
            if (asked.type() == Type.ORDERING) {
                for (int p = 0; p < presentation.size(); p++) {
                    tokens.add(Answers.token(question, p));
                }
            } else if (asked.type() == Type.MATCHING) {
                asked.pairs().forEach(pair -> tokens.add(""));
            }
            return tokens;
        }
        for (int index : Answers.indices(stored)) {
            tokens.add(index < 0 ? "" : Answers.token(question, presentation.shownPosition(index)));
        }
        return tokens;
    }

    public static ReviewedQuestion reviewed(Question question, AttemptQuestion drawn, String moduleKey) {
        Question asked = Answers.asked(question);
        String stored = drawn.getAnswer();
        double score = drawn.getScore() == null ? 0 : drawn.getScore();
        String verdict = stored == null ? "unanswered" : score >= 1 ? "right" : score > 0 ? "partly-right" : "wrong";
        return new ReviewedQuestion(
                drawn.getPosition(),
                question.id(),
                asked.text(),
                question.vignette(),
                stored == null ? Texts.get("quiz.feedback.noAnswer") : describe(asked, stored),
                rightAnswer(asked),
                verdict,
                score,
                question.explanation(),
                moduleKey,
                question.section(),
                stored == null ? List.of() : chosenFeedback(asked, stored));
    }

    /** The author's feedback on each option the trainee chose, for single and multiple response questions. */
    static List<ReviewedQuestion.ChoiceFeedback> chosenFeedback(Question asked, String stored) {
        if (asked.type() != Type.SINGLE && asked.type() != Type.MULTIPLE) {
            return List.of();
        }
        return Answers.indices(stored).stream()
                .sorted()
                .map(i -> asked.options().get(i))
                .filter(o -> o.feedback() != null)
                .map(o -> new ReviewedQuestion.ChoiceFeedback(o.text(), o.feedback()))
                .toList();
    }

    private static String describe(Question asked, String stored) {
        List<Integer> indices = Answers.indices(stored);
        return switch (asked.type()) {
            case SINGLE, MULTIPLE ->
                indices.stream().map(i -> asked.options().get(i).text()).collect(Collectors.joining("; "));
            case TRUE_FALSE -> Texts.get(Boolean.parseBoolean(stored) ? "quiz.true" : "quiz.false");
            case MATCHING -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < indices.size(); i++) {
                    parts.add(asked.pairs().get(i).prompt() + " - "
                            + (indices.get(i) < 0
                                    ? Texts.get("quiz.feedback.noMatch")
                                    : asked.pairs().get(indices.get(i)).match()));
                }
                yield String.join("; ", parts);
            }
            case ORDERING -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < indices.size(); i++) {
                    parts.add((i + 1) + ". " + asked.items().get(indices.get(i)));
                }
                yield String.join("; ", parts);
            }
            default -> "";
        };
    }

    private static String rightAnswer(Question asked) {
        return switch (asked.type()) {
            case SINGLE, MULTIPLE ->
                asked.options().stream()
                        .filter(o -> asked.correctOptions().contains(o.id()))
                        .map(o -> o.text())
                        .collect(Collectors.joining("; "));
            case TRUE_FALSE -> Texts.get(asked.trueFalse() ? "quiz.true" : "quiz.false");
            case MATCHING ->
                asked.pairs().stream().map(p -> p.prompt() + " - " + p.match()).collect(Collectors.joining("; "));
            case ORDERING -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < asked.items().size(); i++) {
                    parts.add((i + 1) + ". " + asked.items().get(i));
                }
                yield String.join("; ", parts);
            }
            default -> "";
        };
    }

    static String typeName(Type type) {
        return switch (type) {
            case SINGLE -> "single";
            case MULTIPLE -> "multiple";
            case TRUE_FALSE -> "true-false";
            case MATCHING -> "matching";
            case ORDERING -> "ordering";
            case SCENARIO -> "scenario";
        };
    }
}
