#!/bin/bash
# Start-up and memory of the site (issue 11), against a bare Boot 4.1 webmvc app in the same run.
#   ./mvnw -B -DskipTests package && bench/startup.sh
# Prints: start-to-ready per run and the median of RUNS for Todoku (as bin/todoku starts it, i.e.
# README's and the Dockerfile's settings) and for bench/bare-app, their ratio, resident memory just
# after ready, and after LOAD_SECONDS of API load (bench/ApiLoad.java, 32 clients).
# DATA=fresh (default) starts every run in a new directory, so each is a first start: 17 migrations on an
# empty H2 file and the first administrator's bcrypt hash. DATA=kept starts every timed run on one data
# directory made by an untimed start before them: a restart, as an operator's every later start is.
# Environment: RUNS (5), LOAD_SECONDS (60), TODOKU_CMD (default bin/todoku), PRIORITY=1 raises this
# script's scheduling group on a shared machine (root only), BUILD (target).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
LOAD_SECONDS=${LOAD_SECONDS:-60}
BUILD=${BUILD:-target}
PORT=${PORT_BASE:-18080}
# The autogroup is the whole login session's: what this script raises it would leave raised for
# everything started from the same shell afterwards, so the old value is put back at exit.
AUTOGROUP_NICE=""
if [ "${PRIORITY:-0}" = 1 ]; then
    AUTOGROUP_NICE=$(awk '{print $3}' /proc/self/autogroup 2>/dev/null || true)
    echo -20 > /proc/self/autogroup 2>/dev/null || true
fi

BARE_JAR=bench/bare-app/target/bare-app.jar
if [ ! -f "$BARE_JAR" ]; then ./mvnw -B -q -f bench/bare-app/pom.xml package >/dev/null; fi

now_ms() { date +%s%3N; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

# Starts "$@" on $PORT, waits for /actuator/health UP; sets PID and ELAPSED (milliseconds).
start_and_wait() {
    if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; then
        echo "port $PORT is already answering: stop that process first" >&2; exit 1
    fi
    local begin; begin=$(now_ms)
    "$@" > "/tmp/startup-bench-$PORT.log" 2>&1 &
    PID=$!
    for _ in $(seq 1 1200); do
        if curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; then
            ELAPSED=$(( $(now_ms) - begin )); return 0
        fi
        kill -0 "$PID" 2>/dev/null || { echo "process died, see /tmp/startup-bench-$PORT.log" >&2; return 1; }
        sleep 0.05
    done
    echo "not ready after 60 s" >&2; return 1
}
stop() { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
restore_priority() { [ -n "$AUTOGROUP_NICE" ] && echo "$AUTOGROUP_NICE" > /proc/self/autogroup 2>/dev/null || true; }
trap 'stop; restore_priority' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# DATA=kept sets it to the one data directory every timed start runs on.
KEPT_DIR=""
# Runs in start_and_wait's background subshell: exec makes PID the launcher's own process.
todoku() {
    local root; root=$(pwd)
    cd "${KEPT_DIR:-$(mktemp -d)}"
    TODOKU_BUILD="$(cd "$root" && realpath -m "$BUILD")" PORT=$PORT TODOKU_RATE_LIMIT_DIAGNOSES_PER_MINUTE=100000000 \
        exec "$(cd "$root" && realpath -m "${TODOKU_CMD:-bin/todoku}")"
}
bare() { exec java -jar "$BARE_JAR" --server.port=$PORT; }

if [ "${DATA:-fresh}" = kept ]; then
    KEPT_DIR=$(mktemp -d)
    start_and_wait todoku; stop
    echo "data directory $KEPT_DIR made by an untimed first start (${ELAPSED} ms); the runs below restart on it"
fi
todoku_times=(); bare_times=()
for i in $(seq 1 "$RUNS"); do   # interleaved, so both see the same machine
    start_and_wait todoku; stop; todoku_times+=("$ELAPSED")
    start_and_wait bare; stop; bare_times+=("$ELAPSED")
    echo "run $i: todoku ${todoku_times[-1]} ms, bare ${bare_times[-1]} ms"
done
tm=$(printf '%s\n' "${todoku_times[@]}" | median)
bm=$(printf '%s\n' "${bare_times[@]}" | median)
echo "median start to ready: todoku ${tm} ms, bare ${bm} ms, ratio $(awk "BEGIN {printf \"%.2f\", $tm/$bm}")"

start_and_wait todoku
sleep 2
echo "todoku RSS after ready: $(( $(rss_kb $PID) / 1024 )) MB"
if command -v ab >/dev/null; then
    # ab, as in the issue's measurement: 32 concurrent clients, keep-alive, one pasted bounce.
    body=$(mktemp)
    sed -n '/"""/,/"""/p' bench/ApiLoad.java | sed '1d;$d' | sed 's/^ *//; s/\\\\/\\/g' > "$body"
    ab -q -k -c 32 -t "$LOAD_SECONDS" -n 100000000 -p "$body" -T application/json \
        "http://127.0.0.1:$PORT/api/v1/diagnoses" | grep -E "Complete requests|Non-2xx|Requests per second|  50%|  99%"
else
    java bench/ApiLoad.java "http://127.0.0.1:$PORT" 32 "$LOAD_SECONDS"
fi
echo "todoku RSS after ${LOAD_SECONDS} s of load: $(( $(rss_kb $PID) / 1024 )) MB"
stop
