#!/usr/bin/env bash
# Builds Attune and starts it on Payara Micro with the embedded database (H2, files under ./data/) and demo data.
# Prints the URL and the demo logins when ready; Ctrl-C stops it. The log is in data/attune.log.
# A single node: Hazelcast and session replication off; the HTTP listener binds 127.0.0.1 only.
#   ATTUNE_PORT      HTTP port (default 8080)
#   ATTUNE_DATA_DIR  where the embedded database and the log live (default ./data)
#   ATTUNE_SKIP_BUILD=1  start the WAR already in target/ without building
#   ATTUNE_JAVA_OPTS JVM options (default: small heap, serial GC and the quick C1 compiler only, which starts a
#                    single-user demo about a third faster; production images use the full JIT)
set -euo pipefail
cd "$(dirname "$0")/.."

port="${ATTUNE_PORT:-8080}"
url="http://localhost:${port}/"

if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then
    echo "Attune needs a JDK 17 (java) and Maven (mvn) on the PATH." >&2
    exit 1
fi
if [ "${ATTUNE_SKIP_BUILD:-0}" != 1 ]; then
    echo "Building Attune (mvn package, tests skipped)..."
    mvn -B -q package -DskipTests
fi
micro_jar=$(ls target/payara-micro-*.jar | head -n 1)

# This command always runs the embedded mode: a database URL in the environment must not redirect the demo data.
unset ATTUNE_DB_URL ATTUNE_DB_USER ATTUNE_DB_PASSWORD ATTUNE_DB_CLASS

data_dir="${ATTUNE_DATA_DIR:-data}"
mkdir -p "$data_dir"
data_dir=$(cd "$data_dir" && pwd)
log="$data_dir/attune.log"
: > "$log"
echo "Starting Attune on ${url} (log: ${log})..."
started=$(date +%s.%N)
# shellcheck disable=SC2086
java ${ATTUNE_JAVA_OPTS:--Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1} -Duser.timezone=UTC "-Dattune.data-dir=${data_dir}" \
    "-Dattune.base-url=http://localhost:${port}" \
    -jar "$micro_jar" \
    --deploy target/attune.war --contextroot / \
    --port "$port" --disablephonehome \
    --nohazelcast \
    --prebootcommandfile src/main/payara/single-node.asadmin \
    >>"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; echo; echo "Attune stopped."' INT TERM EXIT

ready=0
for _ in $(seq 1 240); do
    if ! kill -0 "$pid" 2>/dev/null; then
        break
    fi
    if grep -q "Attune start-up stopped" "$log"; then
        break
    fi
    # Payara answers /health/ready before the application is deployed; Attune's own check must be in the answer.
    body=$(curl -fsS "${url}health/ready" 2>/dev/null || true)
    if [[ "$body" == '{"status":"UP"'* && "$body" == *'"attune-database"'* ]]; then
        ready=1
        break
    fi
    sleep 0.5
done

if [ "$ready" != 1 ]; then
    echo "Attune did not start. The end of ${log}:" >&2
    grep -E "SEVERE|Attune start-up stopped|Exception" "$log" | tail -n 20 >&2 || tail -n 40 "$log" >&2
    exit 1
fi

elapsed=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
echo
echo "Attune is ready at ${url} (started in ${elapsed} s)"
grep -o 'DEMO [^]]*' "$log" | sed 's/[[:space:]]*$//' || true
echo
echo "Press Ctrl-C to stop."
wait "$pid"
