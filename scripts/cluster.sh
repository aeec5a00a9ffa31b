#!/usr/bin/env bash
# Runs Shopfloor as a cluster on this machine: N Payara Micro instances in one data grid, one shared message
# broker, MariaDB, and HAProxy in front. An optional extra to ./run.sh, for trying the cluster out.
#   scripts/cluster.sh start [N]   N instances (default 2), started one after another; prints the URLs when ready
#   scripts/cluster.sh status      what runs, each instance's readiness and the grid size it last reported
#   scripts/cluster.sh stop        stops everything start started (by its pid files)
#
# Everything listens on 127.0.0.1 only; the grid finds its members by a list of ports, never by multicast.
# Environment:
#   PORT                   the balancer's HTTP port (default 8080)
#   CLUSTER_HTTP_PORT      the first instance's HTTP port (default 8181); instance i gets CLUSTER_HTTP_PORT+i
#   CLUSTER_GRID_PORT      the first instance's data grid (Hazelcast) port (default 6910); likewise +i
#   SHOPFLOOR_BROKER_PORT  the broker's port (default 61626, apart from run.sh's 61616)
#   SHOPFLOOR_CLUSTER_DATA the folder for logs, pid files, haproxy.cfg and the broker's journal
#                          (default ./data/cluster); every instance's Micro root dir is emptied on start
#   DB_CLASS, DB_URL, DB_USER, DB_PASSWORD   the database all instances share; by default the local MariaDB
#                          database shopfloor_cluster as user shopfloor/shopfloor on 127.0.0.1:3306, created
#                          when MariaDB's root is reachable over its unix socket (scripts/ensure-test-services.sh
#                          installs and starts MariaDB). The embedded H2 database cannot be shared.
#   SHOPFLOOR_DEMO_DATA    demo shop and logins (default true, as run.sh)
#   CLUSTER_JAVA_OPTS      JVM options of each instance (default -Xmx448m)
# Needs haproxy (installed with apt-get when missing and this runs as root) and JDK 17+.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)

die() { printf 'cluster.sh: %s\n' "$*" >&2; exit 1; }
say() { printf 'cluster.sh: %s\n' "$*"; }

# shellcheck source=scripts/product.sh
. scripts/product.sh

PORT=${PORT:-8080}
HTTP_BASE=${CLUSTER_HTTP_PORT:-8181}
GRID_BASE=${CLUSTER_GRID_PORT:-6910}
BROKER_PORT=${SHOPFLOOR_BROKER_PORT:-61626}
DATA=${SHOPFLOOR_CLUSTER_DATA:-./data/cluster}
mkdir -p "$DATA"
DATA=$(cd "$DATA" && pwd)
READY_TIMEOUT=300

name_of() { printf "\\$(printf '%03o' $((65 + $1)))"; }   # 0 -> A, 1 -> B, ...

# The pid in $1's pid file when that process still runs and its command line names our data folder
# (so that a reused pid of another program is never signalled; the broker carries it as a system property).
running_pid() {
    local file=$DATA/$1.pid pid
    [ -f "$file" ] || return 1
    pid=$(cat "$file")
    [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF "$DATA" && printf '%s' "$pid"
}

stop_one() {
    local pid
    if pid=$(running_pid "$1"); then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 1
        done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
        say "stopped $1 (pid $pid)"
    fi
    rm -f "$DATA/$1.pid"
}

instances_started() { cat "$DATA/instances" 2>/dev/null || echo 0; }

cmd_stop() {
    stop_one haproxy
    local file
    # Newest first, by the pid files there are (also those of a start that failed half-way).
    for file in $(ls -r "$DATA"/micro-*.pid 2>/dev/null); do
        file=${file##*/}
        stop_one "${file%.pid}"
    done
    stop_one broker
    rm -f "$DATA/instances"
}

# How many instances the one on HTTP port $1 sees in its data grid (its readiness's gridMembers).
grid_size() { http_body "$1" /api/health/ready | grep -o '"gridMembers":[0-9]*' | grep -o '[0-9]*$' || echo '?'; }

cmd_status() {
    local n i name pid
    n=$(instances_started)
    [ "$n" -gt 0 ] || { say "not started (no $DATA/instances)"; return 1; }
    pid=$(running_pid broker) && say "broker      pid $pid, 127.0.0.1:$BROKER_PORT" || say "broker      not running"
    for ((i = 0; i < n; i++)); do
        name=$(name_of "$i")
        if pid=$(running_pid "micro-$name"); then
            say "instance $name  pid $pid, http://127.0.0.1:$((HTTP_BASE + i)) ready: $(http_status $((HTTP_BASE + i)) /api/health/ready || echo -)," \
                "grid members: $(grid_size $((HTTP_BASE + i)))"
        else
            say "instance $name  not running"
        fi
    done
    pid=$(running_pid haproxy) && say "balancer    pid $pid, http://localhost:$PORT ready: $(http_status "$PORT" /api/health/ready || echo -)" \
        || say "balancer    not running"
}

ensure_haproxy() {
    HAPROXY=$(command -v haproxy || ls /usr/sbin/haproxy 2>/dev/null || true)
    if [ -z "$HAPROXY" ]; then
        [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1 || die "haproxy not found: install it (Debian: apt-get install haproxy)"
        say "installing haproxy (apt-get)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends haproxy >/dev/null \
            || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends haproxy >/dev/null; } \
            || die "apt-get install haproxy failed"
        HAPROXY=/usr/sbin/haproxy
    fi
}

# The default database: MariaDB's shopfloor_cluster, created when root can be reached over the unix socket.
ensure_database() {
    if [ -n "${DB_URL:-}" ]; then
        : "${DB_CLASS:?DB_URL is set, so set DB_CLASS too (e.g. org.mariadb.jdbc.MariaDbDataSource)}"
        return
    fi
    export DB_CLASS=org.mariadb.jdbc.MariaDbDataSource
    export DB_URL=jdbc:mariadb://127.0.0.1:3306/shopfloor_cluster
    export DB_USER=${DB_USER:-shopfloor} DB_PASSWORD=${DB_PASSWORD:-shopfloor}
    listening 3306 || die "no MariaDB on 127.0.0.1:3306: scripts/ensure-test-services.sh installs and starts one, or set DB_URL"
    local client
    client=$(command -v mariadb || command -v mysql || true)
    [ -n "$client" ] || return 0   # nothing to check with; the instances will tell
    if [ "$(id -u)" -eq 0 ] && "$client" -uroot --protocol=socket -N -B -e "
            CREATE DATABASE IF NOT EXISTS shopfloor_cluster CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
            CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
            GRANT ALL PRIVILEGES ON shopfloor_cluster.* TO '$DB_USER'@'127.0.0.1';" 2>/dev/null; then
        return
    fi
    MYSQL_PWD=$DB_PASSWORD "$client" -u"$DB_USER" -h127.0.0.1 -P3306 --protocol=tcp -N -B -e "SELECT 1" shopfloor_cluster >/dev/null 2>&1 \
        || die "database shopfloor_cluster is not usable as $DB_USER and could not be created (no MariaDB root access); set DB_URL"
}

await_ready() { # port what pid
    local waited=0
    until [ "$(http_status "$1" /api/health/ready)" = 200 ]; do
        kill -0 "$3" 2>/dev/null || die "$2 exited before it was ready; see its log"
        [ $waited -lt $READY_TIMEOUT ] || die "$2 not ready after $READY_TIMEOUT s (GET /api/health/ready -> $(http_status "$1" /api/health/ready || echo none)); see its log"
        sleep 1
        waited=$((waited + 1))
    done
}

start_instance() { # index count
    local i=$1 n=$2 name members="" j home
    name=$(name_of "$i")
    for ((j = 0; j < n; j++)); do members+="${members:+,}127.0.0.1:$((GRID_BASE + j))"; done
    home=$DATA/$name
    rm -rf "$home/root"
    mkdir -p "$home"
    # --clustermode lists every member's port: a member that knew only its own would found a grid of its own
    # on restart. -Dhazelcast.socket.bind.any=false: else Hazelcast listens on every interface.
    # In a subshell for the cd, and the java itself in the background: $! is then its pid, and this script's
    # output is not held open by a waiting shell.
    # shellcheck disable=SC2086  # CLUSTER_JAVA_OPTS is a list of options
    (cd "$home" || exit 1
        SHOPFLOOR_DATA_GRID=true nohup java ${CLUSTER_JAVA_OPTS:--Xmx448m} -Dhazelcast.socket.bind.any=false \
        -jar "$ROOT/$MICRO" \
        --clustername "shopfloor-$PORT" \
        --clustermode "tcpip:$members" \
        --startport $((GRID_BASE + i)) \
        --nohostaware \
        --interfaces 127.0.0.1 \
        --name "$name" \
        --port $((HTTP_BASE + i)) \
        --rootdir "$home/root" \
        --logproperties "$ROOT/$PAYARA_CONFIG/logging.properties" \
        --prebootcommandfile "$ROOT/$PAYARA_CONFIG/pre-boot-commands.asadmin" \
        --postbootcommandfile "$ROOT/$PAYARA_CONFIG/post-boot-commands.asadmin" \
        --deploy "$ROOT/$RAR" \
        --deploy "$ROOT/$WAR" >"$home/micro.log" 2>&1 </dev/null &
        echo $! >"$DATA/micro-$name.pid")
    say "instance $name starting on http://127.0.0.1:$((HTTP_BASE + i)), grid port $((GRID_BASE + i)) (log: $home/micro.log)"
    # One after another: less contention for the CPU, and neither the schema migrations nor the demo data
    # guard against two instances starting on an empty database at once.
    await_ready $((HTTP_BASE + i)) "instance $name" "$(cat "$DATA/micro-$name.pid")"
    say "instance $name ready (grid members: $(grid_size $((HTTP_BASE + i))))"
}

start_balancer() { # count
    local n=$1 i servers=""
    for ((i = 0; i < n; i++)); do
        local id
        id=$(name_of "$i" | tr 'A-Z' 'a-z')
        servers+="    server $id 127.0.0.1:$((HTTP_BASE + i)) cookie $id"$'\n'
    done
    local template=server-config/src/main/haproxy/haproxy.cfg.template config=$DATA/haproxy.cfg
    awk -v port="$PORT" -v socket="$DATA/haproxy.sock" -v servers="${servers%$'\n'}" \
        '{ gsub(/@PORT@/, port); gsub(/@STATS_SOCKET@/, socket); if ($0 == "@SERVERS@") $0 = servers; print }' \
        "$template" >"$config"
    "$HAPROXY" -c -q -f "$config" || die "$config is not valid"
    rm -f "$DATA/haproxy.sock"
    nohup "$HAPROXY" -db -f "$config" >"$DATA/haproxy.log" 2>&1 </dev/null &
    echo $! >"$DATA/haproxy.pid"
    await_ready "$PORT" "the balancer" "$(cat "$DATA/haproxy.pid")"
}

cmd_start() {
    local n=${1:-2} i
    [[ "$n" =~ ^[1-9][0-9]?$ ]] || die "start takes a number of instances, e.g. start 3"
    command -v java >/dev/null 2>&1 || die "java not found: install JDK 17 or newer"
    [ "$(instances_started)" -eq 0 ] || die "already started ($DATA/instances); scripts/cluster.sh stop first"
    for port in "$PORT" "$BROKER_PORT" $(for ((i = 0; i < n; i++)); do echo $((HTTP_BASE + i)) $((GRID_BASE + i)); done); do
        listening "$port" && die "port $port is already in use; see the environment variables in $0"
    done
    ensure_haproxy
    build_when_needed cluster.sh
    ensure_database
    export SHOPFLOOR_DEMO_DATA=${SHOPFLOOR_DEMO_DATA:-true}
    export SHOPFLOOR_BROKER_HOST=127.0.0.1 SHOPFLOOR_BROKER_PORT=$BROKER_PORT
    # HAProxy sets X-Forwarded-For; trusting it keeps per-client limits per shopper, not per balancer.
    export SHOPFLOOR_TRUSTED_PROXIES=${SHOPFLOOR_TRUSTED_PROXIES:-127.0.0.1}

    echo "$n" >"$DATA/instances"
    STARTED=false
    trap '[ "$STARTED" = true ] || { echo "cluster.sh: start failed, stopping what started" >&2; cmd_stop; }' EXIT
    (SHOPFLOOR_BROKER_DATA="$DATA/broker" nohup java -Xmx128m -Dshopfloor.cluster="$DATA" -jar "$BROKER" >"$DATA/broker.log" 2>&1 </dev/null &
        echo $! >"$DATA/broker.pid")
    say "message broker starting on 127.0.0.1:$BROKER_PORT (log: $DATA/broker.log)"
    for ((i = 0; i < n; i++)); do
        start_instance "$i" "$n"
    done
    start_balancer "$n"
    STARTED=true
    local base="http://localhost:$PORT"
    cat <<EOF

==============================================================================
  Shopfloor cluster is ready: $n instances behind HAProxy   (database: $DB_URL)

  Balancer:             $base/
  Agent dashboard:      $base/dashboard/
  Demo shop:            $base/demo/index.html
  Instances:            $(for ((i = 0; i < n; i++)); do printf 'http://127.0.0.1:%s ' $((HTTP_BASE + i)); done)

  Demo logins (password demo): sanne, mehmet, jeroen, lisa, pieter; anouk; admin
  scripts/cluster.sh status | stop.   Logs and haproxy.cfg: $DATA
==============================================================================

EOF
}

case "${1:-}" in
    start) cmd_start "${2:-2}" ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    *) die "usage: scripts/cluster.sh start [N] | status | stop" ;;
esac
