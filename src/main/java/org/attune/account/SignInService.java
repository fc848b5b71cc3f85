package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.attune.audit.AuditLog;

/**
 * Checks a sign-in attempt: throttling first (per account and per client address, counted in the database), then
 * the password. Every outcome is audited; a password hashed at an older work factor is rehashed on success.
 */
@ApplicationScoped
public class SignInService {

    /** Failures on one account before it is paused. */
    public static final int ACCOUNT_THRESHOLD = 5;
    /** Failures from one client address (any accounts) before it is paused; high, since families share addresses. */
    public static final int ADDRESS_THRESHOLD = 50;

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private SignInRecords records;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    private final PasswordHasher hasher = new PasswordHasher();

    /**
     * Checks one attempt. The throttles are read without locks and the password is verified outside any
     * transaction; only the short writes afterwards lock a row.
     */
    public SignInOutcome signIn(String rawEmail, char[] password, String clientAddress) {
        Instant now = clock.instant();
        String email = Person.normaliseEmail(rawEmail == null ? "" : rawEmail);
        String accountKey = SignInThrottle.forAccount(email);
        String addressKey = SignInThrottle.forAddress(clientAddress);
        if (records.isLocked(accountKey, now) || records.isLocked(addressKey, now)) {
            audit.record(null, "SIGN_IN_REFUSED", email, "paused after repeated failures");
            return SignInOutcome.throttled();
        }
        Person person = findByEmail(email);
        boolean valid;
        if (person == null || !person.canSignIn()) {
            hasher.verifyNothing(password);
            valid = false;
        } else {
            valid = hasher.verify(password, person.passwordHash());
        }
        if (!valid) {
            SignInThrottle account = recordFailure(accountKey, now, ACCOUNT_THRESHOLD);
            recordFailure(addressKey, now, ADDRESS_THRESHOLD);
            audit.record(null, "SIGN_IN_FAILED", email, null);
            if (account.isLocked(now)) {
                audit.record(null, "ACCOUNT_LOCKED_OUT", email, "until " + account.lockedUntil());
                LOG.info(() -> "Sign-in paused for an account after " + account.failures() + " failures");
            }
            return SignInOutcome.invalid();
        }
        String newHash = hasher.needsRehash(person.passwordHash()) ? hasher.hash(password) : null;
        records.recordSuccess(person.id(), email, accountKey, newHash);
        return SignInOutcome.signedIn(person);
    }

    /** Two first failures for one key at once both insert its row; the loser counts again on the winner's row. */
    private SignInThrottle recordFailure(String key, Instant now, int threshold) {
        try {
            return records.recordFailure(key, now, threshold);
        } catch (RuntimeException firstInsertRace) {
            return records.recordFailure(key, now, threshold);
        }
    }

    Person findByEmail(String email) {
        List<Person> found = em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", email).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
