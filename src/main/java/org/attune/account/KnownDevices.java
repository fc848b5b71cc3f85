package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.attune.platform.Secrets;

/**
 * Known-device cookies: set at a successful sign-in, they let the owner's browser sign in while their account or
 * their address is paused by someone else's failures. The cookie holds a random token; the database only its hash.
 */
@ApplicationScoped
public class KnownDevices {

    static final String COOKIE = "attune_device";

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** How long the cookie, and the device's row, last after a sign-in (stated on the privacy notice). */
    public static Duration lifetime() {
        return KnownDevice.LIFETIME;
    }

    /** The token the request's cookie carries, or null. */
    public static String presented(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .filter(v -> v != null && !v.isBlank() && v.length() <= 100)
                .findFirst()
                .orElse(null);
    }

    /** Whether a token is a valid known-device token for the person; reads without locking. */
    public boolean recognises(String token, long personId) {
        if (token == null) {
            return false;
        }
        KnownDevice device = em.find(KnownDevice.class, Secrets.sha256Hex(token));
        return device != null && device.vouchesFor(personId, clock.instant());
    }

    /** Stores a new token for the person and returns it, for the cookie. */
    @Transactional
    public String issue(long personId) {
        String token = Secrets.randomToken();
        em.persist(new KnownDevice(Secrets.sha256Hex(token), personId, clock.instant()));
        return token;
    }

    /** At a successful sign-in: sets a cookie for a new token unless the browser already has a valid one. */
    @Transactional
    public void remember(HttpServletRequest request, HttpServletResponse response, long personId, boolean https) {
        if (recognises(presented(request), personId)) {
            return;
        }
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader(
                "Set-Cookie",
                COOKIE + "=" + issue(personId) + "; Path=" + path + "; Max-Age=" + KnownDevice.LIFETIME.toSeconds()
                        + "; HttpOnly; SameSite=Lax" + (https ? "; Secure" : ""));
    }

    /** Forgets every known device of the person (a password reset); in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeAll(long personId) {
        em.createQuery("delete from KnownDevice d where d.personId = :p")
                .setParameter("p", personId)
                .executeUpdate();
    }
}
