#!/usr/bin/env bash
# Makes sure the services the tests need are there, and changes nothing that already is:
#   - MariaDB listening on 127.0.0.1:3306 (installed with apt and started if missing),
#   - databases shopfloor_it (the WAR on Payara Micro), shopfloor_ear (the EAR on Payara Server,
#     FullServerEarIT) and shopfloor_cluster_it (two Micro instances, ClusterIT) and user shopfloor/shopfloor
#     (@127.0.0.1 and @localhost) owning them,
#   - chromium and chromedriver (for the browser system tests), haproxy (the balancer of the cluster tests).
# Safe to run again and again; non-interactive (CI=true, no stdin).
# Needs root (or password-less sudo) only when something must be installed or started.
#
# Overrides: SHOPFLOOR_IT_DB_NAME, SHOPFLOOR_EAR_DB_NAME, SHOPFLOOR_CLUSTER_IT_DB_NAME, SHOPFLOOR_IT_DB_USER, SHOPFLOOR_IT_DB_PASSWORD,
#            MARIADB_ROOT_PASSWORD (only for a server whose root has a password, e.g. a container).
set -euo pipefail
exec </dev/null

DB_HOST=127.0.0.1
DB_PORT=3306
DB_NAME=${SHOPFLOOR_IT_DB_NAME:-shopfloor_it}
EAR_DB_NAME=${SHOPFLOOR_EAR_DB_NAME:-shopfloor_ear}
CLUSTER_DB_NAME=${SHOPFLOOR_CLUSTER_IT_DB_NAME:-shopfloor_cluster_it}
DB_USER=${SHOPFLOOR_IT_DB_USER:-shopfloor}
DB_PASSWORD=${SHOPFLOOR_IT_DB_PASSWORD:-shopfloor}
MARIADBD=/usr/sbin/mariadbd
DATADIR=/var/lib/mysql
export DEBIAN_FRONTEND=noninteractive

say() { printf '[ensure-test-services] %s\n' "$*"; }
die() { printf '[ensure-test-services] ERROR: %s\n' "$*" >&2; exit 1; }

can_be_root() {
    [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif can_be_root; then
        sudo -n "$@"
    else
        die "need root (or password-less sudo) to run: $*"
    fi
}

apt_updated=false
apt_install() {
    command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install these yourself: $*"
    if [ "$apt_updated" = false ]; then
        say "apt-get update"
        as_root apt-get update -q >/dev/null
        apt_updated=true
    fi
    say "apt-get install $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

listening() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# ---------------------------------------------------------------- MariaDB server
if listening "$DB_HOST" "$DB_PORT"; then
    say "MariaDB already listening on $DB_HOST:$DB_PORT"
else
    if [ ! -x "$MARIADBD" ]; then
        apt_install mariadb-server mariadb-client
    fi
    [ -x "$MARIADBD" ] || die "$MARIADBD still missing after installing mariadb-server"

    if [ ! -d "$DATADIR/mysql" ]; then
        say "initialising data directory $DATADIR"
        as_root mariadb-install-db --user=mysql --datadir="$DATADIR" >/dev/null
    fi
    # /run is a tmpfs: the socket directory vanishes on reboot and in fresh containers.
    as_root install -d -o mysql -g mysql /run/mysqld /var/log/mysql

    say "starting MariaDB (loopback only)"
    # --user: Debian's stock config leaves it commented out, and mariadbd refuses to run as root.
    # --bind-address: never listen beyond loopback, whatever the config says.
    as_root start-stop-daemon --start --oknodo --background \
        --exec "$MARIADBD" -- \
        --user=mysql --datadir="$DATADIR" --bind-address=127.0.0.1 --port="$DB_PORT" \
        --socket=/run/mysqld/mysqld.sock --pid-file=/run/mysqld/mysqld.pid \
        --log-error=/var/log/mysql/error.log

    for _ in $(seq 1 60); do
        listening "$DB_HOST" "$DB_PORT" && break
        sleep 1
    done
    if ! listening "$DB_HOST" "$DB_PORT"; then
        tail -n 40 /var/log/mysql/error.log >&2 2>/dev/null || true
        die "MariaDB did not start listening on $DB_HOST:$DB_PORT within 60 s"
    fi
    say "MariaDB started"
fi

# ---------------------------------------------------------------- database and user
if ! command -v mariadb >/dev/null 2>&1 && ! command -v mysql >/dev/null 2>&1; then
    apt_install mariadb-client
fi
MYSQL_CLIENT=$(command -v mariadb || command -v mysql)

# Root as the superuser over the unix socket (Debian's default: unix_socket auth),
# else root over TCP (a container-style server, MARIADB_ROOT_PASSWORD, empty by default).
admin_sql() {
    if can_be_root && [ -S /run/mysqld/mysqld.sock ] \
            && as_root "$MYSQL_CLIENT" -uroot --protocol=socket -N -B -e "$1" 2>/dev/null; then
        return 0
    fi
    MYSQL_PWD=${MARIADB_ROOT_PASSWORD:-} "$MYSQL_CLIENT" -uroot -h"$DB_HOST" -P"$DB_PORT" --protocol=tcp -N -B -e "$1"
}

test_user_ok() {
    local db
    for db in "$DB_NAME" "$EAR_DB_NAME" "$CLUSTER_DB_NAME"; do
        MYSQL_PWD=$DB_PASSWORD "$MYSQL_CLIENT" -u"$DB_USER" -h"$DB_HOST" -P"$DB_PORT" --protocol=tcp \
            -N -B -e "SELECT 1" "$db" >/dev/null 2>&1 || return 1
    done
}

# The test user may drop and re-create its own databases: the system tests start from empty ones.
# 127.0.0.1 is what JDBC over TCP uses; localhost covers the unix socket (and servers that resolve names).
setup_sql="
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS \`$EAR_DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS \`$CLUSTER_DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
ALTER USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
ALTER USER '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost';
GRANT ALL PRIVILEGES ON \`$EAR_DB_NAME\`.* TO '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$EAR_DB_NAME\`.* TO '$DB_USER'@'localhost';
GRANT ALL PRIVILEGES ON \`$CLUSTER_DB_NAME\`.* TO '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$CLUSTER_DB_NAME\`.* TO '$DB_USER'@'localhost';
FLUSH PRIVILEGES;"
if admin_sql "$setup_sql" >/dev/null 2>&1; then
    test_user_ok || die "user $DB_USER cannot log in to $DB_NAME, $EAR_DB_NAME and $CLUSTER_DB_NAME over TCP at $DB_HOST:$DB_PORT"
    say "databases $DB_NAME, $EAR_DB_NAME and $CLUSTER_DB_NAME ready for user $DB_USER@$DB_HOST"
elif test_user_ok; then
    say "databases $DB_NAME, $EAR_DB_NAME and $CLUSTER_DB_NAME reachable as $DB_USER (no MariaDB root access here, grants left as they are)"
else
    die "could not create databases $DB_NAME, $EAR_DB_NAME, $CLUSTER_DB_NAME / user $DB_USER: no MariaDB root access (unix socket as root, or TCP with MARIADB_ROOT_PASSWORD)"
fi

# ---------------------------------------------------------------- browser
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
    # fonts-liberation: without any font, pages render as empty boxes in screenshots.
    apt_install "${missing[@]}" fonts-liberation
    [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || die "chromium/chromedriver still missing"
    say "installed ${missing[*]}"
else
    say "chromium and chromedriver present"
fi

# ---------------------------------------------------------------- balancer
if command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ]; then
    say "haproxy present"
else
    apt_install haproxy
    [ -x /usr/sbin/haproxy ] || die "haproxy still missing"
    say "installed haproxy"
fi
