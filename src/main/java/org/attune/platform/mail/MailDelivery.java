package org.attune.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attune.platform.outbox.OutboxTable;

/**
 * Hands outbox messages to the SMTP server, called every few seconds by {@link MailRounds}: each message that is due
 * (written by a transaction that committed, due again after a failed attempt, or left claimed by a node that
 * stopped). A message is claimed before it is sent, so it goes out once even with several nodes; only a node that
 * stops between handing it over and recording that can make it go twice.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    /** At most this many messages in one round; the rest wait for the next one. */
    static final int ROUND = 200;

    @Inject
    private OutboxRecords records;

    @Inject
    private SmtpServer smtp;

    /** Attempts every message that is due now; returns how many the SMTP server took. */
    public int deliverDue() {
        if (!smtp.configured()) {
            return 0;
        }
        return OutboxTable.deliverEach(records.due(ROUND), this::deliver);
    }

    /** One attempt at one message, if it is due and no one else is sending it; returns whether it was delivered. */
    public boolean deliver(long id) {
        return records.claim(id).map(mail -> send(id, mail)).orElse(false);
    }

    private boolean send(long id, OutboxRecords.Envelope mail) {
        try {
            smtp.send(mail.to(), mail.subject(), mail.body());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not send mail {0} \"{1}\": {2}", new Object[] {
                id, mail.subject(), e.getMessage()
            });
            records.attemptFailed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
        records.delivered(id);
        return true;
    }
}
