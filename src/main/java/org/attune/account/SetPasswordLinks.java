package org.attune.account;

import org.attune.platform.Secrets;

/**
 * The one-time links with which a person chooses a password: the token, what is stored of it, and the link itself.
 * Kept apart from the {@link PasswordResetToken} entity so that the operator's command ({@code account.cli}), which
 * runs without Payara's EclipseLink, makes them the same way.
 */
public final class SetPasswordLinks {

    private SetPasswordLinks() {}

    /** A new random token: 256 bits, URL-safe. */
    public static String newToken() {
        return Secrets.randomToken();
    }

    /** What is stored instead of the token: its SHA-256, as lower-case hex. */
    public static String hash(String token) {
        return Secrets.sha256Hex(token);
    }

    /** The link that opens the page where the token's holder chooses a password. */
    public static String link(String baseUrl, String token) {
        return baseUrl.replaceAll("/+$", "") + "/password-choose?token=" + token;
    }
}
