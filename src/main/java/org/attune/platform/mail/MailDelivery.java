package org.attune.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

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
        int delivered = 0;
        for (long id : records.due(ROUND)) {
            if (deliver(id)) {
                delivered++;
            }
        }
        return delivered;
    }

    /** One attempt at one message, if it is due and no one else is sending it; returns whether it was delivered. */
    public boolean deliver(long id) {
        Optional<OutboxRecords.Envelope> claimed = records.claim(id);
        if (claimed.isEmpty()) {
            return false;
        }
        OutboxRecords.Envelope mail = claimed.get();
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
