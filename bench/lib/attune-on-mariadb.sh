# Shared start-up of the benchmarks that run Attune on the machine's MariaDB (sourced, not run):
#   source bench/lib/attune-on-mariadb.sh
#   start_attune <database> <port> <name> [ENV=value ...]
# builds the WAR (unless BENCH_SKIP_BUILD=1), makes <database> afresh with the attune_bench user, starts Payara Micro
# on it (-Xmx1g and full JIT unless BENCH_JAVA_OPTS adds to it; Hazelcast off) with the given extra environment, and
# waits until /health/ready is UP with Attune's database check. Afterwards:
#   $server  the Payara Micro process     $work  a scratch directory (removed on exit; made first if the caller
#   has not set it, to name files in it in the environment)                               $log  the server's log
#   sql [mariadb arguments]              as root on BENCH_DB_HOST:BENCH_DB_PORT (default 127.0.0.1:3306)
#   machine_line                         cores, RAM, Java and MariaDB versions, for the results
#   cpu_ticks / statements               CPU ticks of server, MariaDB and machine / MariaDB's executed statements
#   rss_mb                               the server's resident memory now, in MB
#   start_private_mariadb <port> <buffer pool>   (before start_attune) a MariaDB of the benchmark's own, its data
#                                        directory in $work, so that its settings are the benchmark's to choose; sql
#                                        and start_attune use it from then on, and it stops on exit
# On exit the server is stopped; BENCH_KEEP_LOG=<file> copies its log there first.
db_host="${BENCH_DB_HOST:-127.0.0.1}"
db_port="${BENCH_DB_PORT:-3306}"
sql() { "$(command -v mariadb || command -v mysql)" -h "$db_host" -P "$db_port" -uroot "$@"; }

start_attune() {
    local database=$1 port=$2 name=$3
    shift 3
    [ "${BENCH_SKIP_BUILD:-0}" = 1 ] || mvn -B -q package -DskipTests
    local micro_jar
    micro_jar=$(ls target/payara-micro-*.jar | head -n 1)
    sql -e "DROP DATABASE IF EXISTS ${database}; CREATE DATABASE ${database} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
            CREATE USER IF NOT EXISTS 'attune_bench'@'127.0.0.1' IDENTIFIED BY 'attune_bench';
            CREATE USER IF NOT EXISTS 'attune_bench'@'localhost' IDENTIFIED BY 'attune_bench';
            GRANT ALL PRIVILEGES ON ${database}.* TO 'attune_bench'@'127.0.0.1';
            GRANT ALL PRIVILEGES ON ${database}.* TO 'attune_bench'@'localhost';"
    work=${work:-$(mktemp -d "/tmp/attune-bench-${name}.XXXXXX")}
    log="$work/attune.log"
    mkdir -p bench/results
    env ATTUNE_DB_URL="jdbc:mysql://${db_host}:${db_port}/${database}" ATTUNE_DB_USER=attune_bench \
        ATTUNE_DB_PASSWORD=attune_bench ATTUNE_CONTENT_PATH="$PWD/content" "$@" \
        java -Xmx1g ${BENCH_JAVA_OPTS:-} -Duser.timezone=UTC "-Dattune.data-dir=$work" \
        "-Dattune.base-url=http://localhost:${port}" -jar "$micro_jar" --deploy target/attune.war --contextroot / \
        --port "$port" --disablephonehome --nohazelcast --prebootcommandfile src/main/payara/single-node.asadmin \
        >"$log" 2>&1 &
    server=$!
    trap 'if [ -n "${BENCH_KEEP_LOG:-}" ]; then cp "$log" "$BENCH_KEEP_LOG" 2>/dev/null || true; fi;
          kill $server 2>/dev/null; wait $server 2>/dev/null || true; stop_private_mariadb; rm -rf "$work"' EXIT
    local body=""
    for _ in $(seq 1 300); do
        body=$(curl -fsS "http://localhost:${port}/health/ready" 2>/dev/null || true)
        [[ "$body" == '{"status":"UP"'* && "$body" == *'"attune-database"'* ]] && break
        sleep 0.5
    done
    [[ "$body" == '{"status":"UP"'* ]] || { tail -n 50 "$log"; echo "Attune did not start"; exit 1; }
}

start_private_mariadb() {
    local port=$1 pool=$2 mariadbd
    mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)
    work=${work:-$(mktemp -d "/tmp/attune-bench-db.XXXXXX")}
    mkdir -p "$work/db"
    mariadb-install-db --no-defaults --user=root --datadir="$work/db" --auth-root-authentication-method=normal \
        --skip-test-db >"$work/db-install.log" 2>&1
    "$mariadbd" --no-defaults --user=root --datadir="$work/db" --port="$port" --bind-address=127.0.0.1 \
        --socket="$work/db.sock" --pid-file="$work/db.pid" --skip-log-bin --innodb-buffer-pool-size="$pool" \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci >>"$work/db.log" 2>&1 &
    private_db=$!
    trap 'stop_private_mariadb; rm -rf "$work"' EXIT
    db_host=127.0.0.1
    db_port=$port
    for _ in $(seq 1 120); do
        sql -e "SELECT 1" >/dev/null 2>&1 && return 0
        sleep 0.25
    done
    cat "$work/db.log"; echo "the benchmark's own MariaDB did not start"; exit 1
}

stop_private_mariadb() {
    if [ -n "${private_db:-}" ]; then
        kill "$private_db" 2>/dev/null || true
        wait "$private_db" 2>/dev/null || true
    fi
}

machine_line() {
    echo "$(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM, $(java -version 2>&1 | head -n 1), MariaDB $(sql -N -e 'SELECT VERSION()')"
}

# CPU ticks (user + system) used so far by the server, by MariaDB and by the whole machine, from /proc
cpu_ticks() {
    local server_ticks db_ticks=0 pid
    server_ticks=$(awk '{ print $14 + $15 }' "/proc/${server}/stat")
    for pid in $(pgrep -x mariadbd || pgrep -x mysqld || true); do
        db_ticks=$((db_ticks + $(awk '{ print $14 + $15 }' "/proc/${pid}/stat")))
    done
    echo "$server_ticks $db_ticks $(awk '/^cpu / { print $2 + $3 + $4 + $6 + $7 + $8 }' /proc/stat)"
}

# statements MariaDB has executed so far (prepared statements: one per query the server sends)
statements() { sql -N -e "SHOW GLOBAL STATUS LIKE 'Com_stmt_execute'" | awk '{ print $2 }'; }

# measure <connections> <seconds> <wrk script and arguments...>: wrk's figures (the script's done() prints them),
# plus CPU and MariaDB statements per request
measure() {
    local connections=$1 seconds=$2 before after result statements_before statements_after
    shift 2
    before=$(cpu_ticks)
    statements_before=$(statements)
    result=$(wrk -t"$((connections < 2 ? 1 : 2))" -c"$connections" -d"${seconds}s" --latency -s "$@" | grep -E '^(requests|errors|p50_ms|p95_ms|p99_ms|rps)=')
    after=$(cpu_ticks)
    statements_after=$(statements)
    echo "$result"
    python3 - "$before" "$after" "$(echo "$result" | sed -n 's/^requests=//p')" "$((statements_after - statements_before))" <<'PY'
import os, sys
before, after = [list(map(int, a.split())) for a in sys.argv[1:3]]
requests, hz, statements = int(sys.argv[3]), os.sysconf("SC_CLK_TCK"), int(sys.argv[4])
server, db, machine = [(a - b) / hz * 1000 / requests for a, b in zip(after, before)]
print(f"cpu_ms_per_request_server={server:.3f}\ncpu_ms_per_request_mariadb={db:.3f}\ncpu_ms_per_request_machine={machine:.3f}")
print(f"statements_per_request={statements / requests:.3f}")
PY
}

rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/${server}/status"; }

# signs in through the sign-in page with curl, keeping the session in the cookie jar <jar>; fails if it did not
sign_in() { # <base url> <jar> <email> <password>
    local base=$1 jar=$2 email=$3 password=$4 page state location
    page=$(curl -s -c "$jar" -b "$jar" "$base/login")
    state=$(echo "$page" | grep -o 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' | sed 's/.*value="//;s/"$//')
    location=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "login=login" \
        --data-urlencode "login:email=$email" --data-urlencode "login:password=$password" \
        --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$state" "$base/login")
    [[ "$location" != *"/login"* && -n "$location" ]] || { echo "sign-in of $email failed (went to '$location')"; return 1; }
}
