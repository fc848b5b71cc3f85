package org.attune.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One message Attune sends, written in the transaction that decides to send it (a transactional outbox). With an
 * SMTP server configured it is delivered after that transaction commits, retried with growing pauses while the
 * server cannot take it, and its body is cleared once delivered; without one it is kept for administrators to read.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage {

    /** Attempts before a message is given up as failed (about nine hours of retrying with the pauses below). */
    static final int MAX_ATTEMPTS = 10;

    /** How long a node may take to hand a claimed message to the SMTP server before another node may try. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    private static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(2);

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

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient", nullable = false, length = 320)
    private String recipient;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Lob
    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private State state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutboxMessage() {
        // for JPA
    }

    private OutboxMessage(String recipient, String subject, String body, Instant createdAt, State state) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.state = state;
        this.nextAttemptAt = state == State.PENDING ? createdAt : null;
    }

    /** A message to deliver through the SMTP server once the transaction that writes it commits. */
    public static OutboxMessage toDeliver(String recipient, String subject, String body, Instant now) {
        return new OutboxMessage(recipient, subject, body, now, State.PENDING);
    }

    /** A message kept for administrators to read, because no SMTP server is configured. */
    public static OutboxMessage toKeep(String recipient, String subject, String body, Instant now) {
        return new OutboxMessage(recipient, subject, body, now, State.KEPT);
    }

    /**
     * Claims the message for one attempt, if it is due: waiting for an attempt that is due now, or claimed by a node
     * that has not finished within its claim (it probably stopped). Callers hold the row lock while claiming, so two
     * nodes never claim the same message.
     */
    boolean claim(Instant now) {
        boolean due = state == State.PENDING && !nextAttemptAt.isAfter(now)
                || state == State.SENDING && claimedUntil.isBefore(now);
        if (!due) {
            return false;
        }
        state = State.SENDING;
        attempts++;
        claimedUntil = now.plus(CLAIM);
        return true;
    }

    /** The SMTP server took the message: its body is not kept. */
    void delivered(Instant now) {
        requireState(State.SENDING);
        state = State.SENT;
        sentAt = now;
        body = "";
        claimedUntil = null;
        nextAttemptAt = null;
        lastError = null;
    }

    /** The attempt failed: try again after a pause that doubles each time, or give up after the last attempt. */
    void attemptFailed(Instant now, String error) {
        requireState(State.SENDING);
        claimedUntil = null;
        lastError = error == null || error.isBlank()
                ? "unknown error"
                : error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= MAX_ATTEMPTS) {
            state = State.FAILED;
            nextAttemptAt = null;
        } else {
            state = State.PENDING;
            nextAttemptAt = now.plus(pauseAfter(attempts));
        }
    }

    /** The pause before the next attempt after this many: 1, 2, 4, ... minutes, at most two hours. */
    static Duration pauseAfter(int attempts) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    /** An administrator tries a failed message again: it gets a fresh set of attempts, starting now. */
    void tryAgain(Instant now) {
        requireState(State.FAILED);
        state = State.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    private void requireState(State expected) {
        if (state != expected) {
            throw new IllegalStateException("Message " + id + " is " + state + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    /**
     * Whether administrators may read the body: only of mail kept because no SMTP server is configured. Mail on its
     * way to someone's inbox (a password-reset link, say) is for its recipient.
     */
    public boolean isReadable() {
        return state == State.KEPT;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public State getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
