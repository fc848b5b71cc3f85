package org.attune.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who sent a request and how: the client address that sign-in throttling, the look-up rate limit and the audit log
 * count against, and whether the original request was HTTPS. Behind a proxy both come from its forwarding headers,
 * believed only from the addresses in {@code ATTUNE_TRUSTED_PROXIES}.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "attune.trusted-proxies")
    private Optional<String> trustedProxies;

    private TrustedProxies proxies = TrustedProxies.none();

    @PostConstruct
    void parse() {
        proxies = TrustedProxies.parse(trustedProxies.orElse(""));
    }

    /** The client's address: the connection's, or what a trusted proxy forwarded. */
    public String of(HttpServletRequest request) {
        return proxies.client(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** Whether the client asked over HTTPS (directly, or to a trusted proxy that says so). */
    public boolean https(HttpServletRequest request) {
        return proxies.originalHttps(
                request.getRemoteAddr(), request.isSecure(), request.getHeader("X-Forwarded-Proto"));
    }
}
