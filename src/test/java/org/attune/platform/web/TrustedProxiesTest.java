package org.attune.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8, fd00::/8");

    @Test
    void aClientThatIsNotATrustedProxyCannotChooseItsAddressWithXForwardedFor() {
        assertEquals("203.0.113.9", proxies.client("203.0.113.9", List.of("198.51.100.1")));
        assertEquals("203.0.113.9", TrustedProxies.none().client("203.0.113.9", List.of("198.51.100.1")));
    }

    @Test
    void behindTrustedProxiesTheRightMostUntrustedAddressIsTheClient() {
        assertEquals("198.51.100.7", proxies.client("127.0.0.1", List.of("198.51.100.7")));
        assertEquals(
                "198.51.100.7",
                proxies.client("127.0.0.1", List.of("6.6.6.6, 198.51.100.7, 10.1.2.3")),
                "what the client wrote itself (6.6.6.6) is left of the address the first proxy saw");
        assertEquals(
                "198.51.100.7",
                proxies.client("10.0.0.5", List.of("6.6.6.6", "198.51.100.7")),
                "several headers count as one list");
    }

    @Test
    void whenEveryHopIsTrustedTheLeftMostIsTheClient() {
        assertEquals("10.9.9.9", proxies.client("127.0.0.1", List.of("10.9.9.9, 10.1.1.1")));
    }

    @Test
    void anEntryThatIsNotAnAddressEndsTheWalkAtTheHopThatReportedIt() {
        assertEquals("10.1.1.1", proxies.client("127.0.0.1", List.of("evil.example, 10.1.1.1")));
        assertEquals("127.0.0.1", proxies.client("127.0.0.1", List.of("unknown")));
        assertEquals("127.0.0.1", proxies.client("127.0.0.1", List.of()));
    }

    @Test
    void rangesMatchByPrefixForIpv4AndIpv6() {
        assertTrue(proxies.trusts("10.255.0.1"));
        assertFalse(proxies.trusts("11.0.0.1"));
        assertTrue(proxies.trusts("fd12::1"));
        assertFalse(proxies.trusts("fe80::1"));
        assertTrue(TrustedProxies.parse("192.168.4.0/22").trusts("192.168.7.255"));
        assertFalse(TrustedProxies.parse("192.168.4.0/22").trusts("192.168.8.0"));
        assertFalse(proxies.trusts("localhost"), "names are never looked up");
    }

    @Test
    void theOriginalSchemeIsBelievedOnlyFromATrustedProxy() {
        assertTrue(proxies.originalHttps("127.0.0.1", false, "https"));
        assertFalse(proxies.originalHttps("203.0.113.9", false, "https"));
        assertTrue(proxies.originalHttps("203.0.113.9", true, null));
        assertFalse(proxies.originalHttps("127.0.0.1", false, "http, https"));
    }

    @Test
    void aMalformedSettingIsRefusedWithTheEntryNamed() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/8, proxy.example"));
        assertTrue(e.getMessage().contains("proxy.example"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0/8"));
    }
}
