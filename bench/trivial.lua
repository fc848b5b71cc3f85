-- wrk script: the trivial endpoint (GET /api/v1/issuer: the same JAX-RS stack, a constant answer, no database).
done = function(summary, latency, requests)
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.status + summary.errors.timeout
    io.write(string.format("requests=%d\nerrors=%d\np50_ms=%.2f\np95_ms=%.2f\np99_ms=%.2f\nrps=%.1f\n",
        summary.requests, errors, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
        latency:percentile(99) / 1000, summary.requests / (summary.duration / 1000000)))
end
