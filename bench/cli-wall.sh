#!/bin/sh
# Wall and CPU time of `diagnose` over the corpus x20 (about 8,700 files), JVM start included, as a
# user runs it (java -jar, no flags): median of RUNS runs, messages (files) per second, and the ratio
# to go-sisimai's 5.6 s for the same folder (issue 11; the goal is <= 1.87 s, 3x faster).
#   ./mvnw -q -o -Dtodoku.build.dir=/tmp/build-engine -DskipTests package && bench/cli-wall.sh
# Several jars (JAR="/tmp/before.jar /tmp/after.jar") run interleaved, so a before and an after
# meet the same load on a shared machine; each jar's output is compared with the first one's.
# CMD="bin/todoku" measures the launcher instead (JAR is then ignored).
JAR=${JAR:-/tmp/build-engine/todoku.jar}
DIR=${DIR:-/tmp/todoku-corpus-x20}
RUNS=${RUNS:-5}
OUT=${OUT:-/tmp/todoku-cli-wall}
if [ ! -d "$DIR" ]; then
  mkdir -p "$DIR"
  for i in $(seq -w 1 20); do
    for f in ../shared/corpus/labelled/* ../shared/corpus/unlabelled/* ../shared/corpus/not-bounce/*; do
      cp "$f" "$DIR/$i-$(basename "$f")"
    done
  done
fi
files=$(ls "$DIR" | wc -l)
echo "files: $files   load: $(cut -d' ' -f1-3 /proc/loadavg)   cores: $(nproc)"
[ -n "$CMD" ] && JAR=launcher
n=0
for jar in $JAR; do n=$((n + 1)); : > "$OUT.$n.times"; done
for run in $(seq 1 "$RUNS"); do
  n=0
  for jar in $JAR; do
    n=$((n + 1))
    if [ -n "$CMD" ]; then
      /usr/bin/time -a -o "$OUT.$n.times" -f "%e %U %S %M" $CMD diagnose "$DIR" > "$OUT.$n.jsonl"
    else
      /usr/bin/time -a -o "$OUT.$n.times" -f "%e %U %S %M" java -jar "$jar" diagnose "$DIR" > "$OUT.$n.jsonl"
    fi
  done
done
n=0
for jar in $JAR; do
  n=$((n + 1))
  same=""
  if [ "$n" -gt 1 ]; then
    cmp -s "$OUT.1.jsonl" "$OUT.$n.jsonl" && same="output identical to the first" || same="OUTPUT DIFFERS from the first"
  fi
  # Median by wall time; CPU = user + system of that run (the JVMs' own and the child's).
  sort -n "$OUT.$n.times" | awk -v jar="$jar" -v files="$files" -v runs="$RUNS" -v same="$same" \
    -v lines="$(wc -l < "$OUT.$n.jsonl")" '
    { wall[NR] = $1; cpu[NR] = $2 + $3; rss[NR] = $4 }
    END {
      m = int((NR + 1) / 2)
      all = ""; for (i = 1; i <= NR; i++) all = all sprintf(" %.2f", wall[i])
      printf "%s: median of %d: wall %.2f s, CPU %.2f s, max RSS %d MB, %.0f messages/s, %.2fx go-sisimai (5.6 s), lines %d %s\n   walls:%s\n",
        jar, runs, wall[m], cpu[m], rss[m] / 1024, files / wall[m], 5.6 / wall[m], lines, same, all
    }'
done
