package org.attune.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which webhook addresses are refused, and with which message, without touching the network. */
class WebhookUrlsTest {

    /** A fixed DNS: names to addresses; anything else is unknown. */
    private static final Map<String, String> DNS = Map.of(
            "hooks.example.org",
            "93.184.215.14",
            "rebind.example.org",
            "10.1.2.3",
            "localhost",
            "127.0.0.1",
            "metadata.example.org",
            "169.254.169.254");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (literal.matches("[0-9.]+") || literal.contains(":")) {
            return new InetAddress[] {InetAddress.getByName(literal)};
        }
        String address = DNS.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }

    private static String refusal(String url, boolean allowLoopback) {
        return assertThrows(
                        InvalidWebhookUrlException.class,
                        () -> WebhookUrls.check(url, allowLoopback, WebhookUrlsTest::resolve))
                .key();
    }

    @Test
    void httpsToAPublicHostIsAccepted() throws Exception {
        assertEquals(
                "https://hooks.example.org/attune?x=1",
                WebhookUrls.check(" https://hooks.example.org/attune?x=1 ", false, WebhookUrlsTest::resolve)
                        .toString());
    }

    @Test
    void privateLoopbackLinkLocalAndSharedAddressesAreRefusedByNameOrLiteral() {
        for (String url : new String[] {
            "https://127.0.0.1/",
            "https://localhost/",
            "https://10.0.0.1/",
            "https://192.168.1.10/",
            "https://172.16.5.5/",
            "https://169.254.169.254/latest",
            "https://metadata.example.org/",
            "https://rebind.example.org/",
            "https://100.64.0.1/",
            "https://0.0.0.0/",
            "https://[::1]/",
            "https://[fd00::1]/",
            "https://[fe80::1]/"
        }) {
            assertEquals("webhooks.url.private", refusal(url, false), url);
        }
    }

    @Test
    void plainHttpIsRefusedUnlessTheLoopbackSettingIsOnAndTheHostIsLoopback() throws Exception {
        assertEquals("webhooks.url.https", refusal("http://hooks.example.org/", false));
        assertEquals("webhooks.url.private", refusal("http://127.0.0.1:8089/", false));
        assertEquals("webhooks.url.https", refusal("http://hooks.example.org/", true));
        assertEquals("webhooks.url.private", refusal("http://10.0.0.1/", true));
        assertEquals(
                "http://127.0.0.1:8089/hook",
                WebhookUrls.check("http://127.0.0.1:8089/hook", true, WebhookUrlsTest::resolve)
                        .toString());
    }

    @Test
    void emptyMalformedOverlongAndUnknownAddressesEachGetTheirOwnMessage() {
        assertEquals("webhooks.url.required", refusal("  ", false));
        assertEquals("webhooks.url.required", refusal(null, false));
        assertEquals("webhooks.url.invalid", refusal("hooks.example.org/attune", false));
        assertEquals("webhooks.url.invalid", refusal("ftp://hooks.example.org/", false));
        assertEquals("webhooks.url.invalid", refusal("https://user:pw@hooks.example.org/", false));
        assertEquals("webhooks.url.invalid", refusal("https://hooks.example.org/a b", false));
        assertEquals("webhooks.url.invalid", refusal("javascript:alert(1)", false));
        assertEquals("webhooks.url.invalid", refusal("https://hooks.example.org/#x", false));
        assertEquals("webhooks.url.tooLong", refusal("https://hooks.example.org/" + "a".repeat(500), false));
        assertEquals("webhooks.url.unknownHost", refusal("https://no-such-host.example.org/", false));
    }
}
