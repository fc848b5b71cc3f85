package org.attune.competence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.attune.platform.Text;

/**
 * The anonymised codes a trainee gives the families of a programme (F1, F2 ... or just 1, 2 ...), so the same
 * families can be followed across its sessions without a name ever being stored. A code is at most one letter and a
 * number of up to three digits; anything else (a name, initials, an e-mail address, a phone number) is refused.
 */
public final class FamilyCodes {

    public static final int MAX_LENGTH = 5;
    public static final int MAX_FAMILIES = 30;

    private static final Pattern CODE = Pattern.compile("[A-Z]?-?[0-9]{1,3}");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    private FamilyCodes() {}

    /** A sentence of the en-GB bundle, rendered where it is shown (the rules can be tested without a page). */
    static Text text(String key, Object... arguments) {
        return Text.of(key, arguments);
    }

    /** The codes in the order typed, upper-cased; separated by commas, semicolons or spaces. */
    public static List<String> parse(String text) {
        List<String> codes = new ArrayList<>();
        if (text == null) {
            return codes;
        }
        for (String part : SEPARATORS.split(text.strip())) {
            if (!part.isEmpty()) {
                codes.add(part.toUpperCase(Locale.ROOT));
            }
        }
        return codes;
    }

    /** The codes joined as the form shows them. */
    public static String format(List<String> codes) {
        return String.join(", ", codes);
    }

    /** What is wrong with the codes of one session, or empty when they may be saved. */
    public static Optional<Text> problem(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Optional.of(text("practicum.familyCodes.required"));
        }
        if (codes.size() > MAX_FAMILIES) {
            return Optional.of(text("practicum.familyCodes.tooMany", MAX_FAMILIES));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String code : codes) {
            Optional<Text> wrong = problemWith(code);
            if (wrong.isPresent()) {
                return wrong;
            }
            if (!seen.add(code)) {
                return Optional.of(text("practicum.familyCodes.duplicate", code));
            }
        }
        return Optional.empty();
    }

    /** What is wrong with one code; the code itself is only echoed when it cannot identify anyone. */
    static Optional<Text> problemWith(String code) {
        if (code.contains("@")) {
            return Optional.of(text("practicum.familyCodes.email"));
        }
        if (code.chars().filter(Character::isDigit).count() >= 5 || code.startsWith("+")) {
            return Optional.of(text("practicum.familyCodes.phone"));
        }
        if (code.length() > MAX_LENGTH) {
            return Optional.of(text("practicum.familyCodes.tooLong", MAX_LENGTH));
        }
        if (!CODE.matcher(code).matches()) {
            return Optional.of(text("practicum.familyCodes.format"));
        }
        return Optional.empty();
    }
}
