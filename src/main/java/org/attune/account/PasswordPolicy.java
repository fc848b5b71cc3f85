package org.attune.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The password rules of OWASP ASVS 5.0: at least 12 characters, up to 128 (spaces and any Unicode allowed), no
 * composition rules, and not one of the commonly used passwords shipped in {@code common-passwords.txt}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    public static final String TOO_SHORT = "Use at least " + MIN_LENGTH + " characters. A few unrelated words make a "
            + "password that is long and easy to remember.";
    public static final String TOO_LONG = "Use at most " + MAX_LENGTH + " characters.";
    public static final String TOO_COMMON = "This password is one of the most commonly used ones, so it is easy to "
            + "guess. Choose another.";
    public static final String SAME_AS_EMAIL = "Your password must not be your e-mail address.";

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The reason the password is not acceptable, or empty when it is. */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(TOO_SHORT);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of(TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of(TOO_COMMON);
        }
        if (email != null && lower.equals(email.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of(SAME_AS_EMAIL);
        }
        return Optional.empty();
    }

    static int commonPasswordCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(60_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
