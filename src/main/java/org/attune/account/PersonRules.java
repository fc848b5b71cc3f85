package org.attune.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules for a person's e-mail address and name, kept apart from the {@link Person} entity so that the operator's
 * command ({@code account.cli}), which runs on the WAR's classes without Payara's EclipseLink, checks them the same
 * way: entities are woven at build time and cannot be loaded there.
 */
public final class PersonRules {

    public static final int MAX_EMAIL = 320;
    public static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private PersonRules() {}

    /** E-mail addresses are compared without regard to case or surrounding spaces. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValidEmail(String email) {
        return email != null
                && email.length() <= MAX_EMAIL
                && EMAIL.matcher(email).matches();
    }

    /** Whether a name can be a person's: not blank, at most {@link #MAX_NAME} characters once stripped. */
    public static boolean isValidName(String name) {
        return name != null && !name.isBlank() && name.strip().length() <= MAX_NAME;
    }
}
