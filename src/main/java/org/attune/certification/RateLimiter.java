package org.attune.certification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per client address for certificate look-ups: {@code attune.verify.rate-limit.burst} at once,
 * refilled at {@code attune.verify.rate-limit.per-minute}. Held per node, in memory (a limit, not a record).
 */
@ApplicationScoped
public class RateLimiter {

    private static final int MAX_CLIENTS = 100_000;

    @Inject
    @ConfigProperty(name = "attune.verify.rate-limit.per-minute", defaultValue = "60")
    private double perMinute;

    @Inject
    @ConfigProperty(name = "attune.verify.rate-limit.burst", defaultValue = "20")
    private double burst;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    @PostConstruct
    void check() {
        if (perMinute <= 0 || burst < 1) {
            throw new IllegalStateException("attune.verify.rate-limit.per-minute must be positive and the burst at"
                    + " least 1");
        }
    }

    /** 0 when the client may look up now (and uses a token); otherwise the seconds to wait. */
    public long secondsUntilAllowed(String client) {
        return secondsUntilAllowed(client, System.nanoTime());
    }

    long secondsUntilAllowed(String client, long nanos) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear(); // a flood of addresses: forget them all rather than grow without bound
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, nanos));
        synchronized (bucket) {
            double perNano = perMinute / 60e9;
            bucket.tokens = Math.min(burst, bucket.tokens + (nanos - bucket.at) * perNano);
            bucket.at = nanos;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9);
        }
    }
}
