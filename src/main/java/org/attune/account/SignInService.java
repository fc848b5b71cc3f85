package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.attune.audit.AuditLog;

/**
 * Checks a sign-in attempt: throttling first (per account and address pair, per account, per client address, counted
 * in the database; see {@link SignInPauses}), then the password, a few at a time ({@link HashingGate}). Every outcome is audited; a password hashed at an
 * older work factor is rehashed on success.
 */
@ApplicationScoped
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private SignInRecords records;

    @Inject
    private KnownDevices devices;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    private final PasswordHasher hasher = new PasswordHasher();

    private final HashingGate hashing = HashingGate.forThisMachine();

    /** An attempt from a browser without a known-device cookie. */
    public SignInOutcome signIn(String rawEmail, char[] password, String clientAddress) {
        return signIn(rawEmail, password, clientAddress, null);
    }

    /**
     * Checks one attempt; {@code deviceToken} is the known-device cookie's token, if the browser sent one. The
     * throttles are read without locks and the password is verified outside any transaction; only the short writes
     * afterwards lock a row.
     */
    public SignInOutcome signIn(String rawEmail, char[] password, String clientAddress, String deviceToken) {
        Instant now = clock.instant();
        String email = PersonRules.normaliseEmail(rawEmail == null ? "" : rawEmail);
        String pairKey = SignInThrottle.forPair(email, clientAddress);
        String accountKey = SignInThrottle.forAccount(email);
        String addressKey = SignInThrottle.forAddress(clientAddress);
        Person person = findByEmail(email);
        boolean knownDevice = person != null && devices.recognises(deviceToken, person.id());
        if (SignInPauses.paused(
                records.find(pairKey), records.find(accountKey), records.find(addressKey), knownDevice, now)) {
            audit.record(null, "SIGN_IN_REFUSED", email, "paused after repeated failures");
            return SignInOutcome.throttled();
        }
        boolean valid = hashing.through(() -> {
            if (person == null || !person.canSignIn()) {
                hasher.verifyNothing(password);
                return false;
            }
            return hasher.verify(password, person.passwordHash());
        });
        if (!valid) {
            SignInThrottle pair = records.recordFailure(pairKey, now, SignInPauses.PAIR_THRESHOLD);
            SignInThrottle account = records.recordFailure(accountKey, now, SignInPauses.ACCOUNT_THRESHOLD);
            SignInThrottle address = records.recordFailure(addressKey, now, SignInPauses.ADDRESS_THRESHOLD);
            audit.record(null, "SIGN_IN_FAILED", email, null);
            auditPause(pair, now, email, () -> "this address until " + pair.lockedUntil());
            auditPause(account, now, email, () -> "addresses failing for it until " + account.lockedUntil());
            if (address.isLocked(now)) {
                LOG.info(() -> "Sign-in paused for a client address after " + address.failures() + " failures");
            }
            return SignInOutcome.invalid();
        }
        String newHash =
                hasher.needsRehash(person.passwordHash()) ? hashing.through(() -> hasher.hash(password)) : null;
        records.recordSuccess(person.id(), email, pairKey, now, newHash);
        return SignInOutcome.signedIn(person);
    }

    private void auditPause(SignInThrottle throttle, Instant now, String email, Supplier<String> detail) {
        if (throttle.isLocked(now)) {
            audit.record(null, "ACCOUNT_LOCKED_OUT", email, detail.get());
            LOG.info(() -> "Sign-in paused for "
                    + throttle.key().substring(0, throttle.key().indexOf(':')) + " after " + throttle.failures()
                    + " failures");
        }
    }

    Person findByEmail(String email) {
        List<Person> found = em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", email)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
