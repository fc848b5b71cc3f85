package org.attune.platform.outbox;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * An outbox's steps on its table, for the bean that owns it: which rows are due, and claiming or finishing one under
 * its row lock, so two nodes never claim the same row. The owning bean runs each claim and each outcome in a
 * transaction of its own, so none is open while the receiver is talked to.
 *
 * @param <E> the outbox's entity
 * @param <S> its state type
 */
public abstract class OutboxTable<E extends OutboxEntry<S>, S extends Enum<S>> {

    private final Class<E> type;
    private final OutboxRules<S> rules;

    @PersistenceContext(unitName = "attune")
    protected EntityManager em;

    @Inject
    protected Clock clock;

    protected OutboxTable(Class<E> type, OutboxRules<S> rules) {
        this.type = type;
        this.rules = rules;
    }

    /** The ids of the rows due for an attempt now (waiting, or left claimed past their claim), oldest first. */
    @Transactional
    public List<Long> due(int max) {
        String entity = em.getMetamodel().entity(type).getName();
        return em.createQuery(
                        "select e.id from " + entity + " e where (e.state = :pending and e.nextAttemptAt <= :now)"
                                + " or (e.state = :sending and e.claimedUntil < :now) order by e.id",
                        Long.class)
                .setParameter("pending", rules.pending())
                .setParameter("sending", rules.sending())
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    /** The row, locked and claimed for one attempt, if it exists and is due. */
    protected Optional<E> claimed(long id) {
        return Optional.ofNullable(em.find(type, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(entry -> entry.claim(clock.instant()));
    }

    /** The row, locked, if it is still being sent (another node may have taken over a lapsed claim and ended it). */
    protected Optional<E> whileSending(long id) {
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
