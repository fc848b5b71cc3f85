#!/usr/bin/env bash
# Sign-in storm benchmark: 200 trainees sign in through the sign-in page within 60 s (the start of a class;
# bench/sign-in-storm.py), while 20 trainees already signed in each open their dashboard about once a second (wrk,
# bench/module-page-paced.lua). The readers' latency is measured alone first, then during the storm: the password
# checks (PBKDF2 at OWASP's work factor) must not starve the people already at work (HashingGate bounds how many run
# at once). MariaDB database attune_bench_signin, made afresh. Writes bench/results/sign-in-storm.txt and the
# "Sign-in storm" section of BENCHMARKS.md.
#   BENCH_PORT (default 8096), BENCH_SIGN_INS (default 200), BENCH_SECONDS (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${BENCH_PORT:-8096}"
count="${BENCH_SIGN_INS:-200}"
seconds="${BENCH_SECONDS:-60}"
db=attune_bench_signin
password="bench-trainee-passphrase"
source bench/lib/attune-on-mariadb.sh
source bench/lib/trainees.sh
command -v wrk >/dev/null || { echo "Installing wrk..."; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

BENCH_KEEP_LOG=bench/results/sign-in-storm.server.log
start_attune "$db" "$port" signin
base="http://localhost:${port}"

create_trainees "$db" "$password" bench-reader- 20 bench-warm- 20 bench-storm- "$count"

sessions="$work/sessions.txt"
: > "$sessions"
for i in $(seq 1 20); do
    sign_in "$base" "$work/cookies-$i" "bench-reader-${i}@bench.example" "$password"
    awk '$6 == "JSESSIONID" { print $7 }' "$work/cookies-$i" >> "$sessions"
done
url="$base/trainee/dashboard"
# a warm-up of the readers' page and of sign-in itself (20 other sign-ins), then the readers alone
wrk -t2 -c20 -d30s -s bench/module-page.lua "$url" "$sessions" >/dev/null
python3 bench/sign-in-storm.py "$base" "bench-warm-{n}@bench.example" "$password" 20 10 >/dev/null
alone=$(measure 20 "$seconds" bench/module-page-paced.lua "$url" "$sessions")
# the readers during the storm
measure 20 "$((${seconds%.*} + 5))" bench/module-page-paced.lua "$url" "$sessions" > "$work/during.txt" &
readers=$!
storm=$(python3 bench/sign-in-storm.py "$base" "bench-storm-{n}@bench.example" "$password" "$count" "$seconds")
wait "$readers"
during=$(cat "$work/during.txt")
rss=$(rss_mb)
get() { echo "$1" | sed -n "s/^$2=//p"; }
machine="$(machine_line)"
bound=$(( $(nproc) / 2 > 1 ? $(nproc) / 2 : 1 ))
out=bench/results/sign-in-storm.txt
{
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "machine: $machine (Attune, MariaDB, wrk and the storm on the same machine)"
    echo "storm: $count sign-ins spread over $seconds s; password checks at once: $bound"
    echo "$storm"
    echo "20 readers alone:"
    echo "$alone"
    echo "20 readers during the storm:"
    echo "$during"
    echo "resident memory after the run: ${rss} MB"
} | tee "$out"
section="## Sign-in storm

Measured by \`bench/sign-in-storm.sh\` on $(date -u +%Y-%m-%d): ${machine}; Attune on MariaDB with \`-Xmx1g\`; the
load generators on the same two cores. ${count} trainees sign in through the sign-in page, spread evenly over
${seconds} s (the start of a class; \`bench/sign-in-storm.py\`, one thread and cookie jar each, timing the form post
that checks the password: PBKDF2-SHA256, 600,000 iterations, OWASP's figure, about 0.2 s of one core here). Meanwhile
20 trainees already signed in each open their dashboard about once a second (\`bench/module-page-paced.lua\`),
measured alone first and then during the storm. \`HashingGate\` lets ${bound} password check(s) run at once on this
machine (half its cores); the others wait their turn.

| measure | count | p50 | p95 | p99 | max | failures / errors |
|---|---|---|---|---|---|---|
| sign-in during the storm | $(get "$storm" sign_ins) | $(get "$storm" p50_ms) ms | $(get "$storm" p95_ms) ms | $(get "$storm" p99_ms) ms | $(get "$storm" max_ms) ms | $(get "$storm" failures) |
| readers' page, alone | $(get "$alone" requests) | $(get "$alone" p50_ms) ms | $(get "$alone" p95_ms) ms | $(get "$alone" p99_ms) ms | | $(get "$alone" errors) |
| readers' page, during the storm | $(get "$during" requests) | $(get "$during" p50_ms) ms | $(get "$during" p95_ms) ms | $(get "$during" p99_ms) ms | | $(get "$during" errors) |

Resident memory of the server after the run: ${rss} MB. Raw figures: \`bench/results/sign-in-storm.txt\`."
python3 bench/update-section.py "Sign-in storm" "$section"
echo "Updated BENCHMARKS.md"
