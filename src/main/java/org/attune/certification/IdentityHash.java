package org.attune.certification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The Open Badges 3.0 {@code IdentityHash} of a holder's name: {@code sha256$} followed by the lower-case hex SHA-256
 * of the UTF-8 bytes of the name and then the salt, concatenated. The name is taken as printed on the certificate,
 * in Unicode NFC with runs of white space as one space and none at either end, so that a verifier who types the
 * name the holder offers, and appends the credential's {@code salt}, gets the same hash. Case counts.
 */
public final class IdentityHash {

    private static final String PREFIX = "sha256$";
    private static final int SALT_BYTES = 16;

    private IdentityHash() {}

    /** A new random salt: 16 bytes as hex, so that the hash of a common name cannot be looked up in a table. */
    public static String newSalt(SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** The name as it is hashed. */
    public static String normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    public static String of(String name, String salt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((normalise(name) + salt).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
