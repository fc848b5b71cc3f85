package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.attune.audit.AuditLog;

/**
 * The short database writes around a sign-in, each in a transaction of its own so that no lock is held while the
 * password is hashed: many people signing in at once from one address (a family hub's network) must not queue
 * behind each other's hashing.
 */
@ApplicationScoped
public class SignInRecords {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /** Whether a throttle key is paused now; reads without locking. */
    public boolean isLocked(String key, Instant now) {
        SignInThrottle throttle = em.find(SignInThrottle.class, key);
        return throttle != null && throttle.isLocked(now);
    }

    /** Counts a failure against a key (creating its row on the first failure) and returns the updated throttle. */
    @Transactional
    public SignInThrottle recordFailure(String key, Instant now, int threshold) {
        SignInThrottle throttle = em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new SignInThrottle(key, now);
            em.persist(throttle);
        }
        throttle.recordFailure(now, threshold);
        return throttle;
    }

    /** After a successful sign-in: forgets the account's failures, stores a rehashed password if any, audits. */
    @Transactional
    public void recordSuccess(long personId, String email, String accountKey, String newHash) {
        em.createQuery("delete from SignInThrottle t where t.key = :key").setParameter("key", accountKey)
                .executeUpdate();
        if (newHash != null) {
            em.find(Person.class, personId).setPasswordHash(newHash);
        }
        audit.record(String.valueOf(personId), "SIGN_IN", email, null);
    }
}
