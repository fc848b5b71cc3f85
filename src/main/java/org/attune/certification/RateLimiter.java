package org.attune.certification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.attune.platform.cluster.SharedMaps;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Certificate look-ups per client address: {@code attune.verify.rate-limit.burst} at once, then
 * {@code attune.verify.rate-limit.per-minute}. One limit for the whole cluster: the state is one number per address
 * (the generic cell rate algorithm's theoretical arrival time, in epoch milliseconds) in a map that every node shares,
 * changed by compare-and-set, so two nodes do not double the limit.
 */
@ApplicationScoped
public class RateLimiter {

    static final String MAP = "attune-verify-rate";
    private static final int MAX_LOCAL_CLIENTS = 100_000;
    private static final int CONTENDED_TRIES = 8;

    @Inject
    @ConfigProperty(name = "attune.verify.rate-limit.per-minute", defaultValue = "60")
    private double perMinute;

    @Inject
    @ConfigProperty(name = "attune.verify.rate-limit.burst", defaultValue = "20")
    private double burst;

    @Inject
    private SharedMaps maps;

    private ConcurrentMap<String, Long> arrivals = new ConcurrentHashMap<>();

    @PostConstruct
    void check() {
        if (perMinute <= 0 || burst < 1) {
            throw new IllegalStateException(
                    "attune.verify.rate-limit.per-minute must be positive and the burst at" + " least 1");
        }
        long forgetAfterSeconds = (long) Math.ceil(burst * 60 / perMinute) + 60;
        arrivals = maps.counters(MAP, (int) Math.min(Integer.MAX_VALUE, forgetAfterSeconds));
    }

    /** 0 when the client may look up now (and the look-up is counted); otherwise the seconds to wait. */
    public long secondsUntilAllowed(String client) {
        return secondsUntilAllowed(client, System.currentTimeMillis());
    }

    long secondsUntilAllowed(String client, long nowMillis) {
        if (arrivals instanceof ConcurrentHashMap && arrivals.size() > MAX_LOCAL_CLIENTS) {
            arrivals.clear(); // a flood of addresses on a single node: forget them all rather than grow without bound
        }
        double interval = 60_000 / perMinute;
        double tolerance = (burst - 1) * interval;
        for (int i = 0; i < CONTENDED_TRIES; i++) {
            Long stored = arrivals.get(client);
            long due = stored == null ? nowMillis : Math.max(stored, nowMillis);
            if (due - nowMillis > tolerance) {
                return Math.max(1, (long) Math.ceil((due - nowMillis - tolerance) / 1000));
            }
            long next = due + Math.round(interval);
            boolean counted = stored == null
                    ? arrivals.putIfAbsent(client, next) == null
                    : arrivals.replace(client, stored, next);
            if (counted) {
                return 0;
            }
        }
        return 1; // many look-ups from one address at the same instant: the losers try again in a second
    }
}
