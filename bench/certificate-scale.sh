#!/usr/bin/env bash
# Look-ups as the register grows: one Attune on MariaDB (database attune_bench_scale, made afresh), its certificates
# grown in steps to 1,000, 100,000 and 1,000,000 (BENCH_SIZES), each certificate with a credential-sized text so that
# the database holds as much as a real one. MariaDB is the benchmark's own (on BENCH_PRIVATE_DB_PORT, default 3397),
# with the buffer pool production should have for a million certificates (BENCH_BUFFER_POOL, default 1G). At each size, after a short warm-up, GET /api/v1/certificates/{number} for numbers
# spread over the whole register with 64 connections and with 4 (wrk), the trivial endpoint (GET /api/v1/issuer) in
# the same step, and bulk verification of 5,000 numbers picked at random from the register. The first size is
# preceded by the long warm-up of bench/certificate-lookup.sh (the JIT). The per-client rate limit is lifted (every
# request comes from one address). Writes bench/results/certificate-scale.txt and the "Look-ups as the register
# grows" section of BENCHMARKS.md; the database is dropped at the end (about 4 GB at a million).
#   BENCH_PORT (default 8096), BENCH_SIZES (default "1000 100000 1000000"), BENCH_WARMUP_ROUNDS (default 9),
#   BENCH_DB_HOST/PORT (default 127.0.0.1:3306)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${BENCH_PORT:-8096}"
read -r -a sizes <<< "${BENCH_SIZES:-1000 100000 1000000}"
db=attune_bench_scale
source bench/lib/attune-on-mariadb.sh
source bench/lib/certificates.sh
pool="${BENCH_BUFFER_POOL:-1G}"
work=$(mktemp -d "/tmp/attune-bench-scale.XXXXXX")
start_private_mariadb "${BENCH_PRIVATE_DB_PORT:-3397}" "$pool"
start_lookup_server "$db" "$port" scale
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; stop_private_mariadb; rm -rf "$work"' EXIT
certificate_owner "$db"
numbers="$work/numbers.txt"
lookup="http://localhost:${port}"
trivial="http://localhost:${port}/api/v1/issuer"
get() { echo "$1" | sed -n "s/^$2=//p"; }
machine="$(machine_line)"
out=bench/results/certificate-scale.txt
{ echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"; echo "machine: $machine"; } > "$out"
have=0
rows=""
db_cpu=""
sizes_mb=""
for size in "${sizes[@]}"; do
    echo "Growing the register to ${size} certificates..."
    seed_start=$(date +%s)
    add_certificates "$db" "$((size - have))" "$have" "$numbers" credentials
    seed_seconds=$(($(date +%s) - seed_start))
    have=$size
    [ "$(sql -N "$db" -e "SELECT COUNT(*) FROM certificate c JOIN certificate_credential s ON s.certificate_id = c.id")" = "$size" ] \
        || { echo "not every certificate has its credential"; exit 1; }
    sql "$db" -e "ANALYZE TABLE certificate_credential" >/dev/null
    table_mb() {
        sql -N "$db" -e "SELECT ROUND((DATA_LENGTH + INDEX_LENGTH) / 1048576) FROM information_schema.TABLES
            WHERE TABLE_SCHEMA = '${db}' AND TABLE_NAME = '$1'"
    }
    data_mb=$(table_mb certificate)
    credentials_mb=$(table_mb certificate_credential)
    curl -fsS "${lookup}/api/v1/certificates/$(tail -n 1 "$numbers")" | grep -q '"status"' || { echo "lookup failed"; exit 1; }
    # look-ups spread over the whole register: the numbers in random order
    shuf "$numbers" > "$work/shuffled.txt"
    rounds=2
    [ "$size" = "${sizes[0]}" ] && rounds="${BENCH_WARMUP_ROUNDS:-9}"
    warm_up_lookups "$rounds" "$work/shuffled.txt"
    trivial_result=$(measure 64 30 bench/trivial.lua "$trivial")
    lookup_result=$(measure 64 30 bench/certificate-lookup.lua "$lookup" "$work/shuffled.txt")
    lookup_light=$(measure 4 20 bench/certificate-lookup.lua "$lookup" "$work/shuffled.txt")
    shuf -n 5000 "$numbers" > "$work/bulk-numbers.txt"
    bulk_verification "$db" "$port" "$work/bulk-numbers.txt"
    ratio=$(python3 -c "print(f'{$(get "$lookup_result" rps) / $(get "$trivial_result" rps):.2f}')")
    {
        echo "certificates: $size (table and indexes ${data_mb} MB, credentials ${credentials_mb} MB; grown in ${seed_seconds} s)"
        echo "trivial endpoint, 64 connections:"; echo "$trivial_result"
        echo "certificate lookup, 64 connections:"; echo "$lookup_result"
        echo "ratio=$ratio"
        echo "certificate lookup, 4 connections:"; echo "$lookup_light"
        echo "bulk verification, 5,000 random numbers, 5 runs (seconds): ${bulk_times[*]} (${bulk_mismatches} name mismatches)"
    } | tee -a "$out"
    rows="${rows}| $(printf "%'d" "$size") | ${data_mb} MB (credentials ${credentials_mb} MB) | $(get "$lookup_light" p50_ms) / $(get "$lookup_light" p99_ms) ms | $(get "$lookup_result" p50_ms) / $(get "$lookup_result" p99_ms) ms | $(get "$lookup_result" rps) / $(get "$trivial_result" rps) | ${ratio} | $(get "$lookup_result" statements_per_request) | ${bulk_summary} | $(($(get "$lookup_result" errors) + $(get "$lookup_light" errors))) |
"
    eval "p50_light_${size}=$(get "$lookup_light" p50_ms)"
    eval "p50_${size}=$(get "$lookup_result" p50_ms)"
    db_cpu="${db_cpu:+${db_cpu}, }$(get "$lookup_result" cpu_ms_per_request_mariadb) ms at $(printf "%'d" "$size")"
    sizes_mb="${sizes_mb:+${sizes_mb}, }${data_mb} MB at $(printf "%'d" "$size")"
    eval "bulk_median_${size}=$(printf '%s\n' "${bulk_times[@]}" | sort -n | sed -n 3p)"
done
smallest=${sizes[0]}
largest=${sizes[${#sizes[@]} - 1]}
growth_light=$(python3 -c "print(f'{$(eval echo "\$p50_light_${largest}") / $(eval echo "\$p50_light_${smallest}"):.2f}')")
growth=$(python3 -c "print(f'{$(eval echo "\$p50_${largest}") / $(eval echo "\$p50_${smallest}"):.2f}')")
verdict() { python3 -c "print('met' if $1 else 'missed')"; }
section="## Look-ups as the register grows

Measured by \`bench/certificate-scale.sh\` on $(date -u +%Y-%m-%d): ${machine}; Attune on MariaDB with \`-Xmx1g\`,
MariaDB the benchmark's own with a ${pool} buffer pool, wrk on the same two cores. One server; its register grown in
steps, every certificate with a credential-sized text (3,590 characters, as a signed credential) in
\`certificate_credential\`, where Attune keeps it, so that the database holds as much as a real one. At each size: a
warm-up (the JIT's six minutes before the first size, 80 s after each growth), then look-ups of numbers in random
order over the whole register, 30 s at 64 connections (the trivial endpoint \`GET /api/v1/issuer\` measured in the
same step) and 20 s at 4, and bulk verification of 5,000 numbers picked at random from the register
(\`POST /api/v1/verifications\`, five runs one after the other, every tenth name wrong).

| certificates | certificate table and indexes | look-up p50 / p99, 4 connections | look-up p50 / p99, 64 connections | look-ups / trivial per second, 64 | ratio | statements per look-up | bulk verification of 5,000 | errors |
|---|---|---|---|---|---|---|---|---|
${rows}
Targets: the look-up p50 from $(printf "%'d" "$smallest") to $(printf "%'d" "$largest") certificates within 1.2 times: ${growth_light} at 4 connections,
${growth} at 64 ($(verdict "$growth <= 1.2 and $growth_light <= 1.2")); the ratio to the trivial endpoint at least 0.6 at 64 connections
(see the table; why this ratio falls as the machine gets faster is in Certificate verification); bulk verification
of 5,000 rows against the largest register under 1 s (median $(eval echo "\$bulk_median_${largest}") s:
$(verdict "$(eval echo "\$bulk_median_${largest}") < 1")).

A look-up reads one row by the unique index of \`cert_number\` and the clustered index, selecting the shown columns
only (\`PublicCertificates\`), so the number of pages it reads grows with the depth of two B-trees (logarithmically)
and, once the register outgrows the buffer pool, with the share of those pages that must come from outside it.
MariaDB's CPU per look-up at 64 connections: ${db_cpu}; the certificate table and its indexes: ${sizes_mb}.
What changed since the first run of 2026-12-01 (p50 1.41 and 1.47 times, missed): each certificate's credential
moved out of its row into \`certificate_credential\` (migration V30), which look-ups never read, and MariaDB is given
a buffer pool that holds the certificate table at a million (production should size
\`innodb_buffer_pool_size\` the same way: at least the certificate table and its indexes, the figure in the table
above, with room for the rest of the working set; MariaDB's and MySQL's default of 128 MB holds about 200,000
certificates). The trivial endpoint's throughput varies between the steps of one run (other work on the machine), so
the ratio is noisy. At the smallest size the bulk verification sends every number in the register (1,000). Raw
figures: \`bench/results/certificate-scale.txt\`."
python3 bench/update-section.py "Look-ups as the register grows" "$section"
echo "Updated BENCHMARKS.md"
