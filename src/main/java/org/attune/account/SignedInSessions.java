package org.attune.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;

/**
 * What a signed-in session keeps: the person's id and when it signed in, which is compared with the person's last
 * password change on every request (the session is replicated, so this holds on every node of a cluster).
 */
public final class SignedInSessions {

    static final String PERSON = "attune.personId";
    static final String SIGNED_IN_AT = "attune.credentialsCheckedAt";
    /** When the session signed in, for the absolute session limit; not moved by a password change. */
    public static final String STARTED_AT = "attune.signedInAt";

    private SignedInSessions() {}

    static void signIn(HttpServletRequest request, long personId, Instant now) {
        HttpSession session = request.getSession(true);
        session.setAttribute(PERSON, personId);
        session.setAttribute(SIGNED_IN_AT, now.toEpochMilli());
    }

    /** Records when this session signed in, from which its absolute time limit runs. */
    public static void markStarted(HttpServletRequest request) {
        request.getSession(true).setAttribute(STARTED_AT, Instant.now().toEpochMilli());
    }

    static Instant signedInAt(HttpSession session) {
        return session.getAttribute(SIGNED_IN_AT) instanceof Long millis ? Instant.ofEpochMilli(millis) : null;
    }

    /**
     * After this session changed a password: it stays signed in, under a new session id and with the sign-in time
     * moved to {@code now}, while every other session of the person ends.
     */
    public static void keepAfterPasswordChange(HttpServletRequest request, Instant now) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PERSON) != null) {
            request.changeSessionId();
            session.setAttribute(SIGNED_IN_AT, now.toEpochMilli());
        }
    }
}
