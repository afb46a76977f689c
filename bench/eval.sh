#!/bin/sh
# Agreement with the corpus labels, from compiled classes (no jar needed):
#   ./mvnw -q -o -Dtodoku.build.dir=/tmp/build-engine -DskipTests compile && bench/eval.sh
BUILD=${BUILD:-/tmp/build-engine}
exec java -cp "$BUILD/classes" jp.todoku.cli.CommandLine eval ../shared/corpus/labelled ../shared/corpus/expected.tsv "$@"
