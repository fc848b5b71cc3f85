package org.attune.webhooks;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.attune.platform.outbox.OneRoundAtATime;

/**
 * Every five seconds, on every node, sends the webhook deliveries that are due (as {@code MailRounds} does for
 * mail): each delivery is claimed under a row lock, so each attempt is made by one node only however many run.
 * Outside any transaction, so no transaction waits for a receiver; a round still running is not overtaken. Daily,
 * forgets finished deliveries after 30 days.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookRounds {

    static final Duration KEEP = Duration.ofDays(30);

    private final OneRoundAtATime rounds = new OneRoundAtATime();

    @Inject
    private WebhookSender sender;

    @Inject
    private WebhookRecords records;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void deliverDue() {
        rounds.run(sender::deliverDue);
    }

    @Schedule(hour = "4", minute = "41", persistent = false)
    void forgetFinished() {
        records.forgetFinishedBefore(clock.instant().minus(KEEP));
    }
}
