#!/usr/bin/env bash
# Coverage-guided fuzzing of Todoku's parsers of untrusted input with Jazzer (issue 16).
#
#   bench/fuzz.sh list                       the harnesses
#   bench/fuzz.sh mime-parse 300             fuzz one harness for 300 seconds (default 60)
#   bench/fuzz.sh csv-cell -runs=1000000     ... or for a number of executions
#   bench/fuzz.sh all 120                    every harness in turn, 120 s each
#   bench/fuzz.sh summary                    a markdown table of the last runs (from the logs)
#
# Each run is `./mvnw test` with JAZZER_FUZZ=1 and -Dtest=<Class>#<method>, at nice 10. The corpus
# the fuzzer grows is kept outside git, in $BUILD/fuzz-corpus (./.cifuzz-corpus is a link to it,
# ignored by git), so the next run goes on from it. A finding (an input that breaks a property) is
# written by Jazzer beside the seeds, src/test/resources/<package>/<Class>Inputs/<method>/crash-*,
# where every `./mvnw verify` replays it: fix the engine, keep the file. The log of each run is
# $BUILD/fuzz-logs/<harness>.log; its last lines give executions, exec/s and coverage (cov:, ft:).
#
# Environment: BUILD (default target; e.g. /tmp/build-fuzz), FUZZ_HEAP (default 1g), MAVEN_ARGS (e.g. -o),
# FUZZ_MAX_SECONDS (a time cap for -runs=N, default none).
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A HARNESS=(
  [diagnosis-bytes]='DiagnosisFuzzTest#bytes'
  [diagnosis-text]='DiagnosisFuzzTest#text'
  [mta-readers]='DiagnosisFuzzTest#mtaReaders'
  [mime-linefeeds]='MimeFuzzTest#lineFeeds'
  [mime-parse]='MimeFuzzTest#parse'
  [charsets]='MimeFuzzTest#charsets'
  [encoded-words]='MimeFuzzTest#encodedWords'
  [headers]='HeaderAnalysisFuzzTest#analyze'
  [answers]='AnswersFuzzTest#of'
  [carried-answers]='CarriedAnswersFuzzTest#decode'
  [search-term]='SearchTermFuzzTest#term'
  [queue-filter]='QueueFilterFuzzTest#filter'
  [import-line]='ImportLineFuzzTest#line'
  [csv-cell]='CsvCellFuzzTest#cell'
)
ORDER=(csv-cell queue-filter search-term answers carried-answers import-line mime-linefeeds charsets
       encoded-words mime-parse headers diagnosis-text diagnosis-bytes mta-readers)

name=${1:-list}
budget=${2:-60}
BUILD=${BUILD:-target}
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD" ;; esac

if [[ "$name" == list ]]; then
  for h in "${ORDER[@]}"; do printf '%-16s %s\n' "$h" "${HARNESS[$h]}"; done
  exit 0
fi
if [[ "$name" == summary ]]; then
  # One markdown row per harness from the logs of the last runs.
  echo '| harness | executions | exec/s | cov | ft | corpus | result |'
  echo '|---|---:|---:|---:|---:|---:|---|'
  for h in "${ORDER[@]}"; do
    log="$BUILD/fuzz-logs/$h.log"
    [[ -f "$log" ]] || continue
    last=$(grep -aE '^#[0-9]+' "$log" | tail -1 || true)
    runs=$(grep -a '^stat::number_of_executed_units' "$log" | tail -1 | awk '{print $2}' || true)
    rate=$(grep -a '^stat::average_exec_per_sec' "$log" | tail -1 | awk '{print $2}' || true)
    cov=$(sed -E 's/.* cov: ([0-9]+).*/\1/' <<<"$last")
    ft=$(sed -E 's/.* ft: ([0-9]+).*/\1/' <<<"$last")
    corp=$(sed -E 's/.* corp: ([0-9]+)\/.*/\1/' <<<"$last")
    result=$(grep -aq 'FuzzTestFinding' "$log" && echo finding || echo clean)
    echo "| $h | ${runs:-?} | ${rate:-?} | $cov | $ft | $corp | $result |"
  done
  exit 0
fi
if [[ "$name" == all ]]; then
  for h in "${ORDER[@]}"; do "$0" "$h" "$budget" || echo "$h: finding or failure, see $BUILD/fuzz-logs/$h.log"; done
  exit 0
fi
test=${HARNESS[$name]:-}
if [[ -z "$test" ]]; then
  echo "unknown harness '$name'; bench/fuzz.sh list" >&2
  exit 2
fi
if [[ "$budget" == -runs=* ]]; then
  limit=("$budget" "-max_total_time=${FUZZ_MAX_SECONDS:-86400}")
else
  limit=("-max_total_time=$budget")
fi

mkdir -p "$BUILD/fuzz-corpus" "$BUILD/fuzz-logs"
if [[ -e .cifuzz-corpus && ! -L .cifuzz-corpus ]]; then
  echo ".cifuzz-corpus is a directory; move it to $BUILD/fuzz-corpus first" >&2
  exit 2
fi
ln -sfn "$BUILD/fuzz-corpus" .cifuzz-corpus

log="$BUILD/fuzz-logs/$name.log"
before=$(git ls-files --others --exclude-standard src/test/resources | sort)
echo "fuzzing $name ($test), ${limit[*]}, log $log"
status=0
JAZZER_FUZZ=1 nice -n 10 ./mvnw -B ${MAVEN_ARGS:-} -Dtodoku.build.dir="$BUILD" -Dtodoku.cds.skip=true test \
  -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false -DargLine="-Xmx${FUZZ_HEAP:-1g}" \
  -Djazzer.instrument='jp.todoku.**' \
  -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-timeout=30 -Djazzer.internal.arg.2=-print_final_stats=1 \
  -Djazzer.internal.arg.3="${limit[0]}" ${limit[1]:+-Djazzer.internal.arg.4="${limit[1]}"} \
  >"$log" 2>&1 || status=$?

grep -E '^#[0-9]+' "$log" | tail -1 || true
grep -E '^stat::(number_of_executed_units|average_exec_per_sec)' "$log" || true
after=$(git ls-files --others --exclude-standard src/test/resources | sort)
new=$(comm -13 <(echo "$before") <(echo "$after") | grep -v '^$' || true)
if [[ -n "$new" ]]; then
  echo "findings, now regression inputs (commit them with the fix):"
  echo "$new"
fi
if [[ $status -ne 0 ]]; then
  grep -E 'FuzzTestFinding|Exception|AssertionError|Expect|but was' "$log" | head -20 || true
fi
exit $status
