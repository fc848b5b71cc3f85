package org.attune.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;

/**
 * One row of a transactional outbox: written in the transaction that decides to send it, claimed for one attempt
 * at a time under its row lock, and retried after pauses that double (its {@link OutboxRules}) until it is done or
 * given up. The entity keeps its own {@code state} column and names; this class moves it between them.
 *
 * @param <S> the entity's state type
 */
@MappedSuperclass
public abstract class OutboxEntry<S extends Enum<S>> {

    /** The longest error kept, in characters (the {@code last_error} column's length). */
    public static final int ERROR_LENGTH = 500;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    private Instant createdAt;

    @Getter
    private int attempts;

    @Getter
    private Instant nextAttemptAt;

    private Instant claimedUntil;

    @Getter
    @Column(length = ERROR_LENGTH)
    private String lastError;

    protected OutboxEntry() {
        // for JPA
    }

    /** A new entry, written at this time and due at the second (null: not to be sent). */
    protected OutboxEntry(Instant createdAt, Instant firstAttemptAt) {
        this.createdAt = Objects.requireNonNull(createdAt);
        this.nextAttemptAt = firstAttemptAt;
    }

    /** The entity's rules: the same for every row of its table. */
    protected abstract OutboxRules<S> rules();

    public abstract S getState();

    /** Sets the entity's state column. */
    protected abstract void moveTo(S state);

    /**
     * Claims one attempt, if it is due: waiting for an attempt that is due now, or claimed by a node that has not
     * finished within its claim (it probably stopped). Callers hold the row lock while claiming, so two nodes never
     * claim the same entry.
     */
    public boolean claim(Instant now) {
        OutboxRules<S> rules = rules();
        S state = getState();
        boolean due = state == rules.pending() && !nextAttemptAt.isAfter(now)
                || state == rules.sending() && claimedUntil.isBefore(now);
        if (!due) {
            return false;
        }
        moveTo(rules.sending());
        attempts++;
        claimedUntil = now.plus(rules.claim());
        return true;
    }

    /** Whether a node is sending it (or was, and stopped before its claim lapsed). */
    public boolean isSending() {
        return getState() == rules().sending();
    }

    /** The attempt succeeded: done for good. */
    protected void markDone() {
        requireState(rules().sending());
        moveTo(rules().done());
        claimedUntil = null;
        nextAttemptAt = null;
        lastError = null;
    }

    /** The attempt failed: try again after a pause that doubles each time, or give up after the last attempt. */
    protected void markAttemptFailed(Instant now, String error) {
        OutboxRules<S> rules = rules();
        requireState(rules.sending());
        claimedUntil = null;
        lastError = error == null || error.isBlank()
                ? "unknown error"
                : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        if (attempts >= rules.maxAttempts()) {
            moveTo(rules.failed());
            nextAttemptAt = null;
        } else {
            moveTo(rules.pending());
            nextAttemptAt = now.plus(rules.pauseAfter(attempts));
        }
    }

    /** The entry is given up during its attempt, for this reason, and not tried again. */
    protected void markGivenUp(String reason) {
        requireState(rules().sending());
        moveTo(rules().failed());
        claimedUntil = null;
        nextAttemptAt = null;
        lastError = reason;
    }

    /** A failed entry gets a fresh set of attempts, starting now. */
    protected void markStartedAgain(Instant now) {
        requireState(rules().failed());
        moveTo(rules().pending());
        attempts = 0;
        nextAttemptAt = now;
    }

    private void requireState(S expected) {
        if (getState() != expected) {
            throw new IllegalStateException(
                    getClass().getSimpleName() + " " + id + " is " + getState() + ", not " + expected);
        }
    }
}
