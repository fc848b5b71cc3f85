package org.attune.quiz.web;

import java.io.Serializable;
import java.util.List;

/**
 * A question as the attempt page shows it: no answer key, choices named by shown position, and the trainee's saved
 * answer in the same names.
 *
 * @param type the type answered: single, multiple, true-false, matching or ordering (a scenario's follow-up type)
 * @param prompts a matching question's prompts, in the bank's order
 * @param answer the saved answer's tokens (for ordering, the current order, shown order when not yet moved)
 */
public record ShownQuestion(
        String key,
        int number,
        String type,
        String text,
        String vignette,
        String imageUrl,
        String imageAlt,
        List<Choice> choices,
        List<String> prompts,
        List<String> answer)
        implements Serializable {

    /** A choice: the token the page sends for it and the words it shows. */
    public record Choice(String token, String label) implements Serializable {}

    public String getLabel(String token) {
        return choices.stream()
                .filter(c -> c.token().equals(token))
                .map(Choice::label)
                .findFirst()
                .orElse("");
    }
}
