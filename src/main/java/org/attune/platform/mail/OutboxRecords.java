package org.attune.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.attune.platform.outbox.OutboxRows;

/**
 * The outbox's steps for {@link MailDelivery} (and the retention job's forgetting), each in a transaction of its own,
 * so that no transaction is open while the SMTP server is talked to. Claims take the row lock, so two nodes never
 * claim the same message.
 */
@ApplicationScoped
public class OutboxRecords {

    /** What is needed to hand a claimed message to the SMTP server. */
    public record Envelope(String to, String subject, String body) {}

    private static final OutboxRows<OutboxMessage, OutboxMessage.State> ROWS =
            new OutboxRows<>(OutboxMessage.class, OutboxMessage.RULES);

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The messages due for an attempt now, oldest first. */
    @Transactional
    public List<Long> due(int max) {
        return ROWS.due(em, clock.instant(), max);
    }

    /** Claims the message for one attempt if it is due (and nobody else holds it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Envelope> claim(long id) {
        return ROWS.claim(em, id, clock.instant())
                .map(message -> new Envelope(message.getRecipient(), message.getSubject(), message.getBody()));
    }

    /** The SMTP server took the message. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(long id) {
        ROWS.whileSending(em, id).ifPresent(m -> m.delivered(clock.instant()));
    }

    /** The attempt failed: the message waits for its next one, or is given up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void attemptFailed(long id, String error) {
        ROWS.whileSending(em, id).ifPresent(m -> m.attemptFailed(clock.instant(), error));
    }

    /**
     * Forgets delivered messages sent before this time (their bodies are already gone); returns how many. Called by
     * the retention job, which holds the schedule.
     */
    @Transactional
    public int forgetDeliveredBefore(Instant before) {
        return em.createQuery("delete from OutboxMessage m where m.state = :sent and m.sentAt < :before")
                .setParameter("sent", OutboxMessage.State.SENT)
                .setParameter("before", before)
                .executeUpdate();
    }
}
