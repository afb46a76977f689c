#!/bin/bash
# The customer pastes under src/test/resources/pastes through `diagnose --lang ja`, as a customer's
# paste reaches the engine: right reason, and right reason with the expected knowledge entry, of N.
#   ./mvnw -q -o -DskipTests package && bench/pastes-score.sh [JAR [DIR]]
# DIR (default src/test/resources/pastes) holds the pastes and expected.tsv (file, reason, entry or -):
# point it at a folder of pastes the engine was never tuned on to measure it blind.
JAR=$(realpath "${1:-target/todoku.jar}")
cd "$(dirname "$0")/.."
DIR=$(realpath "${2:-src/test/resources/pastes}")
right=0; both=0; total=0
while IFS=$'\t' read -r file reason entry _; do
    case "$file" in ''|'#'*) continue;; esac
    got=$(java -Dtodoku.cli.child=true -XX:TieredStopAtLevel=1 -jar "$JAR" diagnose --lang ja "$DIR/$file" \
        | head -n 1 | python3 -c 'import sys, json
line = sys.stdin.readline()
d = json.loads(line) if line.strip() else {}
print(d.get("reason", d.get("error", "none")), (d.get("knowledge") or {}).get("id", "-"))')
    total=$((total + 1))
    got_reason=${got%% *}; got_entry=${got#* }
    if [ "$got_reason" = "$reason" ]; then
        right=$((right + 1))
        if [ "$entry" = "-" ] || [ "$got_entry" = "$entry" ]; then both=$((both + 1)); else echo "entry  $file: want $entry, got $got_entry"; fi
    else
        echo "reason $file: want $reason, got $got"
    fi
done < "$DIR/expected.tsv"
echo "pastes: right reason $right/$total, right reason and entry $both/$total"
