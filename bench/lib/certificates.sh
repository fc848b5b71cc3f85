# Certificates for the look-up benchmarks (sourced after bench/lib/attune-on-mariadb.sh, not run):
#   start_lookup_server <database> <port> <name>
#                                           wrk if missing, then start_attune with the per-client look-up limit lifted
#                                           (every request comes from one address) and a signing key made in $work
#   certificate_owner <database>            a training organisation and a holder to issue from; sets $person,
#                                           $organisation and $syllabus
#   add_certificates <database> <count> <first index> <numbers file> [credentials]
#                                           seeds <count> more certificates (bench/SeedCertificates.java), appending
#                                           their numbers to the file; "credentials" gives each a credential-sized text
#   warm_up_lookups <rounds> <numbers file>  each round 20 s of look-ups of those numbers, then 20 s of the trivial
#                                           endpoint, 64 connections (uses $port)
#   bulk_verification <database> <port> <csv of numbers>
#                                           POST /api/v1/verifications five times with an API token for the numbers
#                                           (every tenth with a wrong name); sets $bulk_times (array), $bulk_summary,
#                                           $bulk_first and $bulk_mismatches, and fails unless every row is answered
certificate_owner() {
    local database=$1
    sql "$database" -e "INSERT INTO organisation (kind, name, created_at, version) VALUES ('TRAINING', 'Bench Training', NOW(6), 0);
        INSERT INTO person (email, display_name, active, created_at, version) VALUES ('holder@bench.example', 'Bench', TRUE, NOW(6), 0);"
    person=$(sql -N "$database" -e "SELECT id FROM person WHERE email = 'holder@bench.example'")
    organisation=$(sql -N "$database" -e "SELECT id FROM organisation WHERE name = 'Bench Training'")
    syllabus=$(sql -N "$database" -e "SELECT MAX(id) FROM syllabus_version")
}

add_certificates() {
    local database=$1 count=$2 first=$3 numbers=$4 credentials=${5:-}
    # CertificateNumber is woven by EclipseLink at build time (an embeddable), so its library goes on the class path
    [ -f target/bench.classpath ] || mvn -B -q dependency:build-classpath -Dmdep.includeScope=compile \
        -Dmdep.outputFile=target/bench.classpath
    java -cp "target/classes:$(cat target/bench.classpath)" bench/SeedCertificates.java "$count" "$person" \
        "$organisation" "$syllabus" "$numbers" \
        "$first" "$credentials" | sql "$database"
    sql "$database" -e "ANALYZE TABLE certificate" >/dev/null
}

bulk_verification() {
    local database=$1 port=$2 numbers=$3 token="att_bench-bulk-verification-token" token_hash t rows
    token_hash=$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)
    if [ "$(sql -N "$database" -e "SELECT COUNT(*) FROM api_token WHERE token_hash = '${token_hash}'")" = 0 ]; then
        sql "$database" -e "INSERT INTO organisation (kind, name, created_at, version) VALUES ('EMPLOYER', 'Bench Hub', NOW(6), 0);
            INSERT INTO api_token (employer_id, name, token_hash, token_prefix, created_by, created_at)
            SELECT id, 'bench', '${token_hash}', 'att_bench-bu', ${person}, NOW(6) FROM organisation WHERE name = 'Bench Hub';"
    fi
    rows=$(($(wc -l < "$numbers")))
    { echo "number,name"; awk 'NR % 10 == 0 { print $0 ",Somebody Else"; next } { print }' "$numbers"; } > "$work/bulk.csv"
    bulk_times=()
    for _ in 1 2 3 4 5; do
        t=$(curl -s -o "$work/bulk.json" -w '%{time_total}' -H "Authorization: Bearer ${token}" -H 'Content-Type: text/csv' \
            --data-binary @"$work/bulk.csv" "http://localhost:${port}/api/v1/verifications")
        bulk_times+=("$t")
    done
    grep -q "\"count\":${rows}" "$work/bulk.json" || { echo "bulk verification did not answer ${rows} rows"; head -c 300 "$work/bulk.json"; exit 1; }
    bulk_mismatches=$(grep -o '"error":"name mismatch"' "$work/bulk.json" | wc -l)
    bulk_summary=$(printf '%s\n' "${bulk_times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "fastest %s s, median %s s, slowest %s s", a[1], a[int((NR + 1) / 2)], a[NR] }')
    bulk_first=${bulk_times[0]}
}

start_lookup_server() {
    command -v wrk >/dev/null || { echo "Installing wrk..."; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
    work=${work:-$(mktemp -d "/tmp/attune-bench-$3.XXXXXX")}
    start_attune "$1" "$2" "$3" ATTUNE_VERIFY_RATE_LIMIT_PER_MINUTE=100000000 \
        ATTUNE_VERIFY_RATE_LIMIT_BURST=100000000 ATTUNE_SIGNING_KEY_FILE="$work/keys.jwks" \
        ATTUNE_SIGNING_GENERATE_IF_MISSING=true
}

warm_up_lookups() {
    local rounds=$1 numbers=$2
    for _ in $(seq 1 "$rounds"); do
        wrk -t2 -c64 -d20s -s bench/certificate-lookup.lua "http://localhost:${port}" "$numbers" >/dev/null
        wrk -t2 -c64 -d20s -s bench/trivial.lua "http://localhost:${port}/api/v1/issuer" >/dev/null
    done
}
