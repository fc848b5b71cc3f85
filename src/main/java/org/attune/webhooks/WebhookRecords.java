package org.attune.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.attune.platform.outbox.OutboxTable;

/**
 * The delivery steps for {@link WebhookSender}, each in a transaction of its own so that none is open while a
 * receiver is called. A claim takes the row lock, so two nodes never send the same attempt.
 */
@ApplicationScoped
public class WebhookRecords extends OutboxTable<WebhookDelivery, WebhookDelivery.State> {

    /** What one attempt needs: where, the body, and the secret that signs it. */
    public record Attempt(long id, String url, String secret, String eventId, String eventType, String payload) {}

    public WebhookRecords() {
        super(WebhookDelivery.class, WebhookDelivery.RULES);
    }

    /** Claims one attempt at the delivery if it is due and its endpoint is still live. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Attempt> claim(long id) {
        Optional<WebhookDelivery> claimed = claimed(id);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        WebhookDelivery delivery = claimed.get();
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, delivery.getEndpointId());
        if (!endpoint.isActive()) {
            delivery.abandon("endpoint removed");
            return Optional.empty();
        }
        return Optional.of(new Attempt(
                id,
                endpoint.getUrl(),
                endpoint.getSecret(),
                delivery.getEventId(),
                delivery.getEventType(),
                delivery.getPayload()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(long id, int status) {
        whileSending(id).ifPresent(d -> d.delivered(clock.instant(), status));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void attemptFailed(long id, Integer status, String error) {
        whileSending(id).ifPresent(d -> d.attemptFailed(clock.instant(), status, error));
    }

    /** Forgets finished deliveries created before this time; returns how many. */
    @Transactional
    public int forgetFinishedBefore(Instant before) {
        return em.createQuery("delete from WebhookDelivery d where d.state in :done and d.createdAt < :before")
                .setParameter("done", List.of(WebhookDelivery.State.DELIVERED, WebhookDelivery.State.FAILED))
                .setParameter("before", before)
                .executeUpdate();
    }
}
