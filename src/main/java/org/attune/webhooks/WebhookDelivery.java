package org.attune.webhooks;

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
 * One event on its way to one endpoint, written in the transaction that makes the change (an outbox, like the
 * mail's): delivered after that transaction commits, retried with growing pauses until the receiver answers 2xx,
 * and never sent again once it has. Every attempt carries the same event id, for the receiver to de-duplicate.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends OutboxEntry<WebhookDelivery.State> {

    /** Attempts before a delivery is given up (about a day of retrying with the pauses below). */
    static final int MAX_ATTEMPTS = 15;

    /** How long a node may take over one attempt before another node may try. */
    static final Duration CLAIM = Duration.ofMinutes(2);

    /** Pauses of 1, 2, 4, ... minutes between attempts, at most four hours. */
    static final OutboxRules<State> RULES = new OutboxRules<>(
            State.PENDING,
            State.SENDING,
            State.DELIVERED,
            State.FAILED,
            MAX_ATTEMPTS,
            CLAIM,
            Duration.ofMinutes(1),
            Duration.ofHours(4));

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

    @Getter
    private long endpointId;

    @Getter
    private String eventId;

    @Getter
    private String eventType;

    @Getter
    @Lob
    private String payload;

    @Enumerated(EnumType.STRING)
    private State state;

    @Getter
    private Instant deliveredAt;

    @Getter
    private Integer lastStatus;

    protected WebhookDelivery() {
        // for JPA
    }

    WebhookDelivery(long endpointId, WebhookEvent event) {
        super(event.created(), event.created());
        this.endpointId = endpointId;
        this.eventId = event.id();
        this.eventType = event.type();
        this.payload = Objects.requireNonNull(event.json());
        this.state = State.PENDING;
    }

    @Override
    protected OutboxRules<State> rules() {
        return RULES;
    }

    @Override
    protected void moveTo(State next) {
        state = next;
    }

    /** The receiver answered 2xx: done for good. */
    void delivered(Instant now, int status) {
        markDone();
        deliveredAt = now;
        lastStatus = status;
    }

    /** The attempt failed (status null when no answer came): try again after a pause that doubles, or give up. */
    void attemptFailed(Instant now, Integer status, String error) {
        markAttemptFailed(now, error);
        lastStatus = status;
    }

    /** Its endpoint was removed while it waited: not sent, and not tried again. */
    void abandon(String reason) {
        markGivenUp(reason);
    }

    @Override
    public State getState() {
        return state;
    }
}
