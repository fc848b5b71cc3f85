package org.attune.content;

import java.util.List;
import java.util.Set;

/** A module's quiz: its rules and its question bank. */
public record QuizContent(
        String moduleId,
        int draw,
        int passMark,
        int attempts,
        int coolDownMinutes,
        Integer timeLimitMinutes,
        boolean shuffleOptions,
        boolean partialCredit,
        List<Question> questions) {

    public enum Type {
        SINGLE,
        MULTIPLE,
        TRUE_FALSE,
        MATCHING,
        ORDERING,
        SCENARIO;

        static Type parse(String value) {
            return switch (value == null ? "" : value) {
                case "single" -> SINGLE;
                case "multiple" -> MULTIPLE;
                case "true-false" -> TRUE_FALSE;
                case "matching" -> MATCHING;
                case "ordering" -> ORDERING;
                case "scenario" -> SCENARIO;
                default -> null;
            };
        }
    }

    /**
     * A choice in a single or multiple response question.
     *
     * @param feedback why this choice is right or wrong, shown after submission to a trainee who chose it; null when
     *        the author gave none
     */
    public record Option(String id, String text, String feedback) {}

    /** A prompt and the answer it matches. */
    public record Pair(String prompt, String match) {}

    /**
     * One question. Which fields are set depends on the type: options and correct option ids (single, multiple),
     * the true/false answer, pairs (matching, in their correct matching), items (ordering, in their correct order),
     * or for a scenario its vignette, optional image, and the question that follows it.
     */
    public record Question(
            String id,
            Type type,
            String text,
            List<Option> options,
            Set<String> correctOptions,
            Boolean trueFalse,
            List<Pair> pairs,
            List<String> items,
            String explanation,
            String section,
            String vignette,
            String image,
            String imageAlt,
            Question followUp) {}
}
