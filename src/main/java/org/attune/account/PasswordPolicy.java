package org.attune.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The password rules of OWASP ASVS 5.0: at least 12 characters, up to 128 (spaces and any Unicode allowed), no
 * composition rules, and not one of the commonly used passwords shipped in {@code common-passwords.txt}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    public static final String TOO_SHORT = text("person.password.tooShort", MIN_LENGTH);
    public static final String TOO_LONG = text("person.password.tooLong", MAX_LENGTH);
    public static final String TOO_COMMON = text("person.password.tooCommon");
    public static final String SAME_AS_EMAIL = text("person.password.sameAsEmail");
    public static final String ONLY_SPACES = text("person.password.onlySpaces");

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** The reason the password is not acceptable, or empty when it is. */
    public static Optional<String> problemWith(String password, String email) {
        if (password != null && !password.isEmpty() && password.codePoints().allMatch(PasswordPolicy::isSpace)) {
            return Optional.of(ONLY_SPACES);
        }
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
        if (isEmailOrItsLocalPart(lower.strip(), email)) {
            return Optional.of(SAME_AS_EMAIL);
        }
        return Optional.empty();
    }

    /** The whole address or the part before its last {@code @}, ignoring case and surrounding spaces. */
    private static boolean isEmailOrItsLocalPart(String lowerPassword, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        return lowerPassword.equals(address) || at > 0 && lowerPassword.equals(address.substring(0, at));
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static String text(String key, Object... arguments) {
        String pattern =
                ResourceBundle.getBundle("org.attune.i18n.messages", Locale.UK).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(arguments);
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
