#!/usr/bin/env bash
# Times vep-lint's CLI against markdownlint-cli2 on the same files, the vep-lint scale curve, and
# the Maven plugin's overhead; writes the tables into bench/RESULTS.md (between the compare.sh
# markers; the rest of the file is left alone).
#
#   bench/compare.sh [--quick] [--corpus DIR] [--no-build] [--keep]
#
#   --quick      corpus and 100 VEPs (3 pairs each), 1 000 VEPs for the scale curve only; ~7 min loaded
#   --corpus DIR the kubevirt/enhancements checkout (default: ../shared/corpus/kubevirt-enhancements)
#   --no-build   use the jars already built
#   --keep       keep the temporary directory (synthetic VEPs, raw timings)
#
# Needs: JDK 17+, Maven 3.6.3+, Node 18+ with npm. Installs markdownlint-cli2 (pinned below) into
# bench/.tools/ and, when missing, GNU time with apt-get (as root). The Maven plugin is installed
# into a bench-local repository, bench/.tools/m2 (never ~/.m2); its first run downloads Maven's
# own plugins there. Everything else goes to a temporary directory, removed at the end.
#
# Method: each tool runs once as a warm-up (file cache), then the two alternate, A B A B ..., so
# load changes hit both alike. Wall time, CPU time (user+sys) and peak RSS come from GNU time; the
# tables show medians. vep-lint runs as the README runs it, bin/vep-lint check DIR; markdownlint-cli2
# runs with its defaults on "veps/**/*.md" in the same directory. Both exit 1 on findings.
set -euo pipefail

MARKDOWNLINT_CLI2_VERSION=0.24.1
QUICK=false
BUILD=true
KEEP=false
here=$(cd "$(dirname "$0")" && pwd -P)
root=$(cd "$here/.." && pwd -P)
corpus="$root/../shared/corpus/kubevirt-enhancements"
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=true ;;
    --no-build) BUILD=false ;;
    --keep) KEEP=true ;;
    --corpus) corpus=$2; shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

if $QUICK; then
  PAIRS=3; MDL_SETS="100"; SCALE_SETS="1000"; MVN_PAIRS=1
else
  PAIRS=5; MDL_SETS="100 1000"; SCALE_SETS="1000 10000 50000"; MVN_PAIRS=3
fi
# markdownlint-cli2 takes ~25 ms of CPU per synthetic VEP: 1 000 VEPs get 3 pairs, larger sets none.
pairs_for() { if [ "$1" -ge 1000 ]; then echo 3; else echo "$PAIRS"; fi; }

log() { printf '[compare %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
started=$(date +%s)

# --- tools ----------------------------------------------------------------------------------------
need() { command -v "$1" >/dev/null 2>&1 || { echo "compare.sh: $1 is required" >&2; exit 2; }; }
need java; need mvn; need node; need npm
if ! /usr/bin/time -f %e true >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing GNU time (apt-get install -y time)"
    apt-get install -y -qq time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
  else
    echo "compare.sh: GNU time (/usr/bin/time) is required: apt-get install time" >&2; exit 2
  fi
fi
tools="$here/.tools"
mdl="$tools/node_modules/.bin/markdownlint-cli2"
mdl_help=$("$mdl" --help 2>&1 || true)
if [ ! -x "$mdl" ] || [[ "$mdl_help" != *"v$MARKDOWNLINT_CLI2_VERSION"* ]]; then
  log "installing markdownlint-cli2@$MARKDOWNLINT_CLI2_VERSION into $tools"
  mkdir -p "$tools"
  npm install --silent --no-audit --no-fund --prefix "$tools" "markdownlint-cli2@$MARKDOWNLINT_CLI2_VERSION" >/dev/null
fi

if $BUILD; then
  log "building (mvn package -DskipTests)"
  (cd "$root" && mvn -B -ntp -q package -DskipTests)
fi
launcher="$root/bin/vep-lint"
bench_jar="$root/vep-lint-bench/target/vep-lint-bench.jar"
[ -f "$bench_jar" ] && [ -f "$root/vep-lint/target/vep-lint.jar" ] || {
  echo "compare.sh: jars missing; run without --no-build" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/vep-lint-bench.XXXXXX")
cleanup() { if $KEEP; then log "kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# --- measuring ------------------------------------------------------------------------------------
# run NAME DIR CMD...: one timed run in DIR; appends "wall cpu rss_kib" to $work/NAME.times.
run() {
  local name=$1 dir=$2; shift 2
  (cd "$dir" && /usr/bin/time -o "$work/last.time" -f '%e %U %S %M' "$@" >/dev/null 2>&1) || true
  # GNU time adds "Command exited with non-zero status N" above the numbers: keep the numbers.
  awk '/^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$/ {printf "%.3f %.3f %d\n", $1, $2 + $3, $4}' \
    "$work/last.time" >>"$work/$name.times"
}
median() { sort -n | awk '{v[NR]=$1} END {if (NR == 0) {print "nan"} else if (NR % 2) {print v[(NR+1)/2]} else {print (v[NR/2]+v[NR/2+1])/2}}'; }
col() { awk -v c="$2" '{print $c}' "$work/$1.times" | median; }
mib() { awk -v k="$1" 'BEGIN {printf "%.0f", k/1024}'; }

vep() { run "$1-vep" "$2" "$launcher" check .; }
mdlrun() { run "$1-mdl" "$2" "$mdl" "veps/**/*.md"; }

# compare NAME DIR LABEL FILES PAIRS: warm-up, then interleaved pairs; appends a table row.
rows=""
compare() {
  local name=$1 dir=$2 label=$3 files=$4 pairs=$5
  log "$label: warm-up, then $pairs pairs"
  vep warm "$dir"; mdlrun warm "$dir"
  for _ in $(seq "$pairs"); do vep "$name" "$dir"; mdlrun "$name" "$dir"; done
  local vw vc vr mw mc mr
  vw=$(col "$name-vep" 1); vc=$(col "$name-vep" 2); vr=$(col "$name-vep" 3)
  mw=$(col "$name-mdl" 1); mc=$(col "$name-mdl" 2); mr=$(col "$name-mdl" 3)
  rows+=$(printf '| %s | %s | %s | %.2f s | %.2f s | %s MiB | %.2f s | %.2f s | %s MiB | **%.2f** |' \
    "$label" "$files" "$pairs" "$vw" "$vc" "$(mib "$vr")" "$mw" "$mc" "$(mib "$mr")" \
    "$(awk -v a="$vw" -v b="$mw" 'BEGIN {print a/b}')")$'\n'
}

count_md() { find "$1/veps" -name '*.md' | wc -l | tr -d ' '; }

# --- the shared corpus and synthetic sets ---------------------------------------------------------
if [ -d "$corpus/veps" ]; then
  compare corpus "$corpus" "kubevirt/enhancements corpus" "$(count_md "$corpus")" "$PAIRS"
else
  log "no corpus at $corpus: skipped (pass --corpus DIR)"
fi
gen() {
  if [ ! -d "$work/syn$1" ]; then
    log "generating $1 synthetic VEPs"
    java -cp "$bench_jar" io.github.veplint.bench.SyntheticVeps "$work/syn$1" "$1" 42 >/dev/null
  fi
}
for n in $MDL_SETS; do
  gen "$n"
  compare "syn$n" "$work/syn$n" "$n synthetic VEPs" "$((n + 1))" "$(pairs_for "$n")"
done

# --- scale curve: vep-lint alone ------------------------------------------------------------------
scale=""
for n in $SCALE_SETS; do
  gen "$n"
  runs=3; [ "$n" -ge 10000 ] && runs=1
  log "scale: $n VEPs, $runs run(s)$([ "$n" -lt 50000 ] && echo " after a warm-up")"
  if [ "$n" -lt 50000 ]; then vep "warm$n" "$work/syn$n"; fi
  for _ in $(seq "$runs"); do vep "scale$n" "$work/syn$n"; done
  w=$(col "scale$n-vep" 1); c=$(col "scale$n-vep" 2); r=$(col "scale$n-vep" 3)
  mb=$(du -sm "$work/syn$n/veps" | cut -f1)
  scale+=$(printf '| %s | %s MB | %s | %.2f s | %.2f s | %.2f ms | %s MiB |' "$n" "$mb" "$runs" "$w" "$c" \
    "$(awk -v w="$w" -v n="$n" 'BEGIN {print 1000*w/n}')" "$(mib "$r")")$'\n'
  [ "$n" -ge 10000 ] && rm -rf "$work/syn$n"
done

# --- Maven: vep-lint:check against validate -------------------------------------------------------
maven=""
m2="$tools/m2"
log "Maven: installing the plugin into $m2 (bench-local; first run downloads Maven's plugins)"
if (cd "$root" && mvn -B -ntp -q install -DskipTests -Dmaven.repo.local="$m2" \
      -pl vep-lint-maven-plugin -am >"$work/m2-install.log" 2>&1) && [ -d "$corpus/veps" ]; then
  version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)
  mkdir -p "$work/mvn"
  cat >"$work/mvn/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>bench</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.github.veplint</groupId><artifactId>vep-lint-maven-plugin</artifactId>
    <version>$version</version>
    <configuration><basedir>$corpus</basedir><failOn>never</failOn></configuration>
  </plugin></plugins></build>
</project>
EOF
  mvnq() { mvn -B -ntp -q -o -Dmaven.repo.local="$m2" "$@"; }
  (cd "$work/mvn" && mvnq validate >/dev/null 2>&1 && mvnq vep-lint:check >/dev/null 2>&1) || log "warm-up of the Maven runs failed; see below"
  # Maven's own JVM options, then the short-build options a project can set in .mvn/jvm.config
  # (the README's tip): C1 only and serial GC, as bin/vep-lint uses.
  c1_opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  for _ in $(seq "$MVN_PAIRS"); do
    run mvn-validate "$work/mvn" mvn -B -ntp -q -o -Dmaven.repo.local="$m2" validate
    run mvn-check "$work/mvn" mvn -B -ntp -q -o -Dmaven.repo.local="$m2" vep-lint:check
    run mvn-validate-c1 "$work/mvn" env MAVEN_OPTS="$c1_opts" mvn -B -ntp -q -o -Dmaven.repo.local="$m2" validate
    run mvn-check-c1 "$work/mvn" env MAVEN_OPTS="$c1_opts" mvn -B -ntp -q -o -Dmaven.repo.local="$m2" vep-lint:check
  done
  vw=$(col mvn-validate 1); cw=$(col mvn-check 1)
  vw1=$(col mvn-validate-c1 1); cw1=$(col mvn-check-c1 1)
  maven=$(printf '| `mvn validate` (empty pom) | %s | %.2f s | %.2f s |\n| `mvn vep-lint:check` on the corpus | %s | %.2f s | %.2f s |\n| **added by vep-lint:check** | | **%.2f s** | |\n| `mvn validate`, `MAVEN_OPTS=\"%s\"` | %s | %.2f s | %.2f s |\n| `mvn vep-lint:check`, same options | %s | %.2f s | %.2f s |\n| **added by vep-lint:check, same options** | | **%.2f s** | |' \
    "$MVN_PAIRS" "$vw" "$(col mvn-validate 2)" "$MVN_PAIRS" "$cw" "$(col mvn-check 2)" \
    "$(awk -v a="$cw" -v b="$vw" 'BEGIN {print a-b}')" \
    "$c1_opts" "$MVN_PAIRS" "$vw1" "$(col mvn-validate-c1 2)" "$MVN_PAIRS" "$cw1" "$(col mvn-check-c1 2)" \
    "$(awk -v a="$cw1" -v b="$vw1" 'BEGIN {print a-b}')")
else
  maven="| (not measured: plugin install failed or no corpus; see the install log) | | | |"
  log "Maven part skipped"; tail -5 "$work/m2-install.log" >&2 || true
fi

# --- RESULTS.md -----------------------------------------------------------------------------------
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
jdk=$(java -version 2>&1 | head -1)
mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
elapsed=$(( $(date +%s) - started ))
mode=full; $QUICK && mode=quick
table=$(cat <<EOF
Measured $(date -u +"%Y-%m-%d %H:%M UTC") by \`bench/compare.sh\` ($mode mode, ${elapsed} s) on
$(nproc) cores ($cpu), $mem, $jdk, Node $(node --version), markdownlint-cli2 $MARKDOWNLINT_CLI2_VERSION.
Load average (1/5/15 min): $load_before before, $load_after after.

#### vep-lint against markdownlint-cli2, same files, interleaved

Medians over the pairs after a warm-up. CPU is user+sys; RSS is the peak resident set.

| files | .md files | pairs | vep-lint wall | vep-lint CPU | vep-lint RSS | markdownlint-cli2 wall | markdownlint-cli2 CPU | markdownlint-cli2 RSS | wall ratio |
|---|---|---|---|---|---|---|---|---|---|
$rows
#### Scale curve (vep-lint alone, synthetic VEPs)

| VEPs | markdown | runs | wall (median) | CPU | wall per VEP | peak RSS |
|---|---|---|---|---|---|---|
$scale
#### Maven overhead (tiny pom with the plugin, offline, bench-local repository)

| command | runs | wall (median) | CPU |
|---|---|---|---|
$maven
EOF
)
results="$here/RESULTS.md"
[ -f "$results" ] || printf '# Benchmark results\n\n<!-- compare.sh:begin -->\n<!-- compare.sh:end -->\n' >"$results"
TABLE="$table" awk '
  /<!-- compare.sh:begin -->/ {print; print ENVIRON["TABLE"]; skip=1; next}
  /<!-- compare.sh:end -->/ {skip=0}
  !skip {print}' "$results" >"$work/RESULTS.md"
mv "$work/RESULTS.md" "$results"
log "wrote $results (${elapsed} s)"
printf '%s\n' "$table"
