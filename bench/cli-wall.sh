#!/bin/sh
# Wall time of `diagnose` over the corpus x20 (about 8,700 files), JVM start included.
#   ./mvnw -q -o -Dtodoku.build.dir=/tmp/build-engine -DskipTests package && bench/cli-wall.sh
JAR=${JAR:-/tmp/build-engine/todoku.jar}
DIR=${DIR:-/tmp/todoku-corpus-x20}
if [ ! -d "$DIR" ]; then
  mkdir -p "$DIR"
  for i in $(seq -w 1 20); do
    for f in ../shared/corpus/labelled/* ../shared/corpus/unlabelled/* ../shared/corpus/not-bounce/*; do
      cp "$f" "$DIR/$i-$(basename "$f")"
    done
  done
fi
echo "files: $(ls "$DIR" | wc -l)"
/usr/bin/time -f "wall %e s, max RSS %M KB" java -jar "$JAR" diagnose "$DIR" > /tmp/todoku-cli-wall.jsonl
echo "lines: $(wc -l < /tmp/todoku-cli-wall.jsonl)"
