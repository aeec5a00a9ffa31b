#!/usr/bin/env bash
# The widget's cost on a shop page as a shop owner sees it in PageSpeed Insights (issue 10): Lighthouse 12, mobile
# preset, Debian's chromium, on one demo page with the widget and on the same page without it, RUNS times each
# (interleaved, so that the machine's load hits both alike), and the medians as a table.
#
#   load-tests/lighthouse/measure.sh                  # /demo/index.html, 3 runs each, about 2 minutes after the boot
#   PAGE=/demo/winkelwagen.html RUNS=5 load-tests/lighthouse/measure.sh
#
# "Without the widget" is the same page with Lighthouse blocking every request under /widget/ (--blocked-url-patterns):
# the shop's page, its own script and its Shopfloor.push queue stay exactly as they are, only the widget never loads.
# The product runs through run.sh (which builds first when needed) on a free port of 127.0.0.1, on a fresh embedded
# database with demo data in the work folder, and is stopped at the end. Lighthouse is installed with npm into the
# work folder when missing. Every report stays in the work folder (with-N.json, without-N.json, summary.txt).
#
# Environment: PAGE, RUNS, WORK (default load-tests/target/lighthouse), CHROME_PATH (default /usr/bin/chromium),
#              LIGHTHOUSE (a lighthouse executable of your own instead of the npm install).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$(pwd)
PAGE=${PAGE:-/demo/index.html}
RUNS=${RUNS:-3}
WORK=${WORK:-$ROOT/load-tests/target/lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

say() { printf '[lighthouse] %s\n' "$*"; }
die() { printf '[lighthouse] ERROR: %s\n' "$*" >&2; exit 1; }

[ -x "$CHROME_PATH" ] || die "no chromium at $CHROME_PATH (apt-get install chromium, or set CHROME_PATH)"
mkdir -p "$WORK"
LIGHTHOUSE=${LIGHTHOUSE:-$WORK/npm/node_modules/.bin/lighthouse}
if [ ! -x "$LIGHTHOUSE" ]; then
    command -v npm >/dev/null 2>&1 || die "npm not found: install Node.js 18+ (apt-get install npm)"
    say "installing Lighthouse 12 into $WORK/npm"
    npm install --prefix "$WORK/npm" --no-audit --no-fund --loglevel=error lighthouse@12 >/dev/null
fi

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
    local port=$1
    while listening "$port"; do port=$((port + 1)); done
    printf '%s' "$port"
}
PORT=$(free_port 18480)
BROKER_PORT=$(free_port 61716)

rm -rf "$WORK/data" "$WORK"/with-*.json "$WORK"/without-*.json
server_pid=
stop_server() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        say "stopping the server"
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
}
trap stop_server EXIT
say "starting the product on 127.0.0.1:$PORT (log: $WORK/server.log)"
PORT=$PORT SHOPFLOOR_BROKER_PORT=$BROKER_PORT SHOPFLOOR_DATA="$WORK/data" ./run.sh >"$WORK/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/health/ready")" = 200 ] && break
    kill -0 "$server_pid" 2>/dev/null || die "the server ended; see $WORK/server.log"
    sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/health/ready")" = 200 ] \
    || die "the server is not ready after 10 minutes; see $WORK/server.log"

URL="http://127.0.0.1:$PORT$PAGE"
# Warm the server (JIT, caches) with a run of each that is not counted: the figures are the page's, not a cold JVM's.
lighthouse() {
    "$LIGHTHOUSE" "$URL" --quiet --only-categories=performance --output=json --output-path="$1" \
        --chrome-flags="--headless=new --no-sandbox" "${@:2}"
}
say "warming up on $URL"
lighthouse "$WORK/warm-up.json"
for run in $(seq 1 "$RUNS"); do
    say "run $run of $RUNS: with the widget, then without"
    lighthouse "$WORK/with-$run.json"
    lighthouse "$WORK/without-$run.json" --blocked-url-patterns='*/widget/*'
done
stop_server
trap - EXIT

{
    echo "Lighthouse $("$LIGHTHOUSE" --version), mobile preset, $("$CHROME_PATH" --version 2>/dev/null), $URL, median of $RUNS"
    echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
    node "$ROOT/load-tests/lighthouse/medians.js" "$WORK" "$RUNS"
} | tee "$WORK/summary.txt"
