#!/usr/bin/env bash
# The cluster fault tests (ClusterFaultIT, tag "cluster"; issue 28): starts the three Galera database nodes
# (cluster.sh start-db), runs the test, which starts two application nodes from the test classpath and the load
# balancer, kills nodes and checks every database node; then stops the cluster (cluster.sh stop), pass or fail.
# About 8-10 minutes on two cores. Options go to Maven, e.g. -Dcluster.import-rows=50000 -Dcluster.keep=true.
# Figures: the lines starting "[cluster] REPORT" in the output (also target/cluster-faults/report.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
trap 'scripts/cluster/cluster.sh stop >/dev/null 2>&1 || true' EXIT
scripts/cluster/cluster.sh start-db
# test-compile and failsafe alone: no jar to package, no unit tests
./mvnw -B ${MAVEN_OFFLINE:+-o} -Pcluster test-compile failsafe:integration-test failsafe:verify -Dit.test=ClusterFaultIT "$@"
