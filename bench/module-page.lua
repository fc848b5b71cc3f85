-- wrk script: spreads requests over the signed-in sessions listed in bench/results/sessions.txt (one JSESSIONID a
-- line) and reports p50/p95/p99 latency in milliseconds and the error count.
local sessions = {}
local counter = 0

init = function(args)
    for line in io.lines(args[1]) do
        sessions[#sessions + 1] = line
    end
end

request = function()
    counter = counter + 1
    local cookie = "JSESSIONID=" .. sessions[(counter % #sessions) + 1]
    return wrk.format("GET", nil, { ["Cookie"] = cookie })
end

done = function(summary, latency, requests)
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.status + summary.errors.timeout
    io.write(string.format("requests=%d\nerrors=%d\np50_ms=%.1f\np95_ms=%.1f\np99_ms=%.1f\nrps=%.1f\n",
        summary.requests, errors, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
        latency:percentile(99) / 1000, summary.requests / (summary.duration / 1000000)))
end
