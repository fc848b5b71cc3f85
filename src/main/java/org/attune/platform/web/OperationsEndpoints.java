package org.attune.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may read the operations endpoints ({@code /metrics}): with {@code ATTUNE_METRICS_TOKEN} set, whoever sends
 * {@code Authorization: Bearer <token>}; without it, only a process on the same machine that connects directly. A
 * request carrying {@code X-Forwarded-For} or {@code Forwarded} came through a proxy, which may sit on the same host
 * and forward anyone's request, so it does not count as local.
 */
public final class OperationsEndpoints {

    /** What to answer. */
    public enum Decision {
        SERVE,
        TOKEN_NEEDED,
        REFUSED
    }

    private final Optional<String> token;

    public OperationsEndpoints(Optional<String> token) {
        this.token = token.map(String::strip).filter(t -> !t.isEmpty());
    }

    public Decision decide(String remoteAddress, String authorization, boolean forwarded) {
        if (token.isPresent()) {
            return authorization != null
                            && MessageDigest.isEqual(
                                    ("Bearer " + token.get()).getBytes(StandardCharsets.UTF_8),
                                    authorization.strip().getBytes(StandardCharsets.UTF_8))
                    ? Decision.SERVE
                    : Decision.TOKEN_NEEDED;
        }
        return !forwarded && loopback(remoteAddress) ? Decision.SERVE : Decision.REFUSED;
    }

    private static boolean loopback(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F.:%]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
