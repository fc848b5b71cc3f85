package org.attune.competence;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.platform.Text;

/**
 * What a trainee enters about one practicum session, with the rules it must meet. {@link #problems} names each
 * field that is wrong, so the form can show the message next to it. A session belongs to one of the trainee's
 * programmes and lists the anonymised codes of the families who attended it (see {@link FamilyCodes}).
 */
public record PracticumEntry(
        LocalDate date,
        Setting setting,
        int programme,
        int sessionNumber,
        List<String> familyCodes,
        String reflection,
        String parentFeedback)
        implements Serializable, Practicum.Delivered {

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
    public Map<String, Text> problems(LocalDate today) {
        Map<String, Text> problems = new LinkedHashMap<>();
        if (date == null) {
            problems.put("date", Text.of("practicum.date.required"));
        } else if (date.isAfter(today)) {
            problems.put("date", Text.of("practicum.date.future"));
        } else if (date.isBefore(today.minusYears(3))) {
            problems.put("date", Text.of("practicum.date.tooOld"));
        }
        if (setting == null) {
            problems.put("setting", Text.of("practicum.setting.required"));
        }
        if (programme < 1 || programme > MAX_PROGRAMME) {
            problems.put("programme", FamilyCodes.text("practicum.programme.range", MAX_PROGRAMME));
        }
        if (sessionNumber < 1 || sessionNumber > 20) {
            problems.put("sessionNumber", Text.of("practicum.sessionNumber.range"));
        }
        FamilyCodes.problem(familyCodes).ifPresent(p -> problems.put("familyCodes", p));
        String r = reflection == null ? "" : reflection.strip();
        if (r.length() < MIN_REFLECTION) {
            problems.put("reflection", Text.of("practicum.reflection.tooShort", MIN_REFLECTION));
        } else if (r.length() > MAX_TEXT) {
            problems.put("reflection", Text.of("practicum.reflection.tooLong", MAX_TEXT));
        }
        String f = parentFeedback == null ? "" : parentFeedback.strip();
        if (f.isEmpty()) {
            problems.put("parentFeedback", Text.of("practicum.parentFeedback.required"));
        } else if (f.length() > MAX_TEXT) {
            problems.put("parentFeedback", Text.of("practicum.parentFeedback.tooLong", MAX_TEXT));
        }
        return problems;
    }
}
