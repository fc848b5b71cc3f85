#!/usr/bin/env bash
# Runs Attune's whole test suite (unit, Arquillian integration and browser tests) on a Debian machine with a JDK and
# Maven, then the two-node cluster check (scripts/cluster-check.sh: its own MariaDB instance, two Payara Micro nodes
# and nginx) and the backup and restore check (scripts/backup-restore-check.sh: its own MariaDB instance, one node
# before the backup and one on the restored database). Makes sure a MySQL-compatible server, Chromium and nginx are
# there first, installing them when missing.
#
#   ATTUNE_TEST_DB_URL       JDBC URL of a MySQL/MariaDB database the tests may empty (default: a fresh
#                            attune_test database on the local server at 127.0.0.1:3306)
#   ATTUNE_TEST_DB_USER      its user (default root when the URL is given)
#   ATTUNE_TEST_DB_PASSWORD  its password (default empty)
#   ATTUNE_SKIP_CLUSTER_CHECK=1  leave out the cluster check
#   ATTUNE_SKIP_BACKUP_CHECK=1   leave out the backup and restore check
# Extra arguments go to Maven, e.g. scripts/test.sh -Dit.test=PlatformIT
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
    if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
    echo "Installing $* ..."
    as_root apt-get install -y -qq "$@" >/dev/null
}
sql_client() { command -v mariadb || command -v mysql || true; }

# --- 1. A MySQL-compatible server ------------------------------------------------------------------------------
if [ -n "${ATTUNE_TEST_DB_URL:-}" ]; then
    db_url="$ATTUNE_TEST_DB_URL"
    db_user="${ATTUNE_TEST_DB_USER:-root}"
    db_password="${ATTUNE_TEST_DB_PASSWORD:-}"
    if [[ "$db_url" =~ ^jdbc:(mysql|mariadb)://([^:/?]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]]; then
        db_host="${BASH_REMATCH[2]}"; db_port="${BASH_REMATCH[4]:-3306}"; db_name="${BASH_REMATCH[5]}"
    else
        echo "ATTUNE_TEST_DB_URL must look like jdbc:mysql://host:port/database" >&2
        exit 2
    fi
    [ -n "$(sql_client)" ] || apt_install mariadb-client
    echo "Using the test database ${db_name} on ${db_host}:${db_port} (emptied first)."
    MYSQL_PWD="$db_password" "$(sql_client)" -h "$db_host" -P "$db_port" -u "$db_user" \
        -e "DROP DATABASE IF EXISTS \`${db_name}\`; CREATE DATABASE \`${db_name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
else
    db_name=attune_test
    db_user=attune_test
    db_password=attune_test
    root_sql() {
        # TCP as root with no password (this kind of machine), else the root socket login of a Debian install
        "$(sql_client)" -h 127.0.0.1 -P 3306 -u root -e "$1" 2>/dev/null || as_root "$(sql_client)" -u root -e "$1"
    }
    server_up() { [ -n "$(sql_client)" ] && root_sql "SELECT 1" >/dev/null 2>&1; }
    if ! server_up; then
        if ! command -v mariadbd >/dev/null && [ ! -x /usr/sbin/mariadbd ] && [ ! -x /usr/sbin/mysqld ]; then
            apt_install mariadb-server mariadb-client
        fi
        echo "Starting the local MariaDB server..."
        as_root service mariadb start >/dev/null 2>&1 \
            || as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
        for _ in $(seq 1 60); do server_up && break; sleep 0.5; done
        server_up || { echo "No MySQL-compatible server answers on 127.0.0.1:3306." >&2; exit 1; }
    fi
    echo "Creating a fresh test database ${db_name} on 127.0.0.1:3306."
    root_sql "DROP DATABASE IF EXISTS ${db_name};
              CREATE DATABASE ${db_name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
              CREATE USER IF NOT EXISTS '${db_user}'@'127.0.0.1' IDENTIFIED BY '${db_password}';
              CREATE USER IF NOT EXISTS '${db_user}'@'localhost' IDENTIFIED BY '${db_password}';
              GRANT ALL PRIVILEGES ON \`${db_name}%\`.* TO '${db_user}'@'127.0.0.1';
              GRANT ALL PRIVILEGES ON \`${db_name}%\`.* TO '${db_user}'@'localhost';
              FLUSH PRIVILEGES;"
    db_url="jdbc:mysql://127.0.0.1:3306/${db_name}?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
fi

# --- 2. Chromium and chromedriver, nginx for the cluster check ----------------------------------------------------
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    apt_install chromium chromium-driver
fi
if [ "${ATTUNE_SKIP_CLUSTER_CHECK:-0}" != 1 ] && ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
    apt_install nginx
fi

# --- 3. The suite ----------------------------------------------------------------------------------------------
echo "Running mvn -B verify (unit, integration and browser tests)..."
suite_started=$(date +%s)
mvn -B verify \
    "-Dtest.db.url=${db_url}" "-Dtest.db.user=${db_user}" "-Dtest.db.password=${db_password}" "$@"
echo "The Maven suite took $(( $(date +%s) - suite_started )) s."

# --- 4. Two nodes behind nginx -----------------------------------------------------------------------------------
if [ "${ATTUNE_SKIP_CLUSTER_CHECK:-0}" != 1 ]; then
    echo "Running the two-node cluster check (scripts/cluster-check.sh)..."
    check_started=$(date +%s)
    ATTUNE_SKIP_BUILD=1 scripts/cluster-check.sh
    echo "The cluster check took $(( $(date +%s) - check_started )) s."
fi

# --- 5. Backup, restore into a new database, start on it ------------------------------------------------------------
if [ "${ATTUNE_SKIP_BACKUP_CHECK:-0}" != 1 ]; then
    echo "Running the backup and restore check (scripts/backup-restore-check.sh)..."
    check_started=$(date +%s)
    ATTUNE_SKIP_BUILD=1 scripts/backup-restore-check.sh
    echo "The backup and restore check took $(( $(date +%s) - check_started )) s."
fi
