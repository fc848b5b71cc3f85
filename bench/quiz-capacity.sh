#!/usr/bin/env bash
# Quiz capacity push: how many trainees one Attune (-Xmx1g) on this machine holds in a quiz at Moodle's pace before the
# save p95 crosses 150 ms. Gatling (bench/quiz-load/, attune.bench.CapacitySimulation) adds trainees in steps of
# BENCH_STEP_USERS (default 500), BENCH_STEPS times (default 6), one step per BENCH_STEP_SECONDS window (default 300):
# each step's trainees sign in over the first BENCH_RAMP_SECONDS (default 150) of their window, start an attempt at the
# Reading the baby quiz, and then save an answer every 30-90 s until the last window ends, when all submit. So the
# trainees in the quiz grow by one step per window, and the saves of each window after its ramp are measured apart.
# A sampler records the server's resident memory and the CPU of server, MariaDB and machine every 5 s. Writes
# bench/results/quiz-capacity.txt and the "Quiz capacity" section of BENCHMARKS.md.
#   BENCH_PORT (default 8098), BENCH_DB_HOST/PORT (default 127.0.0.1:3306, root, no password)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${BENCH_PORT:-8098}"
step_users="${BENCH_STEP_USERS:-500}"
steps="${BENCH_STEPS:-6}"
step_seconds="${BENCH_STEP_SECONDS:-300}"
ramp_seconds="${BENCH_RAMP_SECONDS:-150}"
db=attune_bench_capacity
password="bench-trainee-passphrase"
source bench/lib/attune-on-mariadb.sh
source bench/lib/trainees.sh

mkdir -p bench/results
BENCH_JAVA_OPTS="-Xlog:gc:file=bench/results/quiz-capacity.gc.log ${BENCH_JAVA_OPTS:-}"
BENCH_KEEP_LOG="bench/results/quiz-capacity.server.log"
start_attune "$db" "$port" capacity
total=$((step_users * steps))
echo "Creating ${total} trainees..."
create_trainees "$db" "$password" bench-trainee- "$total"

samples="$work/samples.txt"
(
    while kill -0 "$server" 2>/dev/null; do
        echo "$(date +%s%3N) $(rss_mb) $(cpu_ticks)" >> "$samples"
        sleep 5
    done
) &
sampler=$!

echo "Running Gatling (${steps} steps of ${step_users} trainees, ${step_seconds} s each)..."
rm -rf bench/quiz-load/target/gatling
set +e
mvn -B -q -f bench/quiz-load/pom.xml gatling:test -Dsimulation=attune.bench.CapacitySimulation \
    "-Dbase=http://localhost:${port}" "-Dpassword=${password}" "-DstepUsers=${step_users}" "-Dsteps=${steps}" \
    "-DstepSeconds=${step_seconds}" "-DrampSeconds=${ramp_seconds}" "-DstartFile=$work/start.txt" \
    > bench/results/quiz-capacity.gatling.txt 2>&1
gatling_status=$?
set -e
kill "$sampler" 2>/dev/null || true
report=$(ls -d bench/quiz-load/target/gatling/*/ | head -n 1)
[ -f "${report}js/stats.js" ] || { tail -n 40 bench/results/quiz-capacity.gatling.txt; echo "Gatling wrote no report"; exit 1; }

machine="$(machine_line)"
python3 - "${report}js/stats.js" "$samples" "$work/start.txt" "$step_users" "$steps" "$step_seconds" "$ramp_seconds" \
    "$machine" "$gatling_status" > bench/results/quiz-capacity.txt <<'PY'
import os, re, sys
stats, samples_file, start_file = sys.argv[1:4]
step_users, steps, step_seconds, ramp = map(int, sys.argv[4:8])
machine, gatling_status = sys.argv[8], sys.argv[9]
text = open(stats).read()
blocks = {}
for chunk in re.split(r'\n\s*name: "', text)[1:]:
    blocks.setdefault(chunk[:chunk.index('"')], chunk)
def value(name, key, kind="total"):
    m = re.search(r'"%s": \{\s*"total": "([^"]*)",\s*"ok": "([^"]*)",\s*"ko": "([^"]*)"' % key, blocks[name])
    return {"total": m.group(1), "ok": m.group(2), "ko": m.group(3)}[kind]
def figures(name):
    if name not in blocks:
        return None
    return {"n": int(value(name, "numberOfRequests")), "ko": int(value(name, "numberOfRequests", "ko")),
            "p50": int(value(name, "percentiles1")), "p95": int(value(name, "percentiles3")),
            "p99": int(value(name, "percentiles4"))}
start = int(open(start_file).read().strip())
hz, cores = os.sysconf("SC_CLK_TCK"), os.cpu_count()
samples = []
for line in open(samples_file):
    parts = line.split()
    if len(parts) == 5:
        samples.append((int(parts[0]), int(parts[1]), int(parts[2]), int(parts[3]), int(parts[4])))
def window_use(t0, t1):
    inside = [s for s in samples if t0 <= s[0] <= t1]
    if len(inside) < 2:
        return None
    a, b = inside[0], inside[-1]
    seconds = (b[0] - a[0]) / 1000
    return {"rss": b[1], "server": (b[2] - a[2]) / hz / seconds, "db": (b[3] - a[3]) / hz / seconds,
            "busy": 100 * (b[4] - a[4]) / hz / (seconds * cores)}
print(f"date: {__import__('datetime').datetime.utcnow():%Y-%m-%dT%H:%MZ}")
print(f"machine: {machine} (Attune -Xmx1g, MariaDB and Gatling on the same machine)")
print(f"steps: {steps} x {step_users} trainees, {step_seconds} s windows, sign-ins over the first {ramp} s; gatling_exit: {gatling_status}")
capacity, crossed = 0, None
for w in range(steps):
    population = (w + 1) * step_users
    steady = figures(f"save @{population}")
    use = window_use(start + (w * step_seconds + ramp) * 1000, start + (w + 1) * step_seconds * 1000)
    line = f"window {w + 1}: {population} trainees in the quiz"
    if steady:
        line += f"; saves n={steady['n']} ko={steady['ko']} p50={steady['p50']} p95={steady['p95']} p99={steady['p99']}"
    ramping = figures(f"save, ramping to {population}")
    if ramping:
        line += f"; saves while they joined p95={ramping['p95']} ko={ramping['ko']}"
    if use:
        line += (f"; machine busy {use['busy']:.0f}% (Attune {use['server']:.2f} cores, MariaDB {use['db']:.2f});"
                 f" resident memory {use['rss']} MB")
    print(line)
    if steady and crossed is None:
        if steady["p95"] < 150 and steady["ko"] == 0:
            capacity = population
        else:
            crossed = population
end = figures("save while all submit")
if end:
    print(f"saves_while_all_submit: n={end['n']} ko={end['ko']} p50={end['p50']} p95={end['p95']} p99={end['p99']}")
for name in ["sign in", "start", "attempt page", "submit"]:
    f = figures(name)
    if f:
        print(f"{name.replace(' ', '_')}: n={f['n']} ko={f['ko']} p50={f['p50']} p95={f['p95']} p99={f['p99']}")
print(f"all: n={value('All Requests', 'numberOfRequests')} ko={value('All Requests', 'numberOfRequests', 'ko')}")
print(f"capacity={capacity}")
print(f"crossed={crossed if crossed is not None else 'no'}")
PY
cat bench/results/quiz-capacity.txt
capacity=$(sed -n 's/^capacity=//p' bench/results/quiz-capacity.txt)
crossed=$(sed -n 's/^crossed=//p' bench/results/quiz-capacity.txt)
if [ "$crossed" = no ]; then
    verdict="The save p95 stayed under 150 ms with no errors in every window, up to ${capacity} trainees: the capacity is at least that, and this run did not reach it."
else
    verdict="The save p95 (or an error) crossed the line in the window with ${crossed} trainees: the capacity on this machine is **${capacity} trainees** at this pace."
fi
windows=$(sed -n 's/^window /| /p' bench/results/quiz-capacity.txt | sed 's/: / | /; s/$/ |/')
section="## Quiz capacity

Measured by \`bench/quiz-capacity.sh\` on $(date -u +%Y-%m-%d): ${machine}; Attune with \`-Xmx1g\`, MariaDB and Gatling
(\`bench/quiz-load/\`, \`CapacitySimulation\`) on the same two cores. Trainees join the *Reading the baby* quiz in steps
of ${step_users}, one step per ${step_seconds} s window: each step signs in over the first ${ramp_seconds} s of its window
(PBKDF2 at OWASP's work factor, through the sign-in page), starts an attempt and loads its page, and every trainee who
has joined then saves an answer every 30-90 s (Moodle's pace) until the last window ends, when all submit. Each
window's saves after its ramp are measured apart, with the CPU used and the server's resident memory at its end; the
saves sent while everyone submits at the end (a burst, not the pace) are measured apart again and not counted in the
capacity.

| window | trainees in the quiz, saves after the ramp, and the machine |
|---|---|
${windows}

${verdict} Other requests over the whole run: $(grep -E '^(saves_while_all_submit|sign_in|start|attempt_page|submit):' bench/results/quiz-capacity.txt | tr '\n' ';' | sed 's/;$//; s/;/; /g').
Raw figures: \`bench/results/quiz-capacity.txt\`; the server's garbage collection goes to \`bench/results/quiz-capacity.gc.log\` (not committed)."
python3 bench/update-section.py "Quiz capacity" "$section"
echo "Updated BENCHMARKS.md"
exit "$gatling_status"
