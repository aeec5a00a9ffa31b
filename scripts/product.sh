# Sourced by run.sh and scripts/cluster.sh (from the project's root folder): the built product and how to
# ask a running instance whether it is ready.
# shellcheck shell=bash

WAR=web-module/target/ROOT.war
MICRO=server-config/target/payara-micro.jar
RAR=jms-adapter/target/artemis.rar
BROKER=broker/target/broker.jar
PAYARA_CONFIG=server-config/src/main/payara

# Builds when an artifact is missing or a source is newer than the WAR. $1: the calling script's name, for messages.
build_when_needed() {
    local stale
    stale=$(find pom.xml ejb-module widget-module web-module broker jms-adapter server-config/pom.xml \
        \( -name target -o -name node_modules \) -prune -o \
        -type f -newer "$WAR" -print -quit 2>/dev/null || true)
    if [ ! -f "$WAR" ] || [ ! -f "$MICRO" ] || [ ! -f "$RAR" ] || [ ! -f "$BROKER" ] || [ -n "$stale" ]; then
        echo "$1: building (./mvnw -q -B -DskipTests package) ..."
        ./mvnw -q -B -DskipTests package
        [ -f "$WAR" ] && [ -f "$MICRO" ] && [ -f "$RAR" ] && [ -f "$BROKER" ] \
            || die "the build did not produce $WAR, $MICRO, $RAR and $BROKER"
    fi
}

# The HTTP status of GET $2 on 127.0.0.1:$1. /dev/tcp keeps the scripts free of curl/wget, which a fresh
# machine may lack.
http_status() {
    (
        exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
        printf 'GET %s HTTP/1.1\r\nHost: localhost:%s\r\nConnection: close\r\n\r\n' "$2" "$1" >&3
        IFS=' ' read -r -t 10 _ code _ <&3 && printf '%s' "$code"
    ) 2>/dev/null
}

# The body of GET $2 on 127.0.0.1:$1 (headers dropped), the same way.
http_body() {
    (
        exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
        printf 'GET %s HTTP/1.1\r\nHost: localhost:%s\r\nConnection: close\r\n\r\n' "$2" "$1" >&3
        sed '1,/^\r\{0,1\}$/d' <&3
    ) 2>/dev/null
}

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
