package org.attune.platform.mail;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every minute, on every node: attempts the outbox messages that are due again, and forgets delivered ones after
 * 30 days. Outside any transaction, so that talking to the SMTP server holds none; a round still running when the
 * next minute comes is not overtaken.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailRounds {

    static final Duration KEEP_DELIVERED = Duration.ofDays(30);

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    private MailDelivery delivery;

    @Inject
    private OutboxRecords records;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            delivery.deliverDue();
            records.forgetDeliveredBefore(clock.instant().minus(KEEP_DELIVERED));
        } finally {
            running.set(false);
        }
    }
}
