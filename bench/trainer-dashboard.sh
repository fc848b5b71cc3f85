#!/usr/bin/env bash
# Trainer dashboard benchmark: a training organisation with 10 trainers and one cohort of 500 trainees with
# realistic progress (bench/trainer-dashboard.sql: enrolments, sections read, quiz attempts passed and failed,
# practicum sessions with families, observations with every competence rated, sign-offs), in MariaDB (database
# attune_bench_dashboard, made afresh). The 10 trainers sign in, each with a session of their own; then
# GET /trainer/dashboard (all 500 trainees' progress) with 10 connections back to back (wrk, 30 s after a 60 s
# warm-up), and with 1. Reports latency, throughput, MariaDB statements and CPU per page and the server's resident
# memory; writes bench/results/trainer-dashboard.txt and the "Trainer dashboard" section of BENCHMARKS.md.
#   BENCH_PORT (default 8099), BENCH_TRAINEES (default 500, at most 1000), BENCH_DB_HOST/PORT (default 127.0.0.1:3306)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${BENCH_PORT:-8099}"
trainees="${BENCH_TRAINEES:-500}"
trainers=10
db=attune_bench_dashboard
password="bench-trainer-passphrase"
source bench/lib/attune-on-mariadb.sh
command -v wrk >/dev/null || { echo "Installing wrk..."; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

BENCH_KEEP_LOG=bench/results/trainer-dashboard.server.log
start_attune "$db" "$port" dashboard
base="http://localhost:${port}"

echo "Seeding ${trainees} trainees with progress..."
hash=$(java -cp target/classes bench/HashPassword.java "$password")
{ echo "SET @trainees = ${trainees}, @trainers = ${trainers}, @hash = '${hash}';"; cat bench/trainer-dashboard.sql; } | sql "$db"
counts=$(for t in enrolment section_read quiz_attempt practicum_session observation competence_rating sign_off; do
    printf '%s %s, ' "$(sql -N "$db" -e "SELECT COUNT(*) FROM $t")" "$t"; done | sed 's/, $//')
echo "Seeded: $counts"

sessions="$work/sessions.txt"
: > "$sessions"
for i in $(seq 1 "$trainers"); do
    jar="$work/cookies-$i"
    sign_in "$base" "$jar" "bench-trainer-${i}@bench.example" "$password"
    awk '$6 == "JSESSIONID" { print $7 }' "$jar" >> "$sessions"
done
page=$(curl -s -b "JSESSIONID=$(head -n 1 "$sessions")" "$base/trainer/dashboard")
shown=$(echo "$page" | grep -o 'id="rowsShown"[^>]*>[^<]*' | sed 's/.*>//')
[ "$shown" = "Trainees 1 to 50 of ${trainees}" ] || { echo "the dashboard showed '${shown}', not all ${trainees} trainees"; exit 1; }
page_kb=$(( $(echo "$page" | wc -c) / 1024 ))

url="$base/trainer/dashboard"
wrk -t2 -c10 -d60s -s bench/module-page.lua "$url" "$sessions" >/dev/null
ten=$(measure 10 30 bench/module-page.lua "$url" "$sessions")
paced=$(measure 10 60 bench/trainer-dashboard-paced.lua "$url" "$sessions")
one=$(measure 1 20 bench/module-page.lua "$url" "$sessions")
rss=$(rss_mb)
get() { echo "$1" | sed -n "s/^$2=//p"; }
verdict() { python3 -c "print('met' if $1 < 200 else 'missed')"; }
machine="$(machine_line)"
out=bench/results/trainer-dashboard.txt
{
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "machine: $machine (Attune, MariaDB and wrk on the same machine)"
    echo "trainees: $trainees ($counts); page size ${page_kb} KB"
    echo "10 trainers, 10 connections back to back:"
    echo "$ten"
    echo "10 trainers, each opening the dashboard 2.5-7.5 s after the last one arrived:"
    echo "$paced"
    echo "1 trainer, 1 connection:"
    echo "$one"
    echo "resident memory after the run: ${rss} MB"
} | tee "$out"
section="## Trainer dashboard

Measured by \`bench/trainer-dashboard.sh\` on $(date -u +%Y-%m-%d): ${machine}; Attune on MariaDB with \`-Xmx1g\`,
wrk on the same two cores. One cohort of ${trainees} trainees with realistic progress (${counts};
\`bench/trainer-dashboard.sql\`), 10 trainers of the organisation signed in, each with a session of their own; every
request is the whole dashboard (\`GET /trainer/dashboard\`, ${page_kb} KB: every trainee's progress read and worked out
for the chart, the attention list and the filters, the first 50 rows and 10 who need attention shown), after a 60 s
warm-up. Three loads: 10 trainers at work, each opening the dashboard again 2.5 to 7.5 s (at random) after the last one arrived (about 2
pages a second); 10 connections sending back to back (10 trainers reloading without pause: a stress figure, where
the time is mostly queueing for the two cores); and 1 connection back to back (the time one trainer waits).

| trainers | throughput | p50 / p95 / p99 | errors | MariaDB statements per page | CPU per page: server + MariaDB | target |
|---|---|---|---|---|---|---|
| 10, every 2.5-7.5 s | $(get "$paced" rps) pages/s | $(get "$paced" p50_ms) / $(get "$paced" p95_ms) / $(get "$paced" p99_ms) ms | $(get "$paced" errors) | $(get "$paced" statements_per_request) | $(get "$paced" cpu_ms_per_request_server) + $(get "$paced" cpu_ms_per_request_mariadb) ms | p95 under 200 ms ($(verdict "$(get "$paced" p95_ms)")) |
| 10, back to back | $(get "$ten" rps) pages/s | $(get "$ten" p50_ms) / $(get "$ten" p95_ms) / $(get "$ten" p99_ms) ms | $(get "$ten" errors) | $(get "$ten" statements_per_request) | $(get "$ten" cpu_ms_per_request_server) + $(get "$ten" cpu_ms_per_request_mariadb) ms | p95 under 200 ms ($(verdict "$(get "$ten" p95_ms)")) |
| 1, back to back | $(get "$one" rps) pages/s | $(get "$one" p50_ms) / $(get "$one" p95_ms) / $(get "$one" p99_ms) ms | $(get "$one" errors) | $(get "$one" statements_per_request) | $(get "$one" cpu_ms_per_request_server) + $(get "$one" cpu_ms_per_request_mariadb) ms | |

Resident memory of the server after the run: ${rss} MB.

What changed: the dashboard used to read each trainee's progress with its own queries (about 28 statements a trainee,
so about 14,000 for 500). It reads the members, enrolments, sections read, attempts, practicum sessions and their
families, ratings, the trainers' names and the sign-offs once each for the whole cohort, in one transaction
(statements per page above, whatever the cohort's size; \`ObservedPracticeIT\` fails if a statement per trainee comes
back). Since then, each step from a profile (JFR): family codes ordered without regular expressions, read-only
look-ups, 50 rows a page (2026-11-30: CPU per page halved); sections read counted per module by the database and
attempts read as four columns (2026-12-01: 88.6 to 41.3 ms back to back on a quiet machine). On 2026-12-02 the same
code cost 112.8 ms a page back to back and missed the paced target (p95 254.7 ms, profiler on): a busier machine, and
a profile that put two thirds of the page in reading rows through EclipseLink. Three changes since: (1) ratings and
practicum sessions come back as the columns the page counts, not as entities with batch-fetched collections
(\`ObservationService.records\`, \`PracticumService.deliveriesOf\`; building about 3,000 ratings and 1,250 sessions with
2,500 family codes as entities was half the page); (2) the sections read are counted by plain JDBC, because
EclipseLink finds each positional parameter of a native query by a linear search of the others, so binding 450 ids
cost more than the query; the trainees' links are plain anchors instead of \`h:link\` (a navigation case per row);
(3) the rows are read once per request (\`TrainerProgressRows\`) instead of kept in the view: every dashboard a trainer
opened had kept 500 rows in their session, and the heap after each collection grew by about a megabyte a page under
load (resident memory 1,369 MB after the run before, under 1 GB now; nor would those rows travel with a session to
another node). A sort, a filter or the next page now reads the progress again, as it is then. The paced loads' CPU
per page is higher than back to back because it includes what the JIT compilers still do after the warm-up (the
profile's CPU by thread put them above the request threads in that minute), spread over only 2 pages a second.
Back to back, 10 connections wait for two cores and the p95 is queueing: a page would need about 20 ms of CPU in all
to meet 200 ms there. What is left: reading about 7,000 rows through EclipseLink and the driver (the ratings are the
largest), and JSF rendering the page (about a quarter).

Raw figures: \`bench/results/trainer-dashboard.txt\`."
python3 bench/update-section.py "Trainer dashboard" "$section"
echo "Updated BENCHMARKS.md"
