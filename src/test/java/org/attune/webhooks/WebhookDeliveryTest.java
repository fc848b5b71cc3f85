package org.attune.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-30T18:00:00Z");

    private static WebhookDelivery delivery() {
        return new WebhookDelivery(1L, WebhookEvent.ping(1L, NOW));
    }

    @Test
    void pausesBetweenAttemptsDoubleFromOneMinuteUpToFourHours() {
        assertEquals(Duration.ofMinutes(1), WebhookDelivery.RULES.pauseAfter(1));
        assertEquals(Duration.ofMinutes(2), WebhookDelivery.RULES.pauseAfter(2));
        assertEquals(Duration.ofMinutes(64), WebhookDelivery.RULES.pauseAfter(7));
        assertEquals(Duration.ofHours(4), WebhookDelivery.RULES.pauseAfter(9));
        assertEquals(Duration.ofHours(4), WebhookDelivery.RULES.pauseAfter(60));
    }

    @Test
    void aFailedAttemptWaitsItsPauseAndAnAcknowledgedOneIsNeverClaimedAgain() {
        WebhookDelivery d = delivery();
        assertTrue(d.claim(NOW));
        assertFalse(d.claim(NOW), "claimed twice while being sent");
        d.attemptFailed(NOW, 503, "HTTP 503");
        assertFalse(d.claim(NOW.plusSeconds(59)), "retried before its pause");
        assertTrue(d.claim(NOW.plusSeconds(60)));
        d.delivered(NOW.plusSeconds(61), 204);
        assertEquals(WebhookDelivery.State.DELIVERED, d.getState());
        assertFalse(d.claim(NOW.plus(Duration.ofDays(1))), "an acknowledged delivery was claimed again");
        assertEquals(2, d.getAttempts());
    }

    @Test
    void aDeliveryLeftClaimedByAStoppedNodeIsClaimedAgainAfterItsClaimLapses() {
        WebhookDelivery d = delivery();
        assertTrue(d.claim(NOW));
        assertFalse(d.claim(NOW.plus(WebhookDelivery.CLAIM)));
        assertTrue(d.claim(NOW.plus(WebhookDelivery.CLAIM).plusSeconds(1)));
    }

    @Test
    void aDeliveryToARemovedEndpointIsAbandonedAtOnce() {
        WebhookDelivery d = delivery();
        assertTrue(d.claim(NOW));
        d.abandon("endpoint removed");
        assertEquals(WebhookDelivery.State.FAILED, d.getState());
        assertFalse(d.claim(NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void givenUpAfterTheLastAttempt() {
        WebhookDelivery d = delivery();
        Instant t = NOW;
        for (int i = 0; i < WebhookDelivery.MAX_ATTEMPTS; i++) {
            assertTrue(d.claim(t), "attempt " + (i + 1));
            d.attemptFailed(t, null, "ConnectException");
            t = t.plus(Duration.ofHours(5));
        }
        assertEquals(WebhookDelivery.State.FAILED, d.getState());
        assertFalse(d.claim(t));
    }
}
