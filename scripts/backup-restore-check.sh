#!/usr/bin/env bash
# The backup and restore check: proves that scripts/backup.sh and scripts/restore.sh bring Attune back. Starts its
# own MariaDB instance (own data directory and port; the shared server on 3306 is never touched) and one Payara Micro
# node of the built WAR through docker/start-node.sh with the demo data, records what people see (a certificate's
# verification answer and signed credential, an evidence file uploaded through the trainer's page), backs up while
# the node runs, stops it, restores into a new empty database with a fresh key directory, starts a node on that
# alone and checks that people sign in, the same credential verifies against the restored node's keys and the
# evidence file downloads with the same bytes. Bad input is tried too (a non-empty or missing target database, a
# corrupt, truncated, altered or missing archive, wrong arguments, an existing different key set, a dump failing
# half-way, a backup with a wrong password or without its keys): refused, nothing changed.
# scripts/backup_restore_check.py prints one PASS/FAIL line per point. Exit code 0 only when every point passed.
#
#   ATTUNE_SKIP_BUILD=1      use the WAR already in target/ (scripts/test.sh has just built it)
#   BACKUP_CHECK_PORT_BASE   first of the ports used (default 18200): the node +1, MariaDB +6
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
need_packages=()
[ -x /usr/sbin/mariadbd ] || command -v mariadbd >/dev/null || need_packages+=(mariadb-server)
command -v mariadb-install-db >/dev/null || need_packages+=(mariadb-server)
command -v mariadb-dump >/dev/null || command -v mysqldump >/dev/null || need_packages+=(mariadb-client)
command -v python3 >/dev/null || need_packages+=(python3)
if [ ${#need_packages[@]} -gt 0 ]; then
    echo "Installing ${need_packages[*]} ..."
    as_root apt-get update -qq
    as_root apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi
MARIADBD=$(command -v mariadbd || echo /usr/sbin/mariadbd)

if [ "${ATTUNE_SKIP_BUILD:-0}" != 1 ] || [ ! -f target/attune.war ]; then
    echo "Building Attune (mvn package, tests skipped)..."
    mvn -B -q package -DskipTests
fi
micro_jar=$(ls target/payara-micro-*.jar | head -n 1)

base=${BACKUP_CHECK_PORT_BASE:-18200}
node_port=$((base + 1)); db_port=$((base + 6))
work=$(pwd)/target/backup-restore-check
rm -rf "$work"; mkdir -p "$work"/db "$work"/keys-before "$work"/keys-after "$work"/backups
node_pid=""
cleanup() {
    [ -n "$node_pid" ] && kill -9 "$node_pid" 2>/dev/null || true
    [ -f "$work/db.pid" ] && kill -9 "$(cat "$work/db.pid")" 2>/dev/null || true
    wait 2>/dev/null || true
}
trap cleanup EXIT

# --- MariaDB, private: the live database, the restore target and a spare empty one -----------------------------------
echo "Starting a private MariaDB on 127.0.0.1:${db_port} ..."
mariadb-install-db --no-defaults --user=root --datadir="$work/db" --auth-root-authentication-method=normal \
    --skip-test-db >"$work/db-install.log" 2>&1
"$MARIADBD" --no-defaults --user=root --datadir="$work/db" --port="$db_port" --bind-address=127.0.0.1 \
    --socket="$work/db.sock" --pid-file="$work/db.pid" --skip-log-bin --innodb-buffer-pool-size=64M \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci >>"$work/db.log" 2>&1 &
echo $! > "$work/db.pid"
for _ in $(seq 1 120); do
    mariadb --no-defaults -S "$work/db.sock" -uroot -e "SELECT 1" >/dev/null 2>&1 && break
    sleep 0.25
done
mariadb --no-defaults -S "$work/db.sock" -uroot -e "
    CREATE DATABASE attune CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE DATABASE attune_restored CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE DATABASE attune_spare CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER 'attune'@'127.0.0.1' IDENTIFIED BY 'backup check#1';
    CREATE USER 'attune'@'localhost' IDENTIFIED BY 'backup check#1';
    GRANT ALL PRIVILEGES ON \`attune%\`.* TO 'attune'@'127.0.0.1';
    GRANT ALL PRIVILEGES ON \`attune%\`.* TO 'attune'@'localhost';"
# (a password with a space and a '#', which an option file would read as a comment unless quoted)
export ATTUNE_DB_USER=attune
export ATTUNE_DB_PASSWORD='backup check#1'
jdbc() {
    echo "jdbc:mysql://127.0.0.1:${db_port}/$1?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8"\
"&connectionTimeZone=UTC&connectTimeout=1000"
}

# --- One Attune node --------------------------------------------------------------------------------------------------
start_node() { # database key-directory demo-data generate-keys log
    env ATTUNE_DB_URL="$(jdbc "$1")" \
        ATTUNE_BASE_URL="http://127.0.0.1:${node_port}" \
        ATTUNE_SIGNING_KEY_FILE="$2/signing-keys.jwks" ATTUNE_SIGNING_GENERATE_IF_MISSING="$4" \
        ATTUNE_CONTENT_PATH="$(pwd)/content" ATTUNE_DEMO_DATA="$3" \
        ATTUNE_MICRO_JAR="$micro_jar" ATTUNE_WAR=target/attune.war ATTUNE_PREBOOT=src/main/payara/single-node.asadmin \
        ATTUNE_HTTP_PORT="$node_port" ATTUNE_NODE_NAME=backup-check \
        ATTUNE_JAVA_OPTS="-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1" \
        docker/start-node.sh >"$work/$5" 2>&1 &
    node_pid=$!
    local started
    started=$(date +%s)
    for _ in $(seq 1 300); do
        if curl -fsS "http://127.0.0.1:${node_port}/health/ready" 2>/dev/null | grep -q '"attune-database"'; then
            echo "Attune ready on ${node_port} after $(( $(date +%s) - started )) s ($1)."
            return 0
        fi
        if ! kill -0 "$node_pid" 2>/dev/null; then
            echo "FAIL start: the node on $1 exited; the end of its log:" >&2
            grep -E "SEVERE|Exception|signing" "$work/$5" | tail -n 20 >&2 || tail -n 30 "$work/$5" >&2
            return 1
        fi
        sleep 1
    done
    echo "FAIL start: the node on $1 was not ready after 300 s" >&2
    return 1
}
stop_node() {
    kill "$node_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$node_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$node_pid" 2>/dev/null || true
    wait "$node_pid" 2>/dev/null || true
    node_pid=""
}

check() { python3 -B scripts/backup_restore_check.py --work "$work" --node "$node_port" "$@"; }
started_all=$(date +%s)

echo "Starting Attune with the demo data on a fresh database ..."
if start_node attune "$work/keys-before" true true node-before.log; then
    check before
    echo "Backing up while Attune runs (scripts/backup.sh) ..."
    ATTUNE_DB_URL="$(jdbc attune)" ATTUNE_SIGNING_KEY_FILE="$work/keys-before/signing-keys.jwks" \
        scripts/backup.sh --out "$work/backups" 2>&1 | tee "$work/backup.out" || true
    stop_node
    archive=$(ls "$work"/backups/attune-backup-*.tar.gz 2>/dev/null | head -n 1 || true)
    if [ -n "$archive" ]; then
        check bad-inputs --db-url-base "jdbc:mysql://127.0.0.1:${db_port}/" --archive "$archive"
        echo "Restoring into the new empty database attune_restored with a fresh key directory (scripts/restore.sh) ..."
        ATTUNE_DB_URL="$(jdbc attune_restored)" ATTUNE_SIGNING_KEY_FILE="$work/keys-after/signing-keys.jwks" \
            scripts/restore.sh "$archive" 2>&1 | tee "$work/restore.out" || true
        # The restored node has only what the restore put there: no demo data, and no key generation (a missing
        # key set stops its start).
        echo "Starting Attune on the restored database ..."
        start_node attune_restored "$work/keys-after" false false node-after.log || true
        check after
    else
        echo "FAIL backup: scripts/backup.sh wrote no archive"
        printf 'FAIL\tbackup\tscripts/backup.sh wrote no archive\n' >> "$work/results.txt"
    fi
fi
echo "The check took $(( $(date +%s) - started_all )) s after the build."
check summary
