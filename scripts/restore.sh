#!/usr/bin/env bash
# Restores an archive written by scripts/backup.sh into an EMPTY database, and puts the signing key set where
# Attune will read it. Everything is checked before anything changes: the archive (readable, only the expected
# parts, every SHA-256 in its MANIFEST right, the dump complete), the target database (reachable, exists, holds no
# table at all) and the key set file (absent, identical, or --force). If loading the dump fails half-way, the
# tables it created are dropped again, so the database is empty as before.
#
#   scripts/restore.sh [--db-url JDBC-URL] [--db-user USER] [--key-file FILE] [--force] ARCHIVE
#
# Connection settings are the ones Attune reads: ATTUNE_DB_URL, ATTUNE_DB_USER, ATTUNE_DB_PASSWORD (the password
# only from the environment, never on a command line). The key set goes to --key-file, else
# ATTUNE_SIGNING_KEY_FILE, else ${ATTUNE_DATA_DIR:-./data}/signing-keys.jwks (the application's own default).
#   --force   replace an existing, different key set file (the old one is kept beside it as
#             <file>.before-restore-<date>). It never empties a database: drop and create it yourself.
# Exit codes: 0 restored, 2 wrong arguments, 3 the archive is missing, unreadable or corrupt, 4 the target database
# cannot be used (unreachable, missing, not empty), 5 the key set file exists and differs, 6 loading failed (undone).
set -euo pipefail
umask 077

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2
}
fail() { # code message...
    local code=$1
    shift
    echo "restore: $*" >&2
    echo "restore: nothing was changed." >&2
    exit "$code"
}

db_url="${ATTUNE_DB_URL:-}"
db_user="${ATTUNE_DB_USER:-}"
key_file="${ATTUNE_SIGNING_KEY_FILE:-${ATTUNE_DATA_DIR:-./data}/signing-keys.jwks}"
force=0
archive=""
while [ $# -gt 0 ]; do
    case "$1" in
        --db-url) [ $# -ge 2 ] || { usage; fail 2 "--db-url needs a JDBC URL"; }; db_url=$2; shift 2 ;;
        --db-user) [ $# -ge 2 ] || { usage; fail 2 "--db-user needs a user name"; }; db_user=$2; shift 2 ;;
        --key-file) [ $# -ge 2 ] || { usage; fail 2 "--key-file needs a file"; }; key_file=$2; shift 2 ;;
        --force) force=1; shift ;;
        -h|--help) usage; exit 0 ;;
        -*) usage; fail 2 "unknown option: $1" ;;
        *) [ -z "$archive" ] || { usage; fail 2 "one archive only (got $archive and $1)"; }; archive=$1; shift ;;
    esac
done
[ -n "$archive" ] || { usage; fail 2 "which archive? Pass the attune-backup-....tar.gz file"; }

# --- 1. The archive -------------------------------------------------------------------------------------------------
[ -f "$archive" ] || fail 3 "no archive at $archive"
[ -r "$archive" ] || fail 3 "$archive cannot be read"
work=$(mktemp -d "${TMPDIR:-/tmp}/attune-restore.XXXXXX")
trap 'rm -rf "$work"' EXIT
gzip -t "$archive" 2>/dev/null || fail 3 "$archive is not a readable gzip file (truncated or corrupt)"
tar -tzf "$archive" > "$work/list" 2>/dev/null || fail 3 "$archive is not a readable tar archive (corrupt)"
while IFS= read -r entry; do
    case "$entry" in
        MANIFEST|database.sql|signing-keys.jwks) ;;
        *) fail 3 "$archive holds an unexpected entry '$entry'; not an Attune backup" ;;
    esac
done < "$work/list"
grep -qx MANIFEST "$work/list" || fail 3 "$archive has no MANIFEST; not an Attune backup"
grep -qx database.sql "$work/list" || fail 3 "$archive has no database.sql"
mkdir "$work/parts"
tar -xzf "$archive" -C "$work/parts" --no-same-owner --no-same-permissions 2>/dev/null \
    || fail 3 "$archive could not be unpacked (corrupt)"
manifest="$work/parts/MANIFEST"
grep -qx 'attune-backup-format: 1' "$manifest" || fail 3 "$archive has a MANIFEST of an unknown format"
listed=0
while read -r _ sum part; do
    case "$part" in database.sql|signing-keys.jwks) ;; *) fail 3 "the MANIFEST lists an unexpected part '$part'" ;; esac
    [ -f "$work/parts/$part" ] || fail 3 "the MANIFEST lists $part, which is not in the archive"
    actual=$(sha256sum "$work/parts/$part" | cut -d' ' -f1)
    [ "$actual" = "$sum" ] || fail 3 "$part does not match its SHA-256 in the MANIFEST (corrupt or altered archive)"
    listed=$((listed + 1))
done < <(grep '^sha256: ' "$manifest")
[ "$listed" -eq "$(grep -vcx MANIFEST "$work/list")" ] || fail 3 "the archive holds parts its MANIFEST does not list"
tail -n 1 "$work/parts/database.sql" | grep -q '^-- Dump completed' || fail 3 "database.sql is incomplete"
has_keys=0
[ -f "$work/parts/signing-keys.jwks" ] && has_keys=1
echo "Archive $archive verified: $(grep '^created: ' "$manifest"), $(grep '^schema-version: ' "$manifest")."

# --- 2. The target database: reachable, exists, empty ---------------------------------------------------------------
[ -n "$db_url" ] || fail 2 "no database: set ATTUNE_DB_URL (as for Attune) or pass" \
    "--db-url jdbc:mysql://host:port/database"
if [[ "$db_url" =~ ^jdbc:(mysql|mariadb)://([^:/?]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]]; then
    db_host="${BASH_REMATCH[2]}"; db_port="${BASH_REMATCH[4]:-3306}"; db_name="${BASH_REMATCH[5]}"
else
    fail 2 "the database URL must look like jdbc:mysql://host:port/database (got: ${db_url%%\?*})"
fi
[ -n "$db_user" ] || fail 2 "no database user: set ATTUNE_DB_USER or pass --db-user"
client=$(command -v mariadb || command -v mysql || true)
[ -n "$client" ] || fail 4 "no database client: install mariadb-client (or MySQL's mysql-client)"
cnf="$work/client.cnf"
{
    echo "[client]"
    echo "host=${db_host}"
    echo "port=${db_port}"
    echo "user=${db_user}"
    printf 'password="%s"\n' "$(printf '%s' "${ATTUNE_DB_PASSWORD:-}" | sed 's/\\/\\\\/g; s/"/\\"/g')"
    echo "protocol=TCP"
} > "$cnf"
sql() { "$client" --defaults-extra-file="$cnf" -N -B -e "$1"; }
sql "SELECT 1" >/dev/null 2>"$work/connect.err" \
    || fail 4 "cannot connect to ${db_host}:${db_port} as ${db_user}: $(tail -n 1 "$work/connect.err")"
exists=$(sql "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '${db_name}'")
[ "$exists" = 1 ] || fail 4 "the database ${db_name} does not exist on ${db_host}:${db_port} (or ${db_user} may not" \
    "see it). Create it empty first, e.g.: CREATE DATABASE ${db_name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
tables=$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '${db_name}'")
[ "$tables" = 0 ] || fail 4 "the database ${db_name} on ${db_host}:${db_port} is not empty (${tables} tables);" \
    "a restore goes only into an empty database. Restore into a new database, or drop and re-create this one if" \
    "you are sure."

# --- 3. The key set file --------------------------------------------------------------------------------------------
key_action=none
if [ "$has_keys" = 1 ]; then
    if [ -e "$key_file" ]; then
        if cmp -s "$key_file" "$work/parts/signing-keys.jwks"; then
            key_action=same
        elif [ "$force" = 1 ]; then
            key_action=replace
        else
            fail 5 "the key set file $key_file exists and differs from the backup's; pass --force to replace it" \
                "(the old file is kept as ${key_file}.before-restore-<date>), or choose another --key-file"
        fi
    else
        key_action=create
    fi
    key_dir=$(dirname "$key_file")
    if [ "$key_action" != same ]; then
        # writable where it will be created (the folder itself, or the nearest existing folder above it)
        existing=$key_dir
        while [ ! -d "$existing" ] && [ "$existing" != / ] && [ "$existing" != . ]; do
            existing=$(dirname "$existing")
        done
        [ -w "$existing" ] || fail 5 "cannot write the key set file in $key_dir ($existing is not writable)"
    fi
fi

# --- 4. Load the dump; undo it on failure ---------------------------------------------------------------------------
echo "Loading the dump into ${db_name} on ${db_host}:${db_port} ..."
started=$(date +%s)
if ! "$client" --defaults-extra-file="$cnf" --default-character-set=utf8mb4 "$db_name" \
        < "$work/parts/database.sql" 2>"$work/load.err"; then
    echo "restore: loading failed: $(grep -m 1 '^ERROR' "$work/load.err" || tail -n 1 "$work/load.err")" >&2
    drops=$(sql "SELECT CONCAT('DROP ', IF(table_type = 'VIEW', 'VIEW', 'TABLE'), ' IF EXISTS \`', table_name, '\`;')
                 FROM information_schema.tables WHERE table_schema = '${db_name}'" || true)
    if sql "USE \`${db_name}\`; SET FOREIGN_KEY_CHECKS = 0; ${drops} SET FOREIGN_KEY_CHECKS = 1;" \
        && [ "$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '${db_name}'")" = 0 ]; then
        fail 6 "the tables loaded so far were dropped again; ${db_name} is empty as before"
    fi
    echo "restore: ${db_name} still holds part of the dump; drop and re-create it before trying again." >&2
    exit 6
fi
restored_tables=$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '${db_name}'")
evidence=$(sql "SELECT COUNT(*) FROM \`${db_name}\`.evidence_file" 2>/dev/null || echo "?")
echo "Database restored in $(( $(date +%s) - started )) s: ${restored_tables} tables, ${evidence} evidence files."

# --- 5. The key set -------------------------------------------------------------------------------------------------
case "$key_action" in
    create|replace)
        mkdir -p "$key_dir"
        if [ "$key_action" = replace ]; then
            old="${key_file}.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
            cp -p "$key_file" "$old"
            echo "The existing key set file was kept as $old."
        fi
        temp=$(mktemp "${key_dir}/.signing-keys.XXXXXX")
        cat "$work/parts/signing-keys.jwks" > "$temp"
        chmod 600 "$temp"
        mv -f "$temp" "$key_file"
        echo "Signing key set written to $key_file (0600)." ;;
    same) echo "The key set file $key_file already holds the backup's keys; left as it is." ;;
    none) echo "This backup holds no signing keys (backed up separately): put the key set file at $key_file" \
              "before starting Attune." ;;
esac

cat <<NEXT

Next:
  1. Start Attune with ATTUNE_DB_URL naming ${db_name} on ${db_host}:${db_port},
     ATTUNE_SIGNING_KEY_FILE=$(cd "$(dirname "$key_file")" 2>/dev/null && pwd)/$(basename "$key_file")
     and the same ATTUNE_BASE_URL as before (credentials name their key by a URL built from it).
     Leave ATTUNE_SIGNING_GENERATE_IF_MISSING unset, so a misplaced key set stops the start instead of making a
     new key, and ATTUNE_DEMO_DATA unset. Flyway brings the schema up to the running version at start-up.
  2. Check: GET /health/ready answers UP, someone signs in, a certificate's /verify page shows it, and an evidence
     file downloads.
NEXT
exit 0
