#!/bin/bash
# The staff console at N tickets (issue 15): import N synthetic tickets with import-tickets, start the site,
# time the console over HTTP signed in, print the EXPLAIN plans. PostgreSQL by default; DB=h2 for the embedded one.
#   ./mvnw -q -o -Dtodoku.build.dir=/tmp/build-console -DskipTests package
#   JAR=/tmp/build-console/todoku.jar N=1000000 bench/console/run.sh          # PostgreSQL, database todoku_bench
#   JAR=/tmp/build-console/todoku.jar N=100000 DB=h2 bench/console/run.sh     # H2 file under $WORK
# PG_URL (default jdbc:postgresql://127.0.0.1:5432) and PG_USER (postgres) say where PostgreSQL is; the database
# $PG_DB (todoku_bench) is dropped and created again. Needs createdb/dropdb/psql for PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${JAR:-target/todoku.jar}
N=${N:-1000000}
DB=${DB:-postgresql}
PORT=${PORT:-18081}
WORK=${WORK:-/tmp/todoku-console-bench}
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432}
PG_USER=${PG_USER:-postgres}
PG_DB=${PG_DB:-todoku_bench}
PASSWORD=bench-admin-password-15
mkdir -p "$WORK"
if [ "$DB" = h2 ]; then
  rm -rf "$WORK/h2"
  URL="jdbc:h2:file:$WORK/h2/todoku;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  DB_ARGS=(--spring.datasource.url="$URL" --spring.datasource.username=sa --spring.datasource.password=)
else
  HOST=$(echo "$PG_URL" | sed -E 's#jdbc:postgresql://([^:/]+).*#\1#')
  dropdb -h "$HOST" -U "$PG_USER" --if-exists "$PG_DB"
  createdb -h "$HOST" -U "$PG_USER" "$PG_DB"
  DB_ARGS=(--spring.profiles.active=postgres --TODOKU_DB_URL="$PG_URL/$PG_DB" --TODOKU_DB_USER="$PG_USER" --TODOKU_DB_PASSWORD=)
fi

echo "== import of $N tickets ($DB), $(date -u +%FT%TZ), load: $(cut -d' ' -f1-3 /proc/loadavg)"
java bench/console/ConsoleData.java "$N" > "$WORK/tickets.jsonl"
ls -l "$WORK/tickets.jsonl"
START=$(date +%s.%N)
java -jar "$JAR" import-tickets "$WORK/tickets.jsonl" --batch 1000 --lang en "${DB_ARGS[@]}" --todoku.admin.password=$PASSWORD
END=$(date +%s.%N)
echo "import: $(echo "$N / ($END - $START)" | bc) tickets/s over $(echo "$END - $START" | bc) s (JVM and Spring start included)"
if [ "$DB" != h2 ]; then
  psql -h "$HOST" -U "$PG_USER" -d "$PG_DB" -qc "VACUUM ANALYZE ticket" 
  psql -h "$HOST" -U "$PG_USER" -d "$PG_DB" -Atc "SELECT 'ticket table with indexes: ' || pg_size_pretty(pg_total_relation_size('ticket'))"
fi

echo "== site on port $PORT"
java -jar "$JAR" --server.port=$PORT "${DB_ARGS[@]}" --todoku.admin.password=$PASSWORD > "$WORK/site.log" 2>&1 &
SITE=$!
trap 'kill $SITE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/staff/login" && break
  sleep 1
done
java bench/console/ConsoleBenchmark.java "http://127.0.0.1:$PORT" admin $PASSWORD "$N" | tee "$WORK/http.md"
kill $SITE; wait $SITE 2>/dev/null || true
trap - EXIT

if [ "$DB" != h2 ]; then
  echo "== plans"
  RARE="q$((N / 3))x"; EMAIL_USER="user$((N / 2))"; EMAIL_HOST="example$((N / 2 % 5000))"
  psql -h "$HOST" -U "$PG_USER" -d "$PG_DB" -v rare="$RARE" -v rareq="'$RARE':*" -v email="$EMAIL_USER@$EMAIL_HOST.co.jp" \
    -v emailq="'$EMAIL_USER' & '$EMAIL_HOST' & 'co' & 'jp':*" -f bench/console/plans.sql
fi
