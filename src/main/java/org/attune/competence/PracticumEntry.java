package org.attune.competence;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a trainee enters about one practicum session, with the rules it must meet. {@link #problems} names each
 * field that is wrong, so the form can show the message next to it. A session belongs to one of the trainee's
 * programmes and lists the anonymised codes of the families who attended it (see {@link FamilyCodes}).
 */
public record PracticumEntry(LocalDate date, Setting setting, int programme, int sessionNumber,
        List<String> familyCodes, String reflection, String parentFeedback) implements Serializable {

    public static final int MAX_TEXT = 5000;
    public static final int MIN_REFLECTION = 40;
    public static final int MAX_PROGRAMME = 20;

    public PracticumEntry {
        familyCodes = familyCodes == null ? List.of() : List.copyOf(familyCodes);
    }

    /** How many families attended: one per code. */
    public int families() {
        return familyCodes.size();
    }

    /** Field name to message; empty when the entry may be saved. {@code today} bounds the date. */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (date == null) {
            problems.put("date", "Enter the date of the session.");
        } else if (date.isAfter(today)) {
            problems.put("date", "The date cannot be in the future: log a session once you have delivered it.");
        } else if (date.isBefore(today.minusYears(3))) {
            problems.put("date", "The date is more than three years ago; check the year.");
        }
        if (setting == null) {
            problems.put("setting", "Choose where the session took place.");
        }
        if (programme < 1 || programme > MAX_PROGRAMME) {
            problems.put("programme", FamilyCodes.text("practicum.programme.range", MAX_PROGRAMME));
        }
        if (sessionNumber < 1 || sessionNumber > 20) {
            problems.put("sessionNumber", "The session number is between 1 and 20.");
        }
        FamilyCodes.problem(familyCodes).ifPresent(p -> problems.put("familyCodes", p));
        String r = reflection == null ? "" : reflection.strip();
        if (r.length() < MIN_REFLECTION) {
            problems.put("reflection", "Write at least " + MIN_REFLECTION
                    + " characters: which cues and states you saw, and how you supported parents to respond.");
        } else if (r.length() > MAX_TEXT) {
            problems.put("reflection", "Keep the reflection under " + MAX_TEXT + " characters.");
        }
        String f = parentFeedback == null ? "" : parentFeedback.strip();
        if (f.isEmpty()) {
            problems.put("parentFeedback", "Summarise what parents said about the session (without names).");
        } else if (f.length() > MAX_TEXT) {
            problems.put("parentFeedback", "Keep the summary under " + MAX_TEXT + " characters.");
        }
        return problems;
    }
}
