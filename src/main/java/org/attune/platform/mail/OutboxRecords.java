package org.attune.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.attune.platform.outbox.OutboxTable;

/**
 * The outbox's steps for {@link MailDelivery} (and the retention job's forgetting), each in a transaction of its own,
 * so that no transaction is open while the SMTP server is talked to. Claims take the row lock, so two nodes never
 * claim the same message.
 */
@ApplicationScoped
public class OutboxRecords extends OutboxTable<OutboxMessage, OutboxMessage.State> {

    /** What is needed to hand a claimed message to the SMTP server. */
    public record Envelope(String to, String subject, String body) {}

    public OutboxRecords() {
        super(OutboxMessage.class, OutboxMessage.RULES);
    }

    /** Claims the message for one attempt if it is due (and nobody else holds it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Envelope> claim(long id) {
        return claimed(id)
                .map(message -> new Envelope(message.getRecipient(), message.getSubject(), message.getBody()));
    }

    /** The SMTP server took the message. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(long id) {
        whileSending(id).ifPresent(m -> m.delivered(clock.instant()));
    }

    /** The attempt failed: the message waits for its next one, or is given up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void attemptFailed(long id, String error) {
        whileSending(id).ifPresent(m -> m.attemptFailed(clock.instant(), error));
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
