package org.attune.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Sends plain-text e-mail. A message is written to the outbox in the caller's transaction and, when an SMTP server
 * is configured, delivered by {@link MailDelivery} within seconds of that transaction committing: an action that rolls
 * back sends nothing, and a slow or stopped mail server never holds up or undoes the action. Without an SMTP server (the
 * embedded run mode) the message is kept in the outbox for administrators to read.
 */
@ApplicationScoped
public class MailService {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private SmtpServer smtp;

    @Inject
    private Clock clock;

    /** Whether mail leaves through SMTP (true) or is kept in the outbox (false). */
    public boolean smtpConfigured() {
        return smtp.configured();
    }

    /** Sends one message after the current transaction commits (or keeps it, without an SMTP server). */
    @Transactional
    public void send(String to, String subject, String body) {
        if (!smtp.configured()) {
            em.persist(OutboxMessage.toKeep(to, subject, body, clock.instant()));
            return;
        }
        em.persist(OutboxMessage.toDeliver(to, subject, body, clock.instant()));
    }

    /** The newest messages in the outbox. */
    /** How many messages have failed for good (every attempt used): an administrator's to-do. */
    public long failedCount() {
        return em.createQuery("select count(m) from OutboxMessage m where m.state = :s", Long.class)
                .setParameter("s", OutboxMessage.State.FAILED)
                .getSingleResult();
    }

    public List<OutboxMessage> outbox(int max) {
        return em.createQuery("select m from OutboxMessage m order by m.createdAt desc, m.id desc", OutboxMessage.class)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * An administrator tries a message again after every attempt failed.
     *
     * @return false if the message is not (or no longer) failed, so there is nothing to try
     */
    @Transactional
    public boolean tryAgain(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getState() != OutboxMessage.State.FAILED) {
            return false;
        }
        message.tryAgain(clock.instant());
        return true;
    }

    /** Deletes every message to this address, sent or not (erasure of its owner); in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetRecipient(String email) {
        return em.createQuery("delete from OutboxMessage m where m.recipient = :r")
                .setParameter("r", email)
                .executeUpdate();
    }
}
