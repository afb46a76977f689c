#!/bin/bash
# Rate limits across instances (issue 10): requests one client gets through per minute, 1 vs 2 instances,
# with the buckets in memory (todoku.rate-limit.store=memory, each JVM its own) and in the shared database
# (store=database, the postgres profile's default).
#   ./mvnw -B -o -q -DskipTests -Dtodoku.cds.skip=true package && bench/shared-limits.sh
# Starts four instances of the packaged jar (JAR, default target/todoku.jar) on ONE new PostgreSQL database
# (PG_URL base, default jdbc:postgresql://127.0.0.1:5432/test; created here, dropped at the end): two with
# store=memory, two with store=database, one after the other. Then, for DURATION seconds (60), four clients at once,
# each a different address (X-Forwarded-For from the trusted proxy 127.0.0.1), each POSTing a diagnosis every
# 100 ms (600 a minute, far above the default limit of 30 a minute):
#   memory   x1: all to memory instance 1        memory   x2: alternately to memory instances 1 and 2
#   database x1: all to database instance 1      database x2: alternately to database instances 1 and 2
# Prints the 200s and 429s per scenario. Only loopback traffic; bounded in time; stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/todoku.jar}
SECONDS_TO_RUN=${DURATION:-60}
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}
PG_USER=${PG_USER:-postgres}
PORT_BASE=${PORT_BASE:-18480}
LIMIT=${LIMIT:-30}

[ -f "$JAR" ] || { echo "no $JAR: build it first (see the header)" >&2; exit 1; }
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
host_port=$(echo "$PG_URL" | sed -E 's#jdbc:postgresql://([^/]+)/.*#\1#')
pg_host=${host_port%%:*}; pg_port=${host_port##*:}
db="todoku_bench_limits_$(date +%s)_$$"
psql -w -h "$pg_host" -p "$pg_port" -U "$PG_USER" -d postgres -qc "CREATE DATABASE $db" >/dev/null
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    psql -w -h "$pg_host" -p "$pg_port" -U "$PG_USER" -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

start() { # port store
    (cd "$work" && exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m -jar "$JAR" \
        --spring.profiles.active=postgres --TODOKU_DB_URL="jdbc:postgresql://$host_port/$db" \
        --TODOKU_DB_USER="$PG_USER" --server.port="$1" --todoku.rate-limit.store="$2" \
        --todoku.rate-limit.diagnoses-per-minute="$LIMIT" --todoku.trusted-proxies=127.0.0.1 \
        --todoku.admin.password=bench-admin-password > "$work/instance-$1.log" 2>&1) &
    pids+=($!)
    for _ in $(seq 1 180); do
        curl -fsS -o /dev/null "http://127.0.0.1:$1/actuator/health" 2>/dev/null && return 0
        sleep 1
    done
    echo "instance on port $1 did not come up; its log:" >&2; tail -n 40 "$work/instance-$1.log" >&2; exit 1
}

m1=$PORT_BASE; m2=$((PORT_BASE + 1)); d1=$((PORT_BASE + 2)); d2=$((PORT_BASE + 3))
echo "starting 4 instances on database $db (limit $LIMIT diagnoses per client and minute)"
start "$m1" memory; start "$m2" memory; start "$d1" database; start "$d2" database

client() { # name address port...
    local name=$1 address=$2; shift 2
    local ports=("$@") ok=0 refused=0 other=0 i=0 end=$(( $(date +%s) + SECONDS_TO_RUN ))
    while [ "$(date +%s)" -lt "$end" ]; do
        local port=${ports[$(( i % ${#ports[@]} ))]}
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H 'Content-Type: text/plain; charset=UTF-8' \
            -H "X-Forwarded-For: $address" --data-binary '550 5.1.1 <nobody@example.test>: User unknown' \
            "http://127.0.0.1:$port/api/v1/diagnoses" || true)
        case "$code" in 200) ok=$((ok + 1));; 429) refused=$((refused + 1));; *) other=$((other + 1));; esac
        i=$((i + 1))
        sleep 0.1
    done
    printf '%-12s %-3s instance(s): %4d allowed, %4d refused (429), %d other, in %d s\n' \
        "$name" "${#ports[@]}" "$ok" "$refused" "$other" "$SECONDS_TO_RUN" > "$work/result-$name"
}

echo "measuring for $SECONDS_TO_RUN s"
client memory-x1 192.0.2.101 "$m1" &
c1=$!
client memory-x2 192.0.2.102 "$m1" "$m2" &
c2=$!
client database-x1 192.0.2.103 "$d1" &
c3=$!
client database-x2 192.0.2.104 "$d1" "$d2" &
c4=$!
wait "$c1" "$c2" "$c3" "$c4"
cat "$work"/result-memory-x1 "$work"/result-memory-x2 "$work"/result-database-x1 "$work"/result-database-x2
