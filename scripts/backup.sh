#!/usr/bin/env bash
# Backs up Attune into one dated archive, attune-backup-YYYYMMDDTHHMMSSZ.tar.gz, holding:
#   database.sql       a consistent dump of the database (one transaction: --single-transaction, with routines,
#                      triggers and binary columns in hex). The uploaded evidence files are in it: Attune keeps their
#                      bytes in the database (tables evidence_content and application_evidence_content), not on disk.
#   signing-keys.jwks  the credential signing key set (ATTUNE_SIGNING_KEY_FILE): private keys, so the archive is a
#                      secret (written 0600); leave them out with --without-keys when they are backed up separately
#   MANIFEST           format version, date, source, schema version and the SHA-256 of each part, which
#                      scripts/restore.sh checks before it changes anything
#
#   scripts/backup.sh [--out DIR] [--db-url JDBC-URL] [--db-user USER] [--key-file FILE] [--without-keys]
#
# Connection settings are the ones Attune reads: ATTUNE_DB_URL (jdbc:mysql://host:port/database?...),
# ATTUNE_DB_USER and ATTUNE_DB_PASSWORD; the flags override the first two. The password never goes on a command
# line: it is handed to the dump client in a temporary defaults file readable by this user only.
# The key set file: --key-file, else ATTUNE_SIGNING_KEY_FILE, else ${ATTUNE_DATA_DIR:-./data}/signing-keys.jwks (the
# application's own default). Works with MariaDB's mariadb-dump and MySQL's mysqldump, whichever is installed.
# Exit codes: 0 written, 2 wrong arguments, 3 cannot connect or the dump failed, 4 the key set file is missing.
set -euo pipefail
umask 077

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2
}
fail() { # code message
    echo "backup: $2" >&2
    exit "$1"
}

out_dir=.
db_url="${ATTUNE_DB_URL:-}"
db_user="${ATTUNE_DB_USER:-}"
key_file="${ATTUNE_SIGNING_KEY_FILE:-${ATTUNE_DATA_DIR:-./data}/signing-keys.jwks}"
with_keys=1
while [ $# -gt 0 ]; do
    case "$1" in
        --out) [ $# -ge 2 ] || { usage; fail 2 "--out needs a directory"; }; out_dir=$2; shift 2 ;;
        --db-url) [ $# -ge 2 ] || { usage; fail 2 "--db-url needs a JDBC URL"; }; db_url=$2; shift 2 ;;
        --db-user) [ $# -ge 2 ] || { usage; fail 2 "--db-user needs a user name"; }; db_user=$2; shift 2 ;;
        --key-file) [ $# -ge 2 ] || { usage; fail 2 "--key-file needs a file"; }; key_file=$2; shift 2 ;;
        --without-keys) with_keys=0; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage; fail 2 "unknown argument: $1" ;;
    esac
done

[ -n "$db_url" ] || fail 2 "no database: set ATTUNE_DB_URL (as for Attune) or pass" \
    "--db-url jdbc:mysql://host:port/database"
if [[ "$db_url" =~ ^jdbc:(mysql|mariadb)://([^:/?]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]]; then
    db_host="${BASH_REMATCH[2]}"; db_port="${BASH_REMATCH[4]:-3306}"; db_name="${BASH_REMATCH[5]}"
else
    fail 2 "the database URL must look like jdbc:mysql://host:port/database (got: ${db_url%%\?*})"
fi
[ -n "$db_user" ] || fail 2 "no database user: set ATTUNE_DB_USER or pass --db-user"
[ -d "$out_dir" ] && [ -w "$out_dir" ] || fail 2 "the output directory $out_dir does not exist or is not writable"
if [ "$with_keys" = 1 ] && [ ! -r "$key_file" ]; then
    fail 4 "the signing key set $key_file is missing or unreadable (set ATTUNE_SIGNING_KEY_FILE or --key-file;" \
        "--without-keys if the keys are backed up separately)"
fi

client=$(command -v mariadb || command -v mysql || true)
dumper=$(command -v mariadb-dump || command -v mysqldump || true)
[ -n "$client" ] && [ -n "$dumper" ] || fail 3 "no dump client: install mariadb-client (or MySQL's mysql-client)"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
name="attune-backup-${stamp}"
archive="${out_dir%/}/${name}.tar.gz"
[ ! -e "$archive" ] || fail 2 "$archive exists already"
work=$(mktemp -d "${TMPDIR:-/tmp}/attune-backup.XXXXXX")
trap 'rm -rf "$work" "${archive}.partial"' EXIT

# The connection, password included, in a file only this user can read (never on the command line).
cnf="$work/client.cnf"
{
    echo "[client]"
    echo "host=${db_host}"
    echo "port=${db_port}"
    echo "user=${db_user}"
    printf 'password="%s"\n' "$(printf '%s' "${ATTUNE_DB_PASSWORD:-}" | sed 's/\\/\\\\/g; s/"/\\"/g')"
    echo "protocol=TCP"
} > "$cnf"
sql() { "$client" --defaults-extra-file="$cnf" -N -B "$db_name" -e "$1"; }

server=$(sql "SELECT VERSION()" 2>"$work/connect.err") \
    || fail 3 "cannot connect to ${db_name} on ${db_host}:${db_port} as ${db_user}: $(tail -n 1 "$work/connect.err")"
schema=$(sql "SELECT COALESCE(MAX(CAST(version AS UNSIGNED)), 0) FROM flyway_schema_history WHERE success = 1" \
    2>/dev/null || echo none)

# Options that only one of the dump clients knows, or that a MySQL 8 client needs against MariaDB.
extra=()
dump_help=$("$dumper" --help 2>/dev/null || true)
grep -q -- '--column-statistics' <<<"$dump_help" && extra+=(--column-statistics=0)
grep -q -- '--set-gtid-purged' <<<"$dump_help" && extra+=(--set-gtid-purged=OFF)

echo "Dumping ${db_name} on ${db_host}:${db_port} (${server}) with $(basename "$dumper") ..."
mkdir "$work/$name"
if ! "$dumper" --defaults-extra-file="$cnf" --single-transaction --routines --triggers --hex-blob \
        --no-tablespaces --default-character-set=utf8mb4 "${extra[@]}" "$db_name" \
        > "$work/$name/database.sql" 2>"$work/dump.err"; then
    fail 3 "the dump failed: $(grep -v -i 'warning' "$work/dump.err" | tail -n 3)"
fi
tail -n 1 "$work/$name/database.sql" | grep -q '^-- Dump completed' \
    || fail 3 "the dump is incomplete (no '-- Dump completed' line): $(tail -n 3 "$work/dump.err")"

parts=(database.sql)
if [ "$with_keys" = 1 ]; then
    cp "$key_file" "$work/$name/signing-keys.jwks"
    parts+=(signing-keys.jwks)
fi
evidence=$(sql "SELECT COUNT(*) FROM evidence_file" 2>/dev/null || echo "?")
{
    echo "attune-backup-format: 1"
    echo "created: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "database: ${db_name} on ${db_host}:${db_port}"
    echo "server: ${server}"
    echo "schema-version: ${schema}"
    echo "dump-client: $("$dumper" --version | head -n 1)"
    if [ "$with_keys" = 1 ]; then
        echo "signing-keys: signing-keys.jwks (from ${key_file})"
    else
        echo "signing-keys: not included (backed up separately)"
    fi
    echo "uploads: in database.sql (tables evidence_file/evidence_content: ${evidence} evidence files;" \
        "application_evidence/application_evidence_content)"
    for part in "${parts[@]}"; do
        echo "sha256: $(sha256sum "$work/$name/$part" | cut -d' ' -f1) ${part}"
    done
} > "$work/$name/MANIFEST"

# Written beside its final name, then renamed: an interrupted backup never leaves a half archive under that name.
tar -C "$work/$name" -czf "${archive}.partial" MANIFEST "${parts[@]}"
mv "${archive}.partial" "$archive"
echo "Backup written: ${archive} ($(du -h "$archive" | cut -f1);" \
    "database $(du -h "$work/$name/database.sql" | cut -f1)," \
    "schema version ${schema}, ${evidence} evidence files$([ "$with_keys" = 1 ] && echo ", signing keys included"))."
[ "$with_keys" = 1 ] && echo "It holds the private signing keys: store it encrypted and apart from the servers."
exit 0
