#!/usr/bin/env bash
# Fault test: does Attune recover by itself when its MySQL-compatible database restarts?
#
# Starts a private MariaDB instance (its own data directory under a temporary folder and its own port, never the
# machine's shared server), runs Attune on Payara Micro against it, sends light load (about 10 requests a second
# alternating /health/ready and a page that queries through JPA), restarts the database, and reports the
# errors seen and how long after the database came back requests succeeded again. Writes RELIABILITY.md.
#
#   DB_PORT (default 3407), APP_PORT (default 8095), DOWN_SECONDS (default 5): how long the database stays down.
set -euo pipefail
cd "$(dirname "$0")/.."

db_port="${DB_PORT:-3407}"
app_port="${APP_PORT:-8095}"
down_seconds="${DOWN_SECONDS:-5}"
work=$(mktemp -d /tmp/attune-db-restart.XXXXXX)
datadir="$work/mariadb"
socket="$work/mariadb.sock"
app_log="$work/attune.log"
load_log="$work/load.log"

if [ ! -x /usr/sbin/mariadbd ] || ! command -v mariadb-install-db >/dev/null; then
    echo "Installing mariadb-server for a private test instance..."
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq mariadb-server >/dev/null;
    else sudo apt-get update -qq && sudo apt-get install -y -qq mariadb-server >/dev/null; fi
fi

db_pid=""
app_pid=""
load_pid=""
cleanup() {
    [ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null || true
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$db_pid" ] && kill "$db_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

start_db() {
    /usr/sbin/mariadbd --no-defaults --user="$(id -un)" --datadir="$datadir" --port="$db_port" \
        --bind-address=127.0.0.1 --socket="$socket" --pid-file="$work/mariadb.pid" \
        --skip-log-bin --innodb-buffer-pool-size=64M >>"$work/mariadb.log" 2>&1 &
    db_pid=$!
    for _ in $(seq 1 100); do
        mariadb --socket="$socket" -uroot -e "SELECT 1" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "The private MariaDB did not start; see $work/mariadb.log" >&2
    cat "$work/mariadb.log" >&2
    exit 1
}

echo "Preparing a private MariaDB in $datadir on port $db_port..."
mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$datadir" --auth-root-authentication-method=normal \
    >"$work/install.log" 2>&1
start_db
mariadb --socket="$socket" -uroot -e "
    CREATE DATABASE attune CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER 'attune'@'127.0.0.1' IDENTIFIED BY 'attune-fault-test';
    CREATE USER 'attune'@'localhost' IDENTIFIED BY 'attune-fault-test';
    GRANT ALL PRIVILEGES ON attune.* TO 'attune'@'127.0.0.1';
    GRANT ALL PRIVILEGES ON attune.* TO 'attune'@'localhost';"

[ -f target/attune.war ] || mvn -B -q package -DskipTests
micro_jar=$(ls target/payara-micro-*.jar | head -n 1)

echo "Starting Attune on port $app_port against it..."
ATTUNE_DB_URL="jdbc:mysql://127.0.0.1:${db_port}/attune?useSSL=false&allowPublicKeyRetrieval=true&connectTimeout=2000&socketTimeout=10000&connectionTimeZone=UTC" \
ATTUNE_DB_USER=attune ATTUNE_DB_PASSWORD=attune-fault-test \
java -Xmx384m -XX:+UseSerialGC -Duser.timezone=UTC -jar "$micro_jar" \
    --deploy target/attune.war --contextroot / --port "$app_port" --disablephonehome \
    --nohazelcast \
    --prebootcommandfile src/main/payara/single-node.asadmin >"$app_log" 2>&1 &
app_pid=$!
url="http://127.0.0.1:${app_port}/health/ready"
for _ in $(seq 1 240); do
    curl -fsS "$url" 2>/dev/null | grep -q '"attune-database"' && break
    kill -0 "$app_pid" 2>/dev/null || { echo "Attune exited; see log:" >&2; tail -n 50 "$app_log" >&2; exit 1; }
    sleep 0.5
done
curl -fsS "$url" | grep -q '"status":"UP"' || { echo "Attune never became ready" >&2; exit 1; }

# Light load: one request every 100 ms, alternating the readiness check and a page that runs a JPA query (the
# invitation lookup of the public registration page); each line "<epoch seconds with ms> <http status>".
# Bounded: at most 600 requests.
page="http://127.0.0.1:${app_port}/register?code=RELIABILITYCHECK"
(
    for i in $(seq 1 600); do
        if [ $((i % 2)) = 0 ]; then target="$url"; else target="$page"; fi
        code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$target" || true)
        echo "$(date +%s.%3N) ${code:-000}"
        sleep 0.1
    done
) >"$load_log" &
load_pid=$!

sleep 5
echo "Stopping the database for ${down_seconds} s..."
stop_at=$(date +%s.%3N)
kill -TERM "$db_pid"; wait "$db_pid" 2>/dev/null || true
sleep "$down_seconds"
start_db
up_at=$(date +%s.%3N)
echo "Database is back; watching Attune recover..."
sleep 20
kill "$load_pid" 2>/dev/null || true; wait "$load_pid" 2>/dev/null || true; load_pid=""

# Analyse: errors before the stop (should be none), while down (expected), and after the database came back.
read -r total errors_before errors_down errors_after first_ok_after last_error_after <<<"$(awk -v stop="$stop_at" -v up="$up_at" '
    { t = $1; ok = ($2 == "200"); n++
      if (t < stop) { if (!ok) eb++ }
      else if (t < up) { if (!ok) ed++ }
      else { if (!ok) { ea++; last = t } else if (first == "") first = t } }
    END { printf "%d %d %d %d %s %s\n", n, eb+0, ed+0, ea+0, (first == "" ? "none" : first), (last == "" ? "none" : last) }' "$load_log")"

if [ "$first_ok_after" = none ]; then
    recovery="never (within 20 s)"
    verdict="FAIL"
else
    if [ "$last_error_after" = none ]; then settled="$first_ok_after"; else settled="$last_error_after"; fi
    recovery=$(awk -v a="$up_at" -v b="$settled" 'BEGIN { d = b - a; if (d < 0) d = 0; printf "%.1f s", d }')
    verdict=$(awk -v a="$up_at" -v b="$settled" 'BEGIN { print ((b - a) <= 10 ? "PASS" : "FAIL") }')
fi
down_for=$(awk -v a="$stop_at" -v b="$up_at" 'BEGIN { printf "%.1f", b - a }')

cores=$(nproc); mem=$(free -g | awk '/^Mem:/ { print $2 " GiB" }')
mariadb_version=$(/usr/sbin/mariadbd --version | sed 's/.*Ver //; s/ for.*//')
summary="| $(date -u +%Y-%m-%d) | ${cores} cores, ${mem} | MariaDB ${mariadb_version} | ${down_for} s | ${total} | ${errors_before} | ${errors_down} | ${errors_after} | ${recovery} | ${verdict} |"
echo
echo "Requests: ${total}; errors before the restart: ${errors_before}; while down: ${errors_down}; after it was back: ${errors_after}"
echo "Requests succeeded steadily again ${recovery} after the database was back: ${verdict}"

if [ ! -f RELIABILITY.md ] || ! grep -q '^| date |' RELIABILITY.md; then
    cat > RELIABILITY.md <<'MD'
# Reliability

## Database restart while Attune runs

`scripts/db-restart-check.sh` starts a private MariaDB (own data directory and port), runs Attune on Payara Micro
against it, sends about 10 requests a second to `/health/ready` (each takes a connection from the application's pool
and validates it), stops the database for a few seconds, starts it again and measures how long after the database
is back requests succeed steadily again. Target: within 10 s, without restarting Attune.

How it holds: the data source validates every connection before handing it out
(`JDBC40ConnectionValidation`, i.e. `Connection.isValid`) and drops the whole pool when one connection fails
(`fail-all-connections`), so no dead connection survives the restart. Requests while the database is down fail fast
(connect timeout 2 s) and readiness reports DOWN, so a load balancer stops sending traffic.

| date | machine | database | down for | requests | errors before | errors while down | errors after back | recovered after | verdict |
|---|---|---|---|---|---|---|---|---|---|
MD
fi
echo "$summary" >> RELIABILITY.md
echo "Recorded in RELIABILITY.md"
[ "$verdict" = PASS ]
