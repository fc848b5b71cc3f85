package org.attune.competence;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.platform.Text;

/**
 * What a trainer enters for an observation: a judgement per competence key, an overall comment and the date,
 * with the rules it must meet.
 */
public record ObservationForm(LocalDate observedOn, String overallComment, Map<String, Judgement> judgements)
        implements Serializable {

    public static final int MAX_TEXT = 5000;

    /** The rating of one competence and the evidence notes behind it. */
    public record Judgement(Rating rating, String evidence) implements Serializable {}

    /**
     * Field to message; empty when the form may be saved. Keys are {@code observedOn}, {@code overallComment} and
     * each competence key.
     */
    public Map<String, Text> problems(List<String> competenceKeys, LocalDate sessionDate, LocalDate today) {
        Map<String, Text> problems = new LinkedHashMap<>();
        if (observedOn == null) {
            problems.put("observedOn", Text.of("observation.date.required"));
        } else if (observedOn.isAfter(today)) {
            problems.put("observedOn", Text.of("observation.date.future"));
        } else if (observedOn.isBefore(sessionDate)) {
            problems.put("observedOn", Text.of("observation.date.beforeSession", sessionDate.toString()));
        }
        for (String key : competenceKeys) {
            Judgement j = judgements.get(key);
            if (j == null || j.rating() == null) {
                problems.put(key, Text.of("observation.rating.required"));
            } else if (j.rating().isGiven()
                    && (j.evidence() == null || j.evidence().strip().length() < 10)) {
                problems.put(key, Text.of("observation.evidence.required"));
            } else if (j.evidence() != null && j.evidence().length() > MAX_TEXT) {
                problems.put(key, Text.of("observation.evidence.tooLong", MAX_TEXT));
            }
        }
        for (String key : judgements.keySet()) {
            if (!competenceKeys.contains(key)) {
                problems.put(key, Text.of("observation.unknownCompetence", key));
            }
        }
        String comment = overallComment == null ? "" : overallComment.strip();
        if (comment.isEmpty()) {
            problems.put("overallComment", Text.of("observation.comment.required"));
        } else if (comment.length() > MAX_TEXT) {
            problems.put("overallComment", Text.of("observation.comment.tooLong", MAX_TEXT));
        }
        return problems;
    }
}
