package org.attune.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static OutboxMessage pending() {
        return OutboxMessage.toDeliver("someone@example.org", "Subject", "Body", NOW);
    }

    @Test
    void aNewMessageIsDueAtOnceAndClaimedOnlyOnce() {
        OutboxMessage message = pending();
        assertTrue(message.claim(NOW));
        assertEquals(OutboxMessage.State.SENDING, message.getState());
        assertEquals(1, message.getAttempts());
        assertFalse(message.claim(NOW.plusSeconds(1)), "claimed twice while the first claim holds");
        assertTrue(message.claim(NOW.plus(OutboxMessage.CLAIM).plusSeconds(1)), "a lapsed claim was not taken over");
        assertEquals(2, message.getAttempts());
    }

    @Test
    void aDeliveredMessageKeepsNoBody() {
        OutboxMessage message = pending();
        message.claim(NOW);
        message.delivered(NOW.plusSeconds(2));
        assertEquals(OutboxMessage.State.SENT, message.getState());
        assertEquals("", message.getBody());
        assertEquals(NOW.plusSeconds(2), message.getSentAt());
        assertFalse(message.isReadable());
        assertFalse(message.claim(NOW.plus(Duration.ofDays(1))), "a sent message was claimed again");
    }

    @Test
    void failedAttemptsWaitLongerEachTimeUpToTwoHoursThenGiveUp() {
        assertEquals(Duration.ofMinutes(1), OutboxMessage.RULES.pauseAfter(1));
        assertEquals(Duration.ofMinutes(2), OutboxMessage.RULES.pauseAfter(2));
        assertEquals(Duration.ofMinutes(64), OutboxMessage.RULES.pauseAfter(7));
        assertEquals(Duration.ofHours(2), OutboxMessage.RULES.pauseAfter(8));
        assertEquals(Duration.ofHours(2), OutboxMessage.RULES.pauseAfter(1000));

        OutboxMessage message = pending();
        Instant at = NOW;
        for (int attempt = 1; attempt < OutboxMessage.MAX_ATTEMPTS; attempt++) {
            assertTrue(message.claim(at));
            message.attemptFailed(at, "Connection refused");
            assertEquals(OutboxMessage.State.PENDING, message.getState());
            assertEquals(at.plus(OutboxMessage.RULES.pauseAfter(attempt)), message.getNextAttemptAt());
            assertFalse(message.claim(message.getNextAttemptAt().minusMillis(1)), "retried before the pause ended");
            at = message.getNextAttemptAt();
        }
        assertTrue(message.claim(at));
        message.attemptFailed(at, "x".repeat(600));
        assertEquals(OutboxMessage.State.FAILED, message.getState());
        assertNull(message.getNextAttemptAt());
        assertEquals(500, message.getLastError().length());
        assertFalse(message.claim(at.plus(Duration.ofDays(1))), "a failed message was claimed");
        assertEquals("Body", message.getBody(), "the body of an undelivered message was lost");
    }

    @Test
    void onlyAFailedMessageCanBeTriedAgainAndItStartsAfresh() {
        OutboxMessage message = pending();
        assertThrows(IllegalStateException.class, () -> message.tryAgain(NOW));
        for (int attempt = 0; attempt < OutboxMessage.MAX_ATTEMPTS; attempt++) {
            message.claim(NOW.plus(Duration.ofDays(1)));
            message.attemptFailed(NOW, "refused");
        }
        assertEquals(OutboxMessage.State.FAILED, message.getState());
        message.tryAgain(NOW.plusSeconds(60));
        assertEquals(OutboxMessage.State.PENDING, message.getState());
        assertEquals(0, message.getAttempts());
        assertTrue(message.claim(NOW.plusSeconds(60)));
    }

    @Test
    void onlyMailKeptWithoutAnSmtpServerIsReadableByAdministrators() {
        assertTrue(OutboxMessage.toKeep("a@example.org", "S", "B", NOW).isReadable());
        assertFalse(pending().isReadable());
        assertFalse(OutboxMessage.toKeep("a@example.org", "S", "B", NOW).claim(NOW), "kept mail was sent");
    }
}
