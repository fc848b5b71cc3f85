package org.attune.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A certificate number people can read out and type: {@code ATT-XXXX-XXXX-XXXX-C}, twelve random symbols of
 * Crockford's base-32 alphabet (no I, L, O or U; 60 random bits) and a check symbol (Luhn mod 32) that catches any
 * single mistyped symbol and most swapped neighbours. Reading is forgiving: case, spaces, missing dashes, and O, I
 * and L typed for 0 and 1 are all accepted.
 */
@Embeddable
public class CertificateNumber implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int SYMBOLS = 12;
    private static final String PREFIX = "ATT";

    /** The longest text read as a typed number: a number is 20 characters; people add spaces, dashes, a prefix. */
    public static final int MAX_TYPED = 64;

    @Column(name = "cert_number", nullable = false, unique = true)
    private String value;

    protected CertificateNumber() {
        // for JPA
    }

    /** What people put between the groups when they type a number. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_.]");

    private CertificateNumber(String value) {
        this.value = value;
    }

    /** What reading a typed number gave. */
    public enum Problem {
        /** Not the shape of a certificate number at all. */
        MALFORMED,
        /** The shape is right but the check symbol does not match: a symbol was mistyped. */
        MISTYPED
    }

    /** A number, or why the text is not one. */
    public record Parsed(Optional<CertificateNumber> number, Problem problem) {}

    public static CertificateNumber random(SecureRandom random) {
        StringBuilder symbols = new StringBuilder(SYMBOLS);
        for (int i = 0; i < SYMBOLS; i++) {
            symbols.append(ALPHABET.charAt(random.nextInt(32)));
        }
        return new CertificateNumber(format(symbols + String.valueOf(check(symbols))));
    }

    /** A number as stored (already checked when it was issued), read back by a projection query. */
    static CertificateNumber stored(String value) {
        return new CertificateNumber(value);
    }

    /**
     * The typed text as the last segment of the page address {@code /verify/{number}}, URL-encoded; text longer than
     * any number written with spaces could be (or blank) becomes {@code -}, which the page shows as "not a
     * certificate number", so a megabyte typed into the box is never echoed into a {@code Location} header.
     */
    public static String addressSegment(String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty() || value.length() > MAX_TYPED) {
            return "-";
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static Parsed parse(String text) {
        if (text == null) {
            return new Parsed(Optional.empty(), Problem.MALFORMED);
        }
        String s = SEPARATORS.matcher(text.toUpperCase(Locale.ROOT)).replaceAll("");
        if (s.startsWith(PREFIX)) {
            s = s.substring(PREFIX.length());
        }
        s = s.replace('O', '0').replace('I', '1').replace('L', '1');
        if (s.length() != SYMBOLS + 1 || !s.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return new Parsed(Optional.empty(), Problem.MALFORMED);
        }
        if (check(s.substring(0, SYMBOLS)) != s.charAt(SYMBOLS)) {
            return new Parsed(Optional.empty(), Problem.MISTYPED);
        }
        return new Parsed(Optional.of(new CertificateNumber(format(s))), null);
    }

    /** Luhn mod 32 over the symbols: the symbol that makes the whole sequence check. */
    static char check(CharSequence symbols) {
        int factor = 2;
        int sum = 0;
        for (int i = symbols.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(symbols.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        return ALPHABET.charAt((32 - sum % 32) % 32);
    }

    private static String format(String s) {
        return PREFIX + "-" + s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-"
                + s.substring(12);
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CertificateNumber n && n.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }
}
