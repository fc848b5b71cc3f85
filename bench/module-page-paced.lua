-- Like module-page.lua, but each connection is a reader who opens a page once a second (wrk's delay hook):
-- 20 connections are 20 people reading, about 20 requests a second in all.
local sessions = {}
local counter = 0

init = function(args)
    for line in io.lines(args[1]) do
        sessions[#sessions + 1] = line
    end
end

request = function()
    counter = counter + 1
    return wrk.format("GET", nil, { ["Cookie"] = "JSESSIONID=" .. sessions[(counter % #sessions) + 1] })
end

delay = function()
    return 1000
end

done = function(summary, latency, requests)
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.status + summary.errors.timeout
    io.write(string.format("requests=%d\nerrors=%d\np50_ms=%.1f\np95_ms=%.1f\np99_ms=%.1f\nrps=%.1f\n",
        summary.requests, errors, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
        latency:percentile(99) / 1000, summary.requests / (summary.duration / 1000000)))
end
