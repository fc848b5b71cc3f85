#!/usr/bin/env bash
# The two-node check: proves that any node serves any request. Starts its own MariaDB instance (own data directory
# and port; the shared server on 3306 is never touched), two Payara Micro nodes of the built WAR clustered by
# Hazelcast on the loopback address, and nginx (TLS, round-robin, proxy_next_upstream error timeout) in front, then
# runs scripts/cluster_check.py, which prints one PASS/FAIL line per point. Exit code 0 only when every point passed.
#
#   ATTUNE_SKIP_BUILD=1   use the WAR already in target/ (scripts/test.sh has just built it)
#   CLUSTER_PORT_BASE     first of the ports used (default 18100): nginx +0, nodes +1 and +2, MariaDB +6,
#                         Hazelcast +10 and +11
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
need_packages=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need_packages+=(nginx)
[ -x /usr/sbin/mariadbd ] || command -v mariadbd >/dev/null || need_packages+=(mariadb-server)
command -v mariadb-install-db >/dev/null || need_packages+=(mariadb-server)
command -v openssl >/dev/null || need_packages+=(openssl)
command -v python3 >/dev/null || need_packages+=(python3)
if [ ${#need_packages[@]} -gt 0 ]; then
    echo "Installing ${need_packages[*]} ..."
    as_root apt-get update -qq
    as_root apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
MARIADBD=$(command -v mariadbd || echo /usr/sbin/mariadbd)

if [ "${ATTUNE_SKIP_BUILD:-0}" != 1 ] || [ ! -f target/attune.war ]; then
    echo "Building Attune (mvn package, tests skipped)..."
    mvn -B -q package -DskipTests
fi
micro_jar=$(ls target/payara-micro-*.jar | head -n 1)

base=${CLUSTER_PORT_BASE:-18100}
proxy_port=$base; node1_port=$((base + 1)); node2_port=$((base + 2)); db_port=$((base + 6))
hz1=$((base + 10)); hz2=$((base + 11))
work=$(pwd)/target/cluster-check
rm -rf "$work"; mkdir -p "$work"/db "$work"/keys "$work"/nginx
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
    [ -f "$work/db.pid" ] && kill -9 "$(cat "$work/db.pid")" 2>/dev/null || true
}
trap cleanup EXIT

# --- MariaDB, private -------------------------------------------------------------------------------------------
start_db() {
    "$MARIADBD" --no-defaults --user=root --datadir="$work/db" --port="$db_port" --bind-address=127.0.0.1 \
        --socket="$work/db.sock" --pid-file="$work/db.pid" --skip-log-bin --innodb-buffer-pool-size=128M \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci >>"$work/db.log" 2>&1 &
    echo $! > "$work/db.pid"
    for _ in $(seq 1 120); do
        mariadb --no-defaults -S "$work/db.sock" -uroot -e "SELECT 1" >/dev/null 2>&1 && return 0
        sleep 0.25
    done
    echo "The private MariaDB did not start; see $work/db.log" >&2; return 1
}
echo "Starting a private MariaDB on 127.0.0.1:${db_port} ..."
mariadb-install-db --no-defaults --user=root --datadir="$work/db" --auth-root-authentication-method=normal \
    --skip-test-db >"$work/db-install.log" 2>&1
start_db
mariadb --no-defaults -S "$work/db.sock" -uroot -e "
    CREATE DATABASE attune CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER 'attune'@'127.0.0.1' IDENTIFIED BY 'cluster-check';
    CREATE USER 'attune'@'localhost' IDENTIFIED BY 'cluster-check';
    GRANT ALL PRIVILEGES ON attune.* TO 'attune'@'127.0.0.1';
    GRANT ALL PRIVILEGES ON attune.* TO 'attune'@'localhost';"

# --- Two Payara Micro nodes, started together ----------------------------------------------------------------------
cluster_name="attune-check-$(openssl rand -hex 8)"
start_node() { # name port hazelcast-port demo-data
    local name=$1 port=$2 hz=$3 demo=$4
    env ATTUNE_DB_URL="jdbc:mysql://127.0.0.1:${db_port}/attune?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8&connectionTimeZone=UTC&connectTimeout=1000" \
        ATTUNE_DB_USER=attune ATTUNE_DB_PASSWORD=cluster-check \
        ATTUNE_BASE_URL="https://localhost:${proxy_port}" \
        ATTUNE_TRUSTED_PROXIES=127.0.0.1 \
        ATTUNE_SIGNING_KEY_FILE="$work/keys/signing-keys.jwks" ATTUNE_SIGNING_GENERATE_IF_MISSING=true \
        ATTUNE_CONTENT_PATH="$(pwd)/content" ATTUNE_DEMO_DATA="$demo" \
        ATTUNE_MICRO_JAR="$micro_jar" ATTUNE_WAR=target/attune.war ATTUNE_PREBOOT=src/main/payara/cluster-node.asadmin \
        ATTUNE_HTTP_PORT="$port" ATTUNE_NODE_NAME="$name" ATTUNE_JAVA_OPTS="-Xmx512m" \
        ATTUNE_CLUSTER_MEMBERS="127.0.0.1:${hz1},127.0.0.1:${hz2}" ATTUNE_CLUSTER_PORT="$hz" \
        ATTUNE_CLUSTER_INTERFACE=127.0.0.1 ATTUNE_CLUSTER_NAME="$cluster_name" \
        docker/start-node.sh >"$work/$name.log" 2>&1 &
    echo $!
}
echo "Starting two Attune nodes on ${node1_port} and ${node2_port} (Hazelcast ${hz1}, ${hz2}) ..."
node1_pid=$(start_node node1 "$node1_port" "$hz1" true); pids+=("$node1_pid")
node2_pid=$(start_node node2 "$node2_port" "$hz2" false); pids+=("$node2_pid")
echo "$node1_pid" > "$work/node1.pid"; echo "$node2_pid" > "$work/node2.pid"

# --- nginx: TLS, round-robin -------------------------------------------------------------------------------------
openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -days 1 -keyout "$work/nginx/key.pem" \
    -out "$work/nginx/cert.pem" >/dev/null 2>&1
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log $work/nginx/access.log;
    client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
    upstream attune {
        server 127.0.0.1:${node1_port} max_fails=1 fail_timeout=5s;
        server 127.0.0.1:${node2_port} max_fails=1 fail_timeout=5s;
        keepalive 16;
    }
    server {
        listen 127.0.0.1:${proxy_port} ssl;
        ssl_certificate $work/nginx/cert.pem;
        ssl_certificate_key $work/nginx/key.pem;
        client_max_body_size 12m;
        location / {
            proxy_pass http://attune;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            # the common line: \$host has no port, which Attune's API origin check must accept
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_next_upstream error timeout;
            proxy_connect_timeout 2s;
            proxy_read_timeout 60s;
            add_header X-Upstream \$upstream_addr always;
        }
    }
}
CONF
[ "$(id -u)" = 0 ] && sed -i '1i user root;' "$work/nginx/nginx.conf"
"$NGINX" -c "$work/nginx/nginx.conf" -p "$work/nginx/"

echo "Waiting for both nodes to be ready ..."
ready() { curl -fsS "http://127.0.0.1:$1/health/ready" 2>/dev/null | grep -q '"attune-database"'; }
started=$(date +%s)
for _ in $(seq 1 400); do
    if ready "$node1_port" && ready "$node2_port"; then break; fi
    for n in node1 node2; do
        if ! kill -0 "$(cat "$work/$n.pid")" 2>/dev/null; then
            echo "FAIL start: $n exited; the end of its log:" >&2; tail -n 30 "$work/$n.log" >&2; exit 1
        fi
    done
    sleep 1
done
if ! ready "$node1_port" || ! ready "$node2_port"; then
    echo "FAIL start: the nodes were not ready after 400 s" >&2
    grep -h -E "SEVERE|Exception" "$work"/node*.log | tail -n 20 >&2; exit 1
fi
echo "Both nodes ready after $(( $(date +%s) - started )) s."

if [ "${CLUSTER_CHECK_HOLD:-0}" = 1 ]; then
    echo "Holding the cluster up (proxy https://localhost:${proxy_port}/); Ctrl-C or kill to stop."
    sleep infinity
fi
python3 scripts/cluster_check.py --work "$work" --proxy "$proxy_port" --node1 "$node1_port" --node2 "$node2_port" \
    --db-port "$db_port" --mariadbd "$MARIADBD" --hazelcast "$hz1" "$hz2"
