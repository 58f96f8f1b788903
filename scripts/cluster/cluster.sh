#!/usr/bin/env bash
# A cluster on one machine: three MariaDB Galera nodes, two application nodes (the production jar) and HAProxy with
# sticky sessions in front of them. Everything listens on 127.0.0.1 only; data and logs go under target/cluster.
#
#   scripts/cluster/cluster.sh start-db     the three database nodes (Galera, synchronous multi-primary)
#   scripts/cluster/cluster.sh start        the database nodes, two application nodes and the load balancer
#   scripts/cluster/cluster.sh status       what runs, and the cluster's size as each database node sees it
#   scripts/cluster/cluster.sh kill-db N    kill -9 database node N (1-3); `start-db` brings it back (it rejoins)
#   scripts/cluster/cluster.sh kill-app N   kill -9 application node N (1-2)
#   scripts/cluster/cluster.sh start-lb     the load balancer alone (the fault tests start their own application nodes)
#   scripts/cluster/cluster.sh stop         stops everything
#
# Ports: database nodes 3311-3313 (Galera 4511-4513, IST 4521-4523, SST 4531-4533), application nodes 8181-8182,
# load balancer 8180 (statistics on 8189). The application's database URL lists every node (MariaDB Connector/J
# "sequential": it uses the first that answers and moves on when one fails). The application connects as root here:
# production uses its two accounts (README, Security and operations).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD/target/cluster"
NODES=(1 2 3)
GALERA_LIB=${GALERA_LIB:-/usr/lib/galera/libgalera_smm.so}
JAR=${CLUSTER_JAR:-}

log() { printf '== %s\n' "$*"; }
db_port() { echo $((3310 + $1)); }
gcomm() { local a=(); for n in "${NODES[@]}"; do a+=("127.0.0.1:$((4510 + n))"); done; (IFS=,; echo "gcomm://${a[*]}"); }
db_up() { mariadb-admin --protocol=tcp -h127.0.0.1 -P"$(db_port "$1")" -uroot ping >/dev/null 2>&1; }
cluster_size() {
  mariadb --protocol=tcp -h127.0.0.1 -P"$(db_port "$1")" -uroot -N -e "SHOW STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null \
    | awk '{print $2}'
}

need() {
  local missing=()
  command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
  [ -f "$GALERA_LIB" ] || missing+=(galera-4)
  command -v rsync >/dev/null || missing+=(rsync)
  if [ "${1:-}" = all ]; then command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || missing+=(haproxy); fi
  if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]} (Debian packages)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# the server runs as the mysql account when started by root: the rsync daemon of a state transfer then runs as that
# account too (as root it would drop to "nobody" and find the data folder closed to it)
run_as() { if [ "$(id -u)" = 0 ] && id mysql >/dev/null 2>&1; then echo mysql; else id -un; fi; }

start_db_node() {
  local n=$1 dir="$ROOT/db$n" bootstrap=$2 user; user=$(run_as)
  mkdir -p "$dir"
  if [ ! -d "$dir/data/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$dir/data" --user="$user" --auth-root-authentication-method=normal \
      --skip-test-db >"$dir/install.log" 2>&1
  fi
  if [ "$(id -u)" = 0 ]; then chown -R "$user" "$dir"; fi
  local extra=()
  if [ "$bootstrap" = yes ]; then
    extra+=(--wsrep-new-cluster)
    # a node that was last to leave (or the first start) may bootstrap
    [ -f "$dir/data/grastate.dat" ] && sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$dir/data/grastate.dat"
  fi
  /usr/sbin/mariadbd --no-defaults --user="$user" --datadir="$dir/data" --socket="$dir/mysqld.sock" \
    --pid-file="$dir/mysqld.pid" --log-error="$dir/error.log" --bind-address=127.0.0.1 --port="$(db_port "$n")" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 --innodb-buffer-pool-size=128M \
    --wsrep-on=ON --wsrep-provider="$GALERA_LIB" --wsrep-cluster-name=caseaudit --wsrep-cluster-address="$(gcomm)" \
    --wsrep-node-name="db$n" --wsrep-node-address="127.0.0.1:$((4510 + n))" \
    --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$((4510 + n));ist.recv_addr=127.0.0.1:$((4520 + n))" \
    --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:$((4530 + n))" \
    "${extra[@]}" >"$dir/stdout.log" 2>&1 &
  echo $! >"$dir/launcher.pid"
  for _ in $(seq 1 120); do db_up "$n" && return 0; sleep 1; done
  echo "database node $n did not start: see $dir/error.log" >&2
  tail -20 "$dir/error.log" >&2
  return 1
}

start_db() {
  need db
  local running=()
  for n in "${NODES[@]}"; do db_up "$n" && running+=("$n"); done
  for n in "${NODES[@]}"; do
    if db_up "$n"; then log "database node $n already up"; continue; fi
    if [ ${#running[@]} -eq 0 ]; then
      log "database node $n: bootstrapping the cluster"; start_db_node "$n" yes; running+=("$n")
    else
      log "database node $n: joining"; start_db_node "$n" no; running+=("$n")
    fi
  done
  for _ in $(seq 1 60); do [ "$(cluster_size 1)" = "${#NODES[@]}" ] && break; sleep 1; done
  log "cluster size seen by node 1: $(cluster_size 1)"
  mariadb --protocol=tcp -h127.0.0.1 -P"$(db_port 1)" -uroot -e \
    "CREATE DATABASE IF NOT EXISTS caseaudit CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

db_url() {
  local hosts=(); for n in "${NODES[@]}"; do hosts+=("127.0.0.1:$(db_port "$n")"); done
  (IFS=,; echo "jdbc:mariadb:sequential://${hosts[*]}/caseaudit")
}

find_jar() {
  [ -n "$JAR" ] && { echo "$JAR"; return; }
  local j; j=$(ls target/case-audit-workbench-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$j" ]; then
    log "Building the production jar (./mvnw -Pproduction package -DskipTests)" >&2
    ./mvnw -q -B -Pproduction package -DskipTests >&2
    j=$(ls target/case-audit-workbench-*.jar | grep -v original | head -1)
  fi
  echo "$j"
}

start_apps() {
  local jar; jar=$(find_jar)
  for a in 1 2; do
    local dir="$ROOT/app$a" port=$((8180 + a))
    mkdir -p "$dir"
    if curl -fs "http://127.0.0.1:$port/login" >/dev/null 2>&1; then log "application node $a already up"; continue; fi
    log "application node $a on port $port"
    SPRING_DATASOURCE_URL="$(db_url)" SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= \
      CASEAUDIT_ADMIN_PASSWORD="${CASEAUDIT_ADMIN_PASSWORD:-cluster admin passphrase}" \
      CASEAUDIT_DEMO_DATA="${CASEAUDIT_DEMO_DATA:-true}" CASEAUDIT_TWO_FACTOR_REQUIRED=false \
      SERVER_ADDRESS=127.0.0.1 PORT=$port SERVER_PORT=$port SERVER_FORWARD_HEADERS_STRATEGY=native \
      CASEAUDIT_NODE_NAME="app$a" \
      nohup "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" -Xmx768m -jar "$jar" >"$dir/app.log" 2>&1 &
    echo $! >"$dir/app.pid"
    # the first node migrates the schema and loads the demo data; the second starts after it
    for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/login" >/dev/null 2>&1 && break; sleep 1; done
    curl -fs "http://127.0.0.1:$port/login" >/dev/null || { echo "application node $a did not start: $dir/app.log" >&2; exit 1; }
  done
}

start_lb() {
  local dir="$ROOT/lb"; mkdir -p "$dir"
  cat >"$dir/haproxy.cfg" <<CFG
global
    maxconn 512
defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    option redispatch
    retries 2
frontend web
    bind 127.0.0.1:8180
    default_backend apps
backend apps
    balance roundrobin
    # sticky sessions: Vaadin keeps the UI in the server's session, so a user stays on the node that holds it; when
    # that node is down HAProxy sends them to the other (redispatch), where they sign in again
    cookie CANODE insert indirect nocache httponly
    option httpchk GET /login
    server app1 127.0.0.1:8181 check cookie app1
    server app2 127.0.0.1:8182 check cookie app2
listen stats
    bind 127.0.0.1:8189
    stats enable
    stats uri /
CFG
  if [ -f "$dir/haproxy.pid" ] && kill -0 "$(cat "$dir/haproxy.pid")" 2>/dev/null; then log "load balancer already up"; return; fi
  log "load balancer on 127.0.0.1:8180 (statistics on 8189)"
  /usr/sbin/haproxy -D -f "$dir/haproxy.cfg" -p "$dir/haproxy.pid"
}

stop_all() {
  [ -f "$ROOT/lb/haproxy.pid" ] && kill "$(cat "$ROOT/lb/haproxy.pid")" 2>/dev/null || true
  for a in 1 2; do [ -f "$ROOT/app$a/app.pid" ] && kill "$(cat "$ROOT/app$a/app.pid")" 2>/dev/null || true; done
  for n in "${NODES[@]}"; do
    if db_up "$n"; then
      mariadb-admin --protocol=tcp -h127.0.0.1 -P"$(db_port "$n")" -uroot shutdown 2>/dev/null || true
    fi
  done
  log "stopped"
}

status() {
  for n in "${NODES[@]}"; do
    if db_up "$n"; then echo "database node $n: up, cluster size $(cluster_size "$n")"; else echo "database node $n: down"; fi
  done
  for a in 1 2; do
    if curl -fs "http://127.0.0.1:$((8180 + a))/login" >/dev/null 2>&1; then echo "application node $a: up"; else echo "application node $a: down"; fi
  done
  if curl -fs http://127.0.0.1:8180/login >/dev/null 2>&1; then echo "load balancer: up (http://127.0.0.1:8180)"; else echo "load balancer: down"; fi
}

case "${1:-}" in
  start-db) start_db ;;
  start) need all; start_db; start_apps; start_lb; status ;;
  start-lb) need all; start_lb ;;
  status) status ;;
  kill-db) kill -9 "$(cat "$ROOT/db${2:?node 1-3}/mysqld.pid")"; log "database node $2 killed" ;;
  kill-app) kill -9 "$(cat "$ROOT/app${2:?node 1-2}/app.pid")"; log "application node $2 killed" ;;
  stop) stop_all ;;
  *) sed -n '2,18p' "$0"; exit 2 ;;
esac
