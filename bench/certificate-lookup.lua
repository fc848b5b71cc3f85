-- wrk script: GET /api/v1/certificates/{number} for numbers read from the file given as the first argument (one a
-- line), each thread starting at a different place; reports p50/p95/p99 latency in ms, throughput and errors
-- (non-2xx answers count as errors).
local numbers = {}
local counter = 0

init = function(args)
    for line in io.lines(args[1]) do
        numbers[#numbers + 1] = line
    end
    counter = math.random(#numbers)
end

request = function()
    counter = counter + 1
    return wrk.format("GET", "/api/v1/certificates/" .. numbers[(counter % #numbers) + 1])
end

done = function(summary, latency, requests)
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.status + summary.errors.timeout
    io.write(string.format("requests=%d\nerrors=%d\np50_ms=%.2f\np95_ms=%.2f\np99_ms=%.2f\nrps=%.1f\n",
        summary.requests, errors, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
        latency:percentile(99) / 1000, summary.requests / (summary.duration / 1000000)))
end
