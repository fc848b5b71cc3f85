package org.attune.platform.outbox;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * The outbox's steps on its table, for the bean that owns it: which rows are due, and claiming or finishing one under
 * its row lock (so two nodes never claim the same row). Callers run each step in a transaction of their own, so
 * none is open while the receiver is talked to.
 *
 * @param <E> the outbox's entity
 * @param <S> its state type
 */
public final class OutboxRows<E extends OutboxEntry<S>, S extends Enum<S>> {

    private final Class<E> type;
    private final OutboxRules<S> rules;

    public OutboxRows(Class<E> type, OutboxRules<S> rules) {
        this.type = type;
        this.rules = rules;
    }

    /** The ids of the rows due for an attempt now (waiting, or left claimed past their claim), oldest first. */
    public List<Long> due(EntityManager em, Instant now, int max) {
        String entity = em.getMetamodel().entity(type).getName();
        return em.createQuery(
                        "select e.id from " + entity + " e where (e.state = :pending and e.nextAttemptAt <= :now)"
                                + " or (e.state = :sending and e.claimedUntil < :now) order by e.id",
                        Long.class)
                .setParameter("pending", rules.pending())
                .setParameter("sending", rules.sending())
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** The row, locked and claimed for one attempt, if it exists and is due. */
    public Optional<E> claim(EntityManager em, long id, Instant now) {
        return Optional.ofNullable(em.find(type, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(entry -> entry.claim(now));
    }

    /** The row, locked, if it is still being sent (another node may have taken over a lapsed claim and ended it). */
    public Optional<E> whileSending(EntityManager em, long id) {
        return Optional.ofNullable(em.find(type, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(OutboxEntry::isSending);
    }

    /** One round: attempts each due row in turn (each attempt claims it first); returns how many were delivered. */
    public static int deliverEach(List<Long> due, LongPredicate deliver) {
        int delivered = 0;
        for (long id : due) {
            if (deliver.test(id)) {
                delivered++;
            }
        }
        return delivered;
    }
}
