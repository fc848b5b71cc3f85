package org.attune.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_test";
    private static final String BODY = "{\"id\":\"evt_1\",\"type\":\"ping\"}";
    private static final Instant AT = Instant.parse("2026-11-30T18:00:00Z");

    @Test
    void headerIsTimestampAndHmacSha256OfTimestampDotBodyAsInTheDocumentation() {
        // the HMAC-SHA256 of "1796061600.{body}" with key "whsec_test", computed independently (openssl dgst)
        assertEquals(
                "t=1796061600,v1=8621e0ed5b30be24ecdd3ae9fbbae5709f25ae6b1e4576b0ffbb0afd23643079",
                WebhookSignature.header(SECRET, AT, BODY));
    }

    @Test
    void receiverAcceptsTheSignatureOfTheExactBodyWithinFiveMinutes() {
        String header = WebhookSignature.header(SECRET, AT, BODY);
        assertTrue(WebhookSignature.verify(SECRET, header, BODY, AT.plusSeconds(299), WebhookSignature.TOLERANCE));
    }

    @Test
    void aChangedBodyAnotherSecretAnOldTimestampOrAGarbledHeaderIsRefused() {
        String header = WebhookSignature.header(SECRET, AT, BODY);
        Duration tolerance = WebhookSignature.TOLERANCE;
        assertFalse(WebhookSignature.verify(SECRET, header, BODY + " ", AT, tolerance));
        assertFalse(WebhookSignature.verify("whsec_other", header, BODY, AT, tolerance));
        assertFalse(WebhookSignature.verify(SECRET, header, BODY, AT.plusSeconds(301), tolerance));
        assertFalse(WebhookSignature.verify(SECRET, "t=abc,v1=00", BODY, AT, tolerance));
        assertFalse(WebhookSignature.verify(SECRET, null, BODY, AT, tolerance));
        assertFalse(
                WebhookSignature.verify(SECRET, header.replace("t=1796061600", "t=1796061601"), BODY, AT, tolerance));
    }
}
