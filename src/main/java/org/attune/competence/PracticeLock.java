package org.attune.competence;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.attune.account.PersonLock;

/**
 * Serialises the two changes to one trainee's observed practice that read each other: a sign-off (which reads the
 * observations) and an observation save (which reads whether a sign-off is in force). Each takes the row lock on the
 * trainee's {@code person} row (account's {@link PersonLock}) with the first statements of its transaction, so the
 * second waits for the first to commit, and only then takes its snapshot for the reads that follow (InnoDB fixes a
 * transaction's snapshot at its first plain read, not at a locking one).
 */
final class PracticeLock {

    private PracticeLock() {}

    /** Holds the lock for this trainee until the transaction ends. */
    static void trainee(EntityManager em, long traineeId) {
        PersonLock.hold(em, traineeId);
    }

    /** Holds the lock for the trainee whose session this is, and says who that is (empty: no such session). */
    static Optional<Long> traineeOfSession(EntityManager em, long sessionId) {
        List<?> trainee = em.createNativeQuery("SELECT person_id FROM practicum_session WHERE id = ? FOR UPDATE")
                .setParameter(1, sessionId)
                .getResultList(); // a locking read: it does not fix the snapshot
        Optional<Long> traineeId = trainee.stream().findFirst().map(id -> ((Number) id).longValue());
        traineeId.ifPresent(id -> PersonLock.hold(em, id));
        return traineeId;
    }
}
