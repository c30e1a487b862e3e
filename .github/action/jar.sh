#!/usr/bin/env bash
# What the action runs vep-lint with. At a release tag (the action used as owner/vep-lint@vX.Y.Z) it
# downloads from that GitHub release, verified against the release's SHA256SUMS, no compile:
#   - on Linux x64, vep-lint-X.Y.Z-linux-x64.tar.gz, the self-contained distribution (its own Java
#     runtime and AppCDS archive: no setup-java, fast start), unpacked;
#   - elsewhere vep-lint.jar, run with setup-java's Java.
# Anywhere else (a branch, a commit, a fork, a local path) it asks action.yml to build the CLI from
# the action's source. Writes to GITHUB_OUTPUT: jar=PATH, java=the java to run it with (empty: java
# from setup-java), cds=an AppCDS archive for that java (or empty), build=true|false, and
# setup-java=true|false.
#
# The ref comes from the action's directory, which the runner names _actions/OWNER/REPO/REF
# (GITHUB_ACTION_REF is empty in composite actions' steps), else from GITHUB_ACTION_REF.
# VEP_LINT_RELEASE_URL replaces https://github.com/OWNER/REPO/releases/download (a mirror; tests).
# A download that fails is a warning and a build; a checksum that does not match fails the step.
set -uo pipefail

action_path="${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH must name the directory of the action}"
built="${action_path}/vep-lint/target/vep-lint.jar"
output() { if [[ -n "${GITHUB_OUTPUT:-}" ]]; then echo "$1" >> "$GITHUB_OUTPUT"; else echo "$1"; fi; }
build() { output "jar=${built}"; output "java="; output "cds="; output "build=true"; output "setup-java=true"; exit 0; }

ref="${GITHUB_ACTION_REF:-}"
repository="${GITHUB_ACTION_REPOSITORY:-}"
parent="$(dirname "$action_path")"
if [[ "$(basename "$(dirname "$(dirname "$parent")")")" == "_actions" ]]; then
  ref="$(basename "$action_path")"
  repository="$(basename "$(dirname "$parent")")/$(basename "$parent")"
fi
[[ "$ref" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]] || build
version="${ref#v}"

release_url="${VEP_LINT_RELEASE_URL:-${GITHUB_SERVER_URL:-https://github.com}/${repository}/releases/download}/${ref}"
dir="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/vep-lint-${ref}"
mkdir -p "$dir"
distribution=false
[[ "${RUNNER_OS:-$(uname -s)}" == Linux && "${RUNNER_ARCH:-$(uname -m)}" =~ ^(X64|x86_64)$ ]] && distribution=true
if [[ "$distribution" == true ]]; then
  asset="vep-lint-${version}-linux-x64.tar.gz"
else
  asset="vep-lint.jar"
fi
for file in SHA256SUMS "$asset"; do
  if ! curl --fail --silent --show-error --location --retry 3 --max-time 120 \
      -o "${dir}/${file}" "${release_url}/${file}" 2> "${dir}/curl-err"; then
    echo "::warning title=vep-lint::cannot download ${file} of release ${ref} ($(head -n 1 "${dir}/curl-err")): building vep-lint from source instead"
    build
  fi
done
expected="$(awk -v f="$asset" '$2 == f || $2 == "*" f { print tolower($1); exit }' "${dir}/SHA256SUMS")"
if command -v sha256sum > /dev/null 2>&1; then
  actual="$(sha256sum "${dir}/${asset}" | awk '{ print $1 }')"
else
  actual="$(shasum -a 256 "${dir}/${asset}" | awk '{ print $1 }')"
fi
if [[ ! "$expected" =~ ^[0-9a-f]{64}$ || "$expected" != "$actual" ]]; then
  echo "::error title=vep-lint::${asset} of release ${ref} does not match its SHA256SUMS (expected ${expected:-nothing}, got ${actual}): not running it"
  rm -f "${dir}/${asset}"
  exit 1
fi
echo "vep-lint ${ref}: ${asset} ${actual}"
if [[ "$distribution" == true ]]; then
  if ! tar -xzf "${dir}/${asset}" -C "$dir" 2> "${dir}/tar-err"; then
    echo "::error title=vep-lint::cannot unpack ${asset}: $(head -n 1 "${dir}/tar-err")"
    exit 1
  fi
  home="${dir}/vep-lint-${version}-linux-x64"
  output "jar=${home}/lib/vep-lint/vep-lint.jar"
  output "java=${home}/bin/java"
  output "cds=${home}/lib/vep-lint/vep-lint.jsa"
  output "setup-java=false"
else
  output "jar=${dir}/${asset}"
  output "java="
  output "cds="
  output "setup-java=true"
fi
output "build=false"
