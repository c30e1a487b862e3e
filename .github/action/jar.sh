#!/usr/bin/env bash
# Which vep-lint.jar the action runs. At a release tag (the action used as owner/vep-lint@vX.Y.Z)
# it downloads vep-lint.jar and vep-lint.jar.sha256 from that GitHub release and verifies the
# checksum: no compile. Anywhere else (a branch, a commit, a fork, a local path) it asks action.yml
# to build the CLI from the action's source. Writes jar=PATH and build=true|false to GITHUB_OUTPUT.
#
# The ref comes from the action's directory, which the runner names _actions/OWNER/REPO/REF
# (GITHUB_ACTION_REF is empty in composite actions' steps), else from GITHUB_ACTION_REF.
# VEP_LINT_RELEASE_URL replaces https://github.com/OWNER/REPO/releases/download (a mirror; tests).
# A download that fails is a warning and a build; a checksum that does not match fails the step.
set -uo pipefail

action_path="${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH must name the directory of the action}"
built="${action_path}/vep-lint/target/vep-lint.jar"
output() { if [[ -n "${GITHUB_OUTPUT:-}" ]]; then echo "$1" >> "$GITHUB_OUTPUT"; else echo "$1"; fi; }
build() { output "jar=${built}"; output "build=true"; exit 0; }

ref="${GITHUB_ACTION_REF:-}"
repository="${GITHUB_ACTION_REPOSITORY:-}"
parent="$(dirname "$action_path")"
if [[ "$(basename "$(dirname "$(dirname "$parent")")")" == "_actions" ]]; then
  ref="$(basename "$action_path")"
  repository="$(basename "$(dirname "$parent")")/$(basename "$parent")"
fi
[[ "$ref" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]] || build

release_url="${VEP_LINT_RELEASE_URL:-${GITHUB_SERVER_URL:-https://github.com}/${repository}/releases/download}/${ref}"
dir="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/vep-lint-${ref}"
mkdir -p "$dir"
for file in vep-lint.jar vep-lint.jar.sha256; do
  if ! curl --fail --silent --show-error --location --retry 3 --max-time 120 \
      -o "${dir}/${file}" "${release_url}/${file}" 2> "${dir}/curl-err"; then
    echo "::warning title=vep-lint::cannot download ${file} of release ${ref} ($(head -n 1 "${dir}/curl-err")): building vep-lint from source instead"
    build
  fi
done
expected="$(awk '{ print tolower($1); exit }' "${dir}/vep-lint.jar.sha256")"
if command -v sha256sum > /dev/null 2>&1; then
  actual="$(sha256sum "${dir}/vep-lint.jar" | awk '{ print $1 }')"
else
  actual="$(shasum -a 256 "${dir}/vep-lint.jar" | awk '{ print $1 }')"
fi
if [[ ! "$expected" =~ ^[0-9a-f]{64}$ || "$expected" != "$actual" ]]; then
  echo "::error title=vep-lint::vep-lint.jar of release ${ref} does not match its vep-lint.jar.sha256 (expected ${expected:-nothing}, got ${actual}): not running it"
  rm -f "${dir}/vep-lint.jar"
  exit 1
fi
echo "vep-lint ${ref}: release jar ${actual}"
output "jar=${dir}/vep-lint.jar"
output "build=false"
