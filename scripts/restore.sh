#!/usr/bin/env bash
# Restores a dump written by scripts/backup.sh into a database, by default only into an empty one.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/restore.sh [-h] [--force] BACKUP_FILE

Restores BACKUP_FILE (a .sql.gz written by scripts/backup.sh, or a plain .sql) into the
database named by CASEAUDIT_DB_NAME, creating it (utf8mb4) if it does not exist.
Stop the application first. The restore refuses to write into a database that already has
tables unless --force is given; with --force the existing tables, views, routines, triggers
and events are dropped first, so everything in that database is replaced by the backup.

Connection (environment variables):
  CASEAUDIT_DB_HOST      server host                  (default 127.0.0.1)
  CASEAUDIT_DB_PORT      server port                  (default 3306)
  CASEAUDIT_DB_USER      account                      (default caseaudit)
  CASEAUDIT_DB_PASSWORD  its password                 (default: none; passed to the client
                                                       through MYSQL_PWD, never on the command line)
  CASEAUDIT_DB_NAME      database to restore into     (default caseaudit)

The account needs ALL on the database (and CREATE, if the database does not exist yet).
Exit status: 0 on success; 1 on failure; 2 on a usage error; 3 when the database is not empty
and --force was not given.

Example:
  CASEAUDIT_DB_NAME=caseaudit_restored scripts/restore.sh /backups/caseaudit-2026-11-21.sql.gz
USAGE
}

force=false
file=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --force) force=true ;;
    -*) echo "restore.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) [ -z "$file" ] || { echo "restore.sh: only one backup file, please" >&2; exit 2; }; file="$1" ;;
  esac
  shift
done
[ -n "$file" ] || { echo "restore.sh: which backup file?" >&2; usage >&2; exit 2; }
[ -r "$file" ] || { echo "restore.sh: cannot read $file" >&2; exit 1; }

host="${CASEAUDIT_DB_HOST:-127.0.0.1}"
port="${CASEAUDIT_DB_PORT:-3306}"
user="${CASEAUDIT_DB_USER:-caseaudit}"
database="${CASEAUDIT_DB_NAME:-caseaudit}"
[[ "$database" =~ ^[A-Za-z0-9_]+$ ]] || { echo "restore.sh: database name may hold only letters, digits and _" >&2; exit 2; }

client="$(command -v mariadb || command -v mysql || true)"
[ -n "$client" ] || { echo "restore.sh: mariadb client not found; install it (apt-get install mariadb-client)" >&2; exit 1; }
export MYSQL_PWD="${CASEAUDIT_DB_PASSWORD:-}"
sql() { "$client" --host="$host" --port="$port" --user="$user" --batch --skip-column-names "$@"; }

case "$file" in
  *.gz) gzip -t "$file" || { echo "restore.sh: $file is not a valid gzip file" >&2; exit 1; }; reader=(gzip -dc "$file") ;;
  *) reader=(cat "$file") ;;
esac

sql -e "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
objects="$(sql -e "SELECT (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA='$database')
  + (SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA='$database')
  + (SELECT COUNT(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA='$database')")"
if [ "$objects" != "0" ]; then
  if [ "$force" != true ]; then
    echo "restore.sh: database $database on $host:$port is not empty ($objects tables, routines or events)." >&2
    echo "Restore into an empty database, or add --force to replace everything in it." >&2
    exit 3
  fi
  echo "Replacing the contents of $database (--force)"
  # Dropping the database drops its tables, triggers, routines and events together; the triggers that keep
  # audit_event append-only refuse row changes, not DROP.
  sql -e "DROP DATABASE \`$database\`; CREATE DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
fi

# mariadb-dump writes each table's rows before that table's triggers, so the append-only triggers of audit_event
# are not in force while its rows are inserted. One session, stop at the first error.
"${reader[@]}" | sql --default-character-set=utf8mb4 "$database"
echo "Restored $file into database $database on $host:$port"
