package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import org.attune.audit.AuditActor;
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

    /** A throttle key's row, or null; reads without locking. */
    public SignInThrottle find(String key) {
        return em.find(SignInThrottle.class, key);
    }

    /** Counts a failure against a key (creating its row on the first failure) and returns the updated throttle. */
    @Transactional
    public SignInThrottle recordFailure(String key, Instant now, int threshold) {
        SignInThrottle throttle = lockedOrNew(key, now);
        throttle.recordFailure(now, threshold);
        return throttle;
    }

    /**
     * After a successful sign-in: forgets the pair's failures and remembers its success (the account's and the
     * address's counts stay: a success does not reset a guesser's count), stores a rehashed password if any, audits.
     */
    @Transactional
    public void recordSuccess(long personId, String email, String pairKey, Instant now, String newHash) {
        lockedOrNew(pairKey, now).recordSuccess(now);
        if (newHash != null) {
            em.find(Person.class, personId).setPasswordHash(newHash);
        }
        audit.record(AuditActor.person(personId), "SIGN_IN", email, null);
    }

    /**
     * The key's row, locked, created first if missing. The row is inserted before it is locked: a locking read of a
     * missing key takes a gap lock on InnoDB (MySQL and MariaDB, repeatable read), and two transactions that each hold
     * one and then insert deadlock (six people registering through one invitation at once did). An insert of a
     * missing key does not block another of a different key; one of an existing key leaves the row as it is.
     */
    private SignInThrottle lockedOrNew(String key, Instant now) {
        SignInThrottle fresh = new SignInThrottle(key, now);
        em.createNativeQuery("INSERT INTO sign_in_throttle (throttle_key, failures, last_failure_at, expires_at)"
                        + " VALUES (?, 0, ?, ?) ON DUPLICATE KEY UPDATE throttle_key = throttle_key")
                .setParameter(1, key)
                .setParameter(2, Timestamp.from(fresh.lastFailureAt()))
                .setParameter(3, Timestamp.from(fresh.expiresAt()))
                .executeUpdate();
        return em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Forgets every count kept for an account (its own and its pairs'), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetAccount(String email) {
        em.createQuery("delete from SignInThrottle t where t.key = :account or t.key like :pairs escape '!'")
                .setParameter("account", SignInThrottle.forAccount(email))
                .setParameter(
                        "pairs",
                        SignInThrottle.pairPrefix(email)
                                        .replace("!", "!!")
                                        .replace("%", "!%")
                                        .replace("_", "!_") + "%")
                .executeUpdate();
    }

    /** Deletes throttle rows and known devices past their expiry; returns how many rows went. */
    @Transactional
    public int deleteExpired(Instant now) {
        return em.createQuery("delete from SignInThrottle t where t.expiresAt < :now")
                        .setParameter("now", now)
                        .executeUpdate()
                + em.createQuery("delete from KnownDevice d where d.expiresAt < :now")
                        .setParameter("now", now)
                        .executeUpdate();
    }

    /**
     * Deletes throttle rows and known devices last used before {@code cutoff} (the retention schedule), whether or not
     * they have expired yet: a row's last failure and last success, a device's creation. Returns how many rows went.
     */
    @Transactional
    public int deleteUnusedSince(Instant cutoff) {
        return em.createQuery("delete from SignInThrottle t where t.lastFailureAt < :cutoff"
                                + " and (t.succeededAt is null or t.succeededAt < :cutoff)")
                        .setParameter("cutoff", cutoff)
                        .executeUpdate()
                + em.createQuery("delete from KnownDevice d where d.createdAt < :cutoff")
                        .setParameter("cutoff", cutoff)
                        .executeUpdate();
    }
}
