#!/usr/bin/env bash
# Runs the date-sensitive tests (JUnit tag "clock") with the application's clock stopped at each awkward moment:
# New Year's Eve 23:30, New Year's Day 00:00, the spring-forward Sunday before and after the change, the fall-back
# Sunday's repeated 01:30, 29 February 2028, and 2031 (past the bank-holiday table: rule-based holidays).
# Usage: scripts/time-travel.sh [moment ...]   moments as local Europe/London date-times (2026-12-31T23:30) or
#        instants (2027-03-28T01:30:00Z). `./mvnw verify` already runs three of them (pom.xml, timetravel.TimeTravel*Suite).
# Each moment is a JVM and a fresh test database of its own (TEST_DB_URL, or the embedded MariaDB), ~1 minute each.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
moments=("$@")
if [ ${#moments[@]} -eq 0 ]; then
  moments=(2026-12-31T23:30 2027-01-01T00:00 2027-03-28T00:30 2027-03-28T01:30
           2026-10-25T00:30:00Z 2026-10-25T01:30:00Z 2028-02-29T12:00 2031-06-16T10:00)
fi
failed=()
for moment in "${moments[@]}"; do
  printf '\n== clock stopped at %s\n' "$moment"
  if ./mvnw -B -ntp -q test -Dgroups=clock -Dtime-travel.skip=true -Dcaseaudit.clock.fixed="$moment"; then
    echo "   passed"
  else
    failed+=("$moment")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "Failed at: ${failed[*]}" >&2
  exit 1
fi
echo "All ${#moments[@]} moments passed."
