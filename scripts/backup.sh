#!/usr/bin/env bash
# Backs up the Case Audit Workbench database to one gzip-compressed SQL file (schema, data, routines, triggers,
# events) with mariadb-dump. A consistent snapshot without locking: every table is InnoDB (--single-transaction).
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/backup.sh [-h] [OUTPUT_FILE]

Writes a gzip-compressed dump of the Case Audit Workbench database to OUTPUT_FILE
(default: caseaudit-YYYYMMDD-HHMMSS.sql.gz in the current folder). The file holds personal
data about children: store it encrypted and with the same access controls as the database.

Connection (environment variables):
  CASEAUDIT_DB_HOST      server host                  (default 127.0.0.1)
  CASEAUDIT_DB_PORT      server port                  (default 3306)
  CASEAUDIT_DB_USER      account                      (default caseaudit)
  CASEAUDIT_DB_PASSWORD  its password                 (default: none; passed to mariadb-dump
                                                       through MYSQL_PWD, never on the command line)
  CASEAUDIT_DB_NAME      database to back up          (default caseaudit)

The account needs SELECT, SHOW VIEW, TRIGGER, EVENT and LOCK TABLES on the database.
Exit status: 0 on success; non-zero (and no output file) on any failure.

Example:
  CASEAUDIT_DB_USER=caseaudit CASEAUDIT_DB_PASSWORD=... scripts/backup.sh /backups/caseaudit-$(date +%F).sql.gz
USAGE
}

case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  -*) echo "backup.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
esac
[ $# -le 1 ] || { echo "backup.sh: too many arguments" >&2; usage >&2; exit 2; }

host="${CASEAUDIT_DB_HOST:-127.0.0.1}"
port="${CASEAUDIT_DB_PORT:-3306}"
user="${CASEAUDIT_DB_USER:-caseaudit}"
database="${CASEAUDIT_DB_NAME:-caseaudit}"
output="${1:-caseaudit-$(date -u +%Y%m%d-%H%M%S).sql.gz}"

dump="$(command -v mariadb-dump || command -v mysqldump || true)"
[ -n "$dump" ] || { echo "backup.sh: mariadb-dump not found; install the MariaDB client (apt-get install mariadb-client)" >&2; exit 1; }
[ ! -e "$output" ] || { echo "backup.sh: $output already exists; choose another file name" >&2; exit 1; }

export MYSQL_PWD="${CASEAUDIT_DB_PASSWORD:-}"
partial="$output.partial"
trap 'rm -f "$partial"' EXIT
umask 077
# --databases is left out on purpose: the dump has no CREATE DATABASE/USE, so it restores into any schema name.
# --dump-history: audit_answer is system-versioned and its history (every version of every answer) is data too.
"$dump" --host="$host" --port="$port" --user="$user" \
  --single-transaction --routines --triggers --events --dump-history \
  --hex-blob --default-character-set=utf8mb4 --no-tablespaces \
  "$database" | gzip -9 > "$partial"
mv "$partial" "$output"
trap - EXIT
echo "Backed up database $database from $host:$port to $output"
