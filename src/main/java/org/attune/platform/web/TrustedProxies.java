package org.attune.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The proxies whose forwarding headers Attune believes ({@code ATTUNE_TRUSTED_PROXIES}: addresses or CIDR ranges,
 * separated by commas). A request from anywhere else is taken at its word only for its own connection: a client that
 * sends {@code X-Forwarded-For} itself cannot choose the address that throttles and limits count against.
 */
public final class TrustedProxies {

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** No proxy is trusted: every request's client is the address that connected. */
    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /**
     * Parses a list such as {@code 127.0.0.1, 10.0.0.0/8, ::1}.
     *
     * @throws IllegalArgumentException naming the first entry that is not an address or a range
     */
    public static TrustedProxies parse(String list) {
        List<Range> ranges = new ArrayList<>();
        if (list != null) {
            for (String entry : list.split(",")) {
                String text = entry.strip();
                if (text.isEmpty()) {
                    continue;
                }
                int slash = text.indexOf('/');
                byte[] network = literal(slash < 0 ? text : text.substring(0, slash))
                        .orElseThrow(() -> new IllegalArgumentException(
                                "\"" + text + "\" is not an IP address or a" + " CIDR range (ATTUNE_TRUSTED_PROXIES)"));
                int bits = network.length * 8;
                int prefix = bits;
                if (slash >= 0) {
                    try {
                        prefix = Integer.parseInt(text.substring(slash + 1));
                    } catch (NumberFormatException e) {
                        prefix = -1;
                    }
                    if (prefix < 0 || prefix > bits) {
                        throw new IllegalArgumentException(
                                "\"" + text + "\" has no valid prefix length" + " (ATTUNE_TRUSTED_PROXIES)");
                    }
                }
                ranges.add(new Range(network, prefix));
            }
        }
        return new TrustedProxies(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether this address (an IP literal) is one of the trusted proxies. */
    public boolean trusts(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && ranges.stream().anyMatch(r -> r.contains(bytes.get()));
    }

    /**
     * The client behind a request that arrived from {@code remote}: {@code remote} itself unless it is a trusted
     * proxy; then the right-most address of {@code X-Forwarded-For} that is not a trusted proxy (the left-most if all
     * are). An entry that is not an IP address ends the walk at the hop that reported it.
     */
    public String client(String remote, List<String> forwardedFor) {
        if (!trusts(remote) || forwardedFor == null || forwardedFor.isEmpty()) {
            return remote;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        String client = remote;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = unbracket(hops.get(i));
            if (literal(hop).isEmpty()) {
                return client;
            }
            client = hop;
            if (!trusts(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** Whether the original request was HTTPS: the connection's own scheme, or a trusted proxy's word for it. */
    public boolean originalHttps(String remote, boolean secureConnection, String forwardedProto) {
        if (secureConnection) {
            return true;
        }
        if (forwardedProto == null || !trusts(remote)) {
            return false;
        }
        return "https".equalsIgnoreCase(forwardedProto.split(",")[0].strip());
    }

    private static String unbracket(String hop) {
        if (hop.startsWith("[") && hop.contains("]")) {
            return hop.substring(1, hop.indexOf(']'));
        }
        return hop;
    }

    /** The bytes of an IPv4 or IPv6 literal, never a DNS look-up. */
    static Optional<byte[]> literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return Optional.empty();
        }
        boolean colon = false;
        boolean dot = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                colon = true;
            } else if (c == '.') {
                dot = true;
            } else if (Character.digit(c, 16) < 0) {
                return Optional.empty();
            }
        }
        if (!colon && !(dot && text.chars().allMatch(c -> c == '.' || Character.isDigit(c)))) {
            return Optional.empty();
        }
        if (!colon && text.split("\\.", -1).length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }
}
