package org.attune.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.attune.platform.web.OperationsEndpoints.Decision;
import org.junit.jupiter.api.Test;

class OperationsEndpointsTest {

    private final OperationsEndpoints noToken = new OperationsEndpoints(Optional.empty());
    private final OperationsEndpoints withToken = new OperationsEndpoints(Optional.of("s3cret-metrics"));

    @Test
    void withoutATokenOnlyADirectLocalRequestIsServed() {
        assertEquals(Decision.SERVE, noToken.decide("127.0.0.1", null, false));
        assertEquals(Decision.SERVE, noToken.decide("0:0:0:0:0:0:0:1", null, false));
        assertEquals(Decision.REFUSED, noToken.decide("127.0.0.1", null, true), "a local proxy forwards anyone");
        assertEquals(Decision.REFUSED, noToken.decide("203.0.113.9", null, false));
        assertEquals(Decision.REFUSED, noToken.decide("localhost.evil.example", null, false));
        assertEquals(Decision.REFUSED, new OperationsEndpoints(Optional.of("  ")).decide("203.0.113.9", null, false));
    }

    @Test
    void withATokenOnlyTheTokenCountsWhereverTheRequestComesFrom() {
        assertEquals(Decision.SERVE, withToken.decide("203.0.113.9", "Bearer s3cret-metrics", true));
        assertEquals(Decision.TOKEN_NEEDED, withToken.decide("127.0.0.1", null, false));
        assertEquals(Decision.TOKEN_NEEDED, withToken.decide("127.0.0.1", "Bearer wrong", false));
        assertEquals(Decision.TOKEN_NEEDED, withToken.decide("127.0.0.1", "Bearer s3cret-metricsX", false));
    }
}
