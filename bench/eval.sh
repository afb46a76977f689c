#!/bin/sh
# Agreement with the corpus labels, from compiled classes (no jar needed), with the knowledge base as
# the CLI and the site use it (the one decision picks reason and advice together):
#   ./mvnw -q -o -Dtodoku.build.dir=/tmp/build-engine -DskipTests compile && bench/eval.sh
BUILD=${BUILD:-/tmp/build-engine}
YAML=$(ls "$HOME"/.m2/repository/org/yaml/snakeyaml/*/snakeyaml-*.jar | grep -v sources | tail -n 1)
exec java -cp "$BUILD/classes:$YAML" jp.todoku.cli.CommandLine eval ../shared/corpus/labelled ../shared/corpus/expected.tsv "$@"
