#!/usr/bin/env bash
# The one benchmark report (not part of the test suite): builds the test classes, then runs every benchmark in its
# own JVM and prints one table of figures against raw-engine baselines measured in the same run.
# Usage: scripts/benchmarks.sh [import|sampling|save|heap-per-ui|excel|pdf|cluster|scale ...]   (default: all but cluster, scale)
# Needs MariaDB on 127.0.0.1:3306 (root, no password; the benchmarks drop and recreate their own databases:
# caseaudit_bench, caseaudit_audit_bench, caseaudit_ui_bench) and, for heap-per-ui, Chromium at /usr/bin/chromium.
# `cluster` runs only when named: it brings up scripts/cluster/cluster.sh's three Galera nodes (and stops them), two
# application nodes on them and then one on 3306, and compares save p95 (docs/operations-cluster.md).
# `scale` runs only when named: 10 councils x 100,000 cases in caseaudit_scale_bench (BENCH_DB_URL), then the deadline
# monitor, status filter, export and import against bare SQL (docs/benchmarks.md, "Scale"). BENCH_REUSE=true keeps
# an already loaded database (loading takes about 8 minutes); BENCH_DB_URL names it. BENCH_BUFFER_POOL (e.g. 3G)
# first asks the server for an InnoDB buffer pool of that size (SET GLOBAL; the million cases take about 2 GB, the
# server's default pool is 128 MB; docs/benchmarks.md "Scale").
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [ -n "${BENCH_BUFFER_POOL:-}" ]; then
  mariadb --host=127.0.0.1 --port=3306 --user=root \
    -e "SET GLOBAL innodb_buffer_pool_size = $(numfmt --from=iec "$BENCH_BUFFER_POOL")"
  mariadb --host=127.0.0.1 --port=3306 --user=root -N -e "SELECT CONCAT('InnoDB buffer pool: ', @@innodb_buffer_pool_size DIV 1048576, ' MB')"
fi
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec "$JAVA" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.caseaudit.benchmarks.Benchmarks "$@"
