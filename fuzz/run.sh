#!/usr/bin/env bash
# Fuzzes one Jazzer target for a set time: fuzz/run.sh TARGET SECONDS
#   TARGET: VepParserFuzzTest | FrontMatterReaderFuzzTest | ScheduleParserFuzzTest | SuppressionsFuzzTest |
#           ConfigLoaderFuzzTest
# New coverage goes to <module>/.cifuzz-corpus/ (not committed); a crashing input is written next to
# the target's seed corpus (src/test/resources/.../<TARGET>Inputs/<method>/crash-*), where every
# later `mvn verify` replays it. Commit it with the fix. The log is fuzz/logs/TARGET.log.
# A target's @Timeout becomes libFuzzer's per-input timeout (a slow input is a finding); JUnit's own
# timeout is disabled here because it would otherwise time the whole fuzzing run.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: fuzz/run.sh TARGET SECONDS}
seconds=${2:?usage: fuzz/run.sh TARGET SECONDS}
case "$target" in
  VepParserFuzzTest | FrontMatterReaderFuzzTest | ScheduleParserFuzzTest) module=vep-model ;;
  SuppressionsFuzzTest | ConfigLoaderFuzzTest) module=vep-lint ;;
  *) echo "unknown target: $target" >&2; exit 2 ;;
esac
mkdir -p fuzz/logs
log=fuzz/logs/$target.log
echo "fuzzing $target ($module) for ${seconds}s from $(date -u +%FT%TZ); log: $log"
JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" \
  mvn -B -ntp -pl "$module" -am test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djunit.jupiter.execution.timeout.mode=disabled -Djazzer.hooks=true >"$log" 2>&1 && status=0 || status=$?
echo "finished $(date -u +%FT%TZ), exit $status"
grep -E '^(#[0-9]+ *DONE|Done [0-9]+ runs|==[0-9]+== ERROR|== Java Exception)' "$log" || true
exit "$status"
