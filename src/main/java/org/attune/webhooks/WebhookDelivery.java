package org.attune.webhooks;

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
 * One event on its way to one endpoint, written in the transaction that makes the change (an outbox, like the
 * mail's): delivered after that transaction commits, retried with growing pauses until the receiver answers 2xx,
 * and never sent again once it has. Every attempt carries the same event id, for the receiver to de-duplicate.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    /** Attempts before a delivery is given up (about a day of retrying with the pauses below). */
    static final int MAX_ATTEMPTS = 15;

    /** How long a node may take over one attempt before another node may try. */
    static final Duration CLAIM = Duration.ofMinutes(2);

    private static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(4);
    private static final int ERROR_LENGTH = 500;

    /** Where a delivery is on its way out. */
    public enum State {
        /** Waiting for its next attempt. */
        PENDING,
        /** Claimed by a node that is sending it. */
        SENDING,
        /** The receiver answered 2xx. */
        DELIVERED,
        /** Every attempt failed. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "endpoint_id", nullable = false)
    private long endpointId;

    @Column(name = "event_id", nullable = false, length = 40)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 40)
    private String eventType;

    @Lob
    @Column(name = "payload", nullable = false)
    private String payload;

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

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    protected WebhookDelivery() {
        // for JPA
    }

    WebhookDelivery(long endpointId, WebhookEvent event) {
        this.endpointId = endpointId;
        this.eventId = event.id();
        this.eventType = event.type();
        this.payload = Objects.requireNonNull(event.json());
        this.createdAt = event.created();
        this.state = State.PENDING;
        this.nextAttemptAt = event.created();
    }

    /** Claims one attempt if it is due (callers hold the row lock): pending and due, or left by a stopped node. */
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

    /** The receiver answered 2xx: done for good. */
    void delivered(Instant now, int status) {
        requireSending();
        state = State.DELIVERED;
        deliveredAt = now;
        lastStatus = status;
        lastError = null;
        claimedUntil = null;
        nextAttemptAt = null;
    }

    /** The attempt failed (status null when no answer came): try again after a pause that doubles, or give up. */
    void attemptFailed(Instant now, Integer status, String error) {
        requireSending();
        claimedUntil = null;
        lastStatus = status;
        lastError = error == null || error.isBlank()
                ? "unknown error"
                : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        if (attempts >= MAX_ATTEMPTS) {
            state = State.FAILED;
            nextAttemptAt = null;
        } else {
            state = State.PENDING;
            nextAttemptAt = now.plus(pauseAfter(attempts));
        }
    }

    /** Its endpoint was removed while it waited: not sent, and not tried again. */
    void abandon(Instant now, String reason) {
        requireSending();
        state = State.FAILED;
        claimedUntil = null;
        nextAttemptAt = null;
        lastError = reason;
    }

    /** The pause before the next attempt after this many: 1, 2, 4, ... minutes, at most four hours. */
    static Duration pauseAfter(int attempts) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private void requireSending() {
        if (state != State.SENDING) {
            throw new IllegalStateException("Delivery " + id + " is " + state + ", not SENDING");
        }
    }

    public Long getId() {
        return id;
    }

    public long getEndpointId() {
        return endpointId;
    }

    public String getEventId() {
        return eventId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getPayload() {
        return payload;
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

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Integer getLastStatus() {
        return lastStatus;
    }

    public String getLastError() {
        return lastError;
    }
}
