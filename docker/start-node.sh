#!/bin/sh
# Starts one Attune node on Payara Micro: the Docker image's entry point, and what scripts/cluster-check.sh runs for
# each of its two nodes, so the cluster settings proven there are the ones the image uses.
#   ATTUNE_CLUSTER_MEMBERS   data grid members, host:port,host:port (empty: a single node, Hazelcast off)
#   ATTUNE_CLUSTER_NAME      the cluster's name; a node that does not know it cannot join (required with members)
#   ATTUNE_CLUSTER_INTERFACE the address the data grid binds, and only that one (default 127.0.0.1)
#   ATTUNE_CLUSTER_PORT      this node's data grid port (default 6900)
#   ATTUNE_NODE_NAME         this node's name in logs (default the host name)
#   ATTUNE_HTTP_PORT         HTTP port (default 8080)
#   ATTUNE_MICRO_JAR, ATTUNE_WAR, ATTUNE_PREBOOT   where Payara Micro, the WAR and the pre-boot commands are
#   ATTUNE_JAVA_OPTS         JVM options (default: 75% of the container's memory)
set -eu
jar="${ATTUNE_MICRO_JAR:-${PAYARA_HOME:-/opt/payara}/payara-micro.jar}"
war="${ATTUNE_WAR:-/opt/payara/deployments/ROOT.war}"
preboot="${ATTUNE_PREBOOT:-/opt/payara/preboot.asadmin}"
set -- --deploy "$war" --contextroot / --port "${ATTUNE_HTTP_PORT:-8080}" --disablephonehome \
    --name "${ATTUNE_NODE_NAME:-${HOSTNAME:-attune}}" --prebootcommandfile "$preboot"
cluster_opts=""
if [ -n "${ATTUNE_CLUSTER_MEMBERS:-}" ]; then
    if [ -z "${ATTUNE_CLUSTER_NAME:-}" ]; then
        echo "ATTUNE_CLUSTER_NAME must be set when ATTUNE_CLUSTER_MEMBERS is (a long random value)." >&2
        exit 2
    fi
    # Bound to one interface only (Hazelcast otherwise binds its data port on every interface), joined by name,
    # and backups kept on another node even when nodes share an address (host-aware partitioning would keep none).
    set -- "$@" --clustermode "tcpip:${ATTUNE_CLUSTER_MEMBERS}" --startport "${ATTUNE_CLUSTER_PORT:-6900}" \
        --interfaces "${ATTUNE_CLUSTER_INTERFACE:-127.0.0.1}" --clustername "$ATTUNE_CLUSTER_NAME" --nohostaware
    cluster_opts="-Dhazelcast.socket.bind.any=false"
    # The key of the flash cookie must be the same on every node (see web.xml): derived from the cluster's name.
    if [ -z "${ATTUNE_FLASH_SECRET:-}" ]; then
        ATTUNE_FLASH_SECRET=$(printf '%s' "flash:$ATTUNE_CLUSTER_NAME" | sha256sum | cut -c1-32 | tr -d '\n' | base64)
        export ATTUNE_FLASH_SECRET
    fi
else
    set -- "$@" --nohazelcast
fi
# shellcheck disable=SC2086
exec java ${ATTUNE_JAVA_OPTS:--XX:MaxRAMPercentage=75} -Duser.timezone=UTC $cluster_opts -jar "$jar" "$@"
