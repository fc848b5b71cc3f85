package org.attune.platform.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;
import org.attune.platform.outbox.OutboxEntry;
import org.attune.platform.outbox.OutboxRules;

/**
 * One message Attune sends, written in the transaction that decides to send it (a transactional outbox). With an
 * SMTP server configured it is delivered after that transaction commits, retried with growing pauses while the
 * server cannot take it, and its body is cleared once delivered; without one it is kept for administrators to read.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage extends OutboxEntry<OutboxMessage.State> {

    /** Attempts before a message is given up as failed (about nine hours of retrying with the pauses below). */
    static final int MAX_ATTEMPTS = 10;

    /** How long a node may take to hand a claimed message to the SMTP server before another node may try. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    /** Pauses of 1, 2, 4, ... minutes between attempts, at most two hours. */
    static final OutboxRules<State> RULES = new OutboxRules<>(
            State.PENDING,
            State.SENDING,
            State.SENT,
            State.FAILED,
            MAX_ATTEMPTS,
            CLAIM,
            Duration.ofMinutes(1),
            Duration.ofHours(2));

    /** Where a message is on its way out. */
    public enum State {
        /** No SMTP server is configured: kept for administrators to read. */
        KEPT,
        /** Waiting for its next attempt. */
        PENDING,
        /** Claimed by a node that is handing it to the SMTP server. */
        SENDING,
        /** Handed to the SMTP server. */
        SENT,
        /** Every attempt failed; an administrator can try again. */
        FAILED
    }

    @Getter
    private String recipient;

    @Getter
    private String subject;

    @Getter
    @Lob
    private String body;

    @Enumerated(EnumType.STRING)
    private State state;

    @Getter
    private Instant sentAt;

    protected OutboxMessage() {
        // for JPA
    }

    private OutboxMessage(String recipient, String subject, String body, Instant createdAt, State state) {
        super(createdAt, state == State.PENDING ? createdAt : null);
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.state = state;
    }

    /** A message to deliver through the SMTP server once the transaction that writes it commits. */
    public static OutboxMessage toDeliver(String recipient, String subject, String body, Instant now) {
        return new OutboxMessage(recipient, subject, body, now, State.PENDING);
    }

    /** A message kept for administrators to read, because no SMTP server is configured. */
    public static OutboxMessage toKeep(String recipient, String subject, String body, Instant now) {
        return new OutboxMessage(recipient, subject, body, now, State.KEPT);
    }

    @Override
    protected OutboxRules<State> rules() {
        return RULES;
    }

    @Override
    protected void moveTo(State next) {
        state = next;
    }

    /** The SMTP server took the message: its body is not kept. */
    void delivered(Instant now) {
        markDone();
        sentAt = now;
        body = "";
    }

    /** The attempt failed: try again after a pause that doubles each time, or give up after the last attempt. */
    void attemptFailed(Instant now, String error) {
        markAttemptFailed(now, error);
    }

    /** An administrator tries a failed message again: it gets a fresh set of attempts, starting now. */
    void tryAgain(Instant now) {
        markStartedAgain(now);
    }

    /**
     * Whether administrators may read the body: only of mail kept because no SMTP server is configured. Mail on its
     * way to someone's inbox (a password-reset link, say) is for its recipient.
     */
    public boolean isReadable() {
        return state == State.KEPT;
    }

    @Override
    public State getState() {
        return state;
    }
}
