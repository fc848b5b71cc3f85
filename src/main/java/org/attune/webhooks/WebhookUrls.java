package org.attune.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which addresses webhooks may be sent to: HTTPS only, to a host whose every address is public, so a manager cannot
 * make Attune call into its own network (server-side request forgery). With the explicit setting
 * {@code ATTUNE_WEBHOOKS_ALLOW_HTTP_LOOPBACK=true} (tests and local trials only), plain HTTP to a loopback address is
 * allowed as well. Checked when an endpoint is registered and again before every delivery (DNS can change).
 */
public final class WebhookUrls {

    static final int MAX_LENGTH = 500;

    /** Looks a host name up; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private WebhookUrls() {}

    /** The address as Attune will call it, or the reason it will not. */
    public static URI check(String typed, boolean allowHttpLoopback, Resolver resolver)
            throws InvalidWebhookUrlException {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidWebhookUrlException("webhooks.url.required");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidWebhookUrlException("webhooks.url.tooLong");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidWebhookUrlException("webhooks.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidWebhookUrlException("webhooks.url.invalid");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            throw new InvalidWebhookUrlException("webhooks.url.unknownHost");
        }
        boolean allLoopback = addresses.length > 0;
        for (InetAddress address : addresses) {
            boolean loopback = address.isLoopbackAddress();
            allLoopback &= loopback;
            if (!(loopback && allowHttpLoopback) && !isPublic(address)) {
                throw new InvalidWebhookUrlException("webhooks.url.private");
            }
        }
        if (scheme.equals("http") && !(allowHttpLoopback && allLoopback)) {
            throw new InvalidWebhookUrlException("webhooks.url.https");
        }
        return uri;
    }

    /** Whether the address is on the public internet: not loopback, private, link-local, shared or multicast. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc; // fc00::/7
            boolean mappedV4 = isMappedIpv4(b);
            return !uniqueLocal && !mappedV4;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        boolean shared = first == 100 && second >= 64 && second < 128; // 100.64.0.0/10, carrier-grade NAT
        boolean reserved = first == 0
                || first >= 240
                || first == 192 && second == 0 && (b[2] & 0xff) == 0
                || first == 198 && (second == 18 || second == 19);
        return !shared && !reserved;
    }

    private static boolean isMappedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
