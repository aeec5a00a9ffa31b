#!/usr/bin/env bash
# Runs Shopfloor with demo data: ./run.sh   (needs only JDK 17+; Maven comes with ./mvnw)
#
# Builds first when needed, then starts the WAR on Payara Micro on http://localhost:${PORT:-8080}
# and prints the demo URLs and logins as soon as the application reports ready.
#
# Environment:
#   PORT             HTTP port (default 8080); the server listens on 127.0.0.1 only
#   SHOPFLOOR_DATA   folder for the embedded database and the server's files (default ./data);
#                    data is kept across restarts - delete the folder to start afresh
#   DB_CLASS, DB_URL, DB_USER, DB_PASSWORD   use another database instead of the embedded one, e.g.
#                    DB_CLASS=org.mariadb.jdbc.MariaDbDataSource DB_URL=jdbc:mariadb://127.0.0.1:3306/shopfloor
#   SHOPFLOOR_BROKER_HOST, SHOPFLOOR_BROKER_PORT   an external ActiveMQ Artemis broker; without a host
#                    run.sh starts the project's own broker on 127.0.0.1:${SHOPFLOOR_BROKER_PORT:-61616}
#                    with its journal in the data folder
#   SHOPFLOOR_SMTP_HOST, _PORT, _USERNAME, _PASSWORD, _STARTTLS, SHOPFLOOR_MAIL_FROM   the mail server for
#                    offline messages; without one, mails stay in the outbox ("not sent: no mail server")
#   JAVA_OPTS        extra JVM options, e.g. -Xmx1g
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

PORT=${PORT:-8080}

die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

command -v java >/dev/null 2>&1 || die "java not found: install JDK 17 or newer"

# ---------------------------------------------------------------- build when needed
# shellcheck source=scripts/product.sh
. scripts/product.sh
build_when_needed run.sh

# ---------------------------------------------------------------- environment for the app
SHOPFLOOR_DATA=${SHOPFLOOR_DATA:-./data}
mkdir -p "$SHOPFLOOR_DATA"
SHOPFLOOR_DATA=$(cd "$SHOPFLOOR_DATA" && pwd)
export SHOPFLOOR_DATA
if [ -z "${DB_URL:-}" ]; then
    # The embedded default: an H2 file database in the data folder.
    export DB_URL="jdbc:h2:file:$SHOPFLOOR_DATA/shopfloor;MODE=MariaDB;DB_CLOSE_ON_EXIT=FALSE"
    embedded=true
fi
# Micro re-deploys whatever its root dir holds from the last run, next to --deploy: start it clean.
rm -rf "$SHOPFLOOR_DATA/micro"
export SHOPFLOOR_DEMO_DATA=${SHOPFLOOR_DEMO_DATA:-true}

if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    die "port $PORT is already in use; choose another, e.g. PORT=8081 ./run.sh"
fi

# ---------------------------------------------------------------- message broker
broker_pid=
stop_broker() {
    if [ -n "$broker_pid" ] && kill -0 "$broker_pid" 2>/dev/null; then
        kill "$broker_pid" 2>/dev/null || true
        wait "$broker_pid" 2>/dev/null || true
    fi
}
if [ -z "${SHOPFLOOR_BROKER_HOST:-}" ]; then
    export SHOPFLOOR_BROKER_HOST=127.0.0.1
    export SHOPFLOOR_BROKER_PORT=${SHOPFLOOR_BROKER_PORT:-61616}
    if (exec 3<>"/dev/tcp/127.0.0.1/$SHOPFLOOR_BROKER_PORT") 2>/dev/null; then
        die "port $SHOPFLOOR_BROKER_PORT (message broker) is already in use; choose another, e.g. SHOPFLOOR_BROKER_PORT=61617 ./run.sh"
    fi
    SHOPFLOOR_BROKER_DATA="$SHOPFLOOR_DATA/broker" java -Xmx128m -jar "$BROKER" >"$SHOPFLOOR_DATA/broker.log" 2>&1 &
    broker_pid=$!
    trap stop_broker EXIT
    echo "run.sh: message broker starting on 127.0.0.1:$SHOPFLOOR_BROKER_PORT (log: $SHOPFLOOR_DATA/broker.log)"
    # The server starts alongside; its resource adapter connects as soon as the broker listens.
fi
export SHOPFLOOR_BROKER_PORT=${SHOPFLOOR_BROKER_PORT:-61616}

if [ "${embedded:-false}" = true ]; then
    database="embedded H2 in $SHOPFLOOR_DATA"
else
    database="$DB_URL"
fi

banner() {
    local base="http://localhost:$PORT"
    echo
    echo "=============================================================================="
    echo "  Shopfloor is ready    (database: $database)"
    echo
    echo "  Demo shop (Dutch):    $base/demo/index.html"
    echo "  Demo shop (English):  $base/demo/en.html"
    echo "  Agent dashboard:      $base/dashboard/"
    if [ "$SHOPFLOOR_DEMO_DATA" = true ]; then
        echo
        echo "  Demo logins, every password is: demo"
        echo "    agents:      sanne, mehmet, jeroen, lisa, pieter"
        echo "    supervisor:  anouk"
        echo "    admin:       admin"
    fi
    echo
    echo "  Stop with Ctrl+C.  Data is kept in $SHOPFLOOR_DATA"
    echo "=============================================================================="
    echo
}

# ---------------------------------------------------------------- readiness watcher
# Payara prints "ready" even when the application failed to deploy, so wait for the
# application's own health check, which includes the database and the message broker.
(
    waited=0
    warned=false
    while kill -0 $$ 2>/dev/null; do
        if [ "$(http_status "$PORT" /api/health/ready)" = 200 ]; then
            banner
            exit 0
        fi
        sleep 1
        waited=$((waited + 1))
        if [ $waited -ge 240 ] && [ $warned = false ]; then
            warned=true
            echo "run.sh: the application is not ready after $waited s" \
                "(GET /api/health/ready -> $(http_status "$PORT" /api/health/ready || true));" \
                "see the log above" >&2
        fi
    done
) &

# Not exec: this script stays to stop the broker when the server ends.
# shellcheck disable=SC2086  # JAVA_OPTS is a list of options
java ${JAVA_OPTS:-} -jar "$MICRO" \
    --nocluster \
    --port "$PORT" \
    --rootdir "$SHOPFLOOR_DATA/micro" \
    --logproperties "$PAYARA_CONFIG/logging.properties" \
    --prebootcommandfile "$PAYARA_CONFIG/pre-boot-commands.asadmin" \
    --postbootcommandfile "$PAYARA_CONFIG/post-boot-commands.asadmin" \
    --deploy "$RAR" \
    --deploy "$WAR" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' INT TERM
wait "$server_pid" || true
wait "$server_pid" 2>/dev/null || true
