package org.attune.competence;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a trainer enters for an observation: a judgement per competence key, an overall comment and the date,
 * with the rules it must meet.
 */
public record ObservationForm(LocalDate observedOn, String overallComment, Map<String, Judgement> judgements)
        implements Serializable {

    public static final int MAX_TEXT = 5000;

    /** The rating of one competence and the evidence notes behind it. */
    public record Judgement(Rating rating, String evidence) implements Serializable {
    }

    /**
     * Field to message; empty when the form may be saved. Keys are {@code observedOn}, {@code overallComment} and
     * each competence key.
     */
    public Map<String, String> problems(List<String> competenceKeys, LocalDate sessionDate, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (observedOn == null) {
            problems.put("observedOn", "Enter the date you observed the session.");
        } else if (observedOn.isAfter(today)) {
            problems.put("observedOn", "The date cannot be in the future.");
        } else if (observedOn.isBefore(sessionDate)) {
            problems.put("observedOn", "The observation cannot be before the session (" + sessionDate + ").");
        }
        for (String key : competenceKeys) {
            Judgement j = judgements.get(key);
            if (j == null || j.rating() == null) {
                problems.put(key, "Choose a rating (or \"not observed\").");
            } else if (j.rating().isGiven() && (j.evidence() == null || j.evidence().strip().length() < 10)) {
                problems.put(key, "Write the evidence for this rating: what you saw (at least 10 characters).");
            } else if (j.evidence() != null && j.evidence().length() > MAX_TEXT) {
                problems.put(key, "Keep the evidence under " + MAX_TEXT + " characters.");
            }
        }
        for (String key : judgements.keySet()) {
            if (!competenceKeys.contains(key)) {
                problems.put(key, "\"" + key + "\" is not a competence of this course.");
            }
        }
        String comment = overallComment == null ? "" : overallComment.strip();
        if (comment.isEmpty()) {
            problems.put("overallComment", "Write an overall comment for the trainee.");
        } else if (comment.length() > MAX_TEXT) {
            problems.put("overallComment", "Keep the comment under " + MAX_TEXT + " characters.");
        }
        return problems;
    }
}
