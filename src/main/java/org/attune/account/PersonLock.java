package org.attune.account;

import jakarta.persistence.EntityManager;

/**
 * The row lock on one person, for features that must serialise changes about that person (competence holds it while
 * a sign-off and an observation of the same trainee read each other). The lock is held until the caller's
 * transaction ends. Take it with a locking read only: InnoDB fixes a transaction's snapshot at its first plain read,
 * so a plain read before the lock would read what was there before the other transaction committed.
 */
public final class PersonLock {

    private PersonLock() {}

    /** Waits for, then holds, the lock on the person's row in the caller's transaction. */
    public static void hold(EntityManager em, long personId) {
        em.createNativeQuery("SELECT id FROM person WHERE id = ? FOR UPDATE")
                .setParameter(1, personId)
                .getResultList();
    }
}
