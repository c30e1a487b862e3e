#!/usr/bin/env bash
# Builds the committed tree twice, in two fresh clones at different paths, and compares every
# artifact byte for byte: the jars (classes, -sources, -javadoc, the CLI jar), the plugin descriptor
# inside the plugin jar and the CycloneDX SBOMs. Exits 1 naming each file that differs.
#
#   .ci/reproducible.sh [extra mvn arguments…]     (CI: .ci/run; needs the dependencies in ~/.m2)
#
# The AppCDS archive (vep-lint.jsa) is not an artifact and is not built here (-Dvep.cds.skip).
# Offline (-o) the CycloneDX plugin does not run, and only the jars are compared.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() { # DIR
  git clone -q --no-hardlinks . "$1"
  (cd "$1" && mvn -B -ntp -q package -DskipTests -Dvep.cds.skip=true "${@:2}")
  (cd "$1" && find . -path '*/target/*' -maxdepth 3 -type f \
      \( -name '*.jar' -o -name 'bom.json' -o -name 'bom.xml' \) -print0 \
    | sort -z | xargs -0 sha256sum) > "$1.sha256"
}

echo "reproducible: first build"
build "$work/first" "$@"
echo "reproducible: second build (another directory)"
build "$work/second-build" "$@"

count="$(wc -l < "$work/first.sha256")"
if [[ "$count" -lt 10 ]]; then
  echo "reproducible: only ${count} artifacts found; the build did not make what it should" >&2
  exit 1
fi
if ! diff -u "$work/first.sha256" "$work/second-build.sha256"; then
  echo "reproducible: FAILED: the files above differ between two builds of the same commit" >&2
  # Which entries differ, for the jars.
  while read -r _ file; do
    if [[ "$file" == *.jar ]] && ! cmp -s "$work/first/$file" "$work/second-build/$file"; then
      echo "  $file:" >&2
      diff <(unzip -Z -T "$work/first/$file" 2>/dev/null) <(unzip -Z -T "$work/second-build/$file" 2>/dev/null) | head -n 10 >&2 || true
    fi
  done < "$work/first.sha256"
  exit 1
fi
echo "reproducible: ${count} artifacts byte-identical in two builds"
