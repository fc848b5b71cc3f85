package org.attune.platform.mail;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.attune.platform.outbox.OneRoundAtATime;

/**
 * Every five seconds, on every node: hands the outbox messages that are due to the SMTP server (new ones, and ones
 * due again after a failed attempt or left claimed by a node that stopped). Delivered messages are forgotten by the
 * daily retention job ({@code org.attune.retention}), which owns how long they are kept. Runs on the container's
 * timer threads, outside any transaction, so that talking to the SMTP server holds none and no user's request waits
 * for it; a round still running when the next one comes is not overtaken.
 *
 * <p>Why a short round and not a hand-off to a managed executor after each commit: Payara's managed executor, used
 * from a request's after-commit callback, mixed up the request's invocation context with the task's and closed the
 * request's entity manager while the request was using it (seen once in the integration tests).
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailRounds {

    private final OneRoundAtATime rounds = new OneRoundAtATime();

    @Inject
    private MailDelivery delivery;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void deliverDue() {
        rounds.run(delivery::deliverDue);
    }
}
