#!/usr/bin/env bash
# The GitHub Action's logic (action.yml runs it after building the CLI): lints, prints findings as
# workflow commands (annotations), writes a Markdown job summary and the step's outputs, and exits
# with the CLI's status: 0 nothing reached fail-on, 1 findings did, 2 vep-lint could not run.
#
# Reads INPUT_PATH (one per line, default .), INPUT_CONFIG, INPUT_FAIL_ON, INPUT_FORMAT (NAME=FILE,
# comma- or newline-separated), INPUT_SARIF_FILE, VEP_LINT_JAR, and GitHub's GITHUB_STEP_SUMMARY and
# GITHUB_OUTPUT (each skipped when unset, so the script also runs outside Actions).
set -uo pipefail

jar="${VEP_LINT_JAR:?VEP_LINT_JAR must name the vep-lint.jar to run}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

args=(check)
while IFS= read -r path; do
  [[ -n "${path// /}" ]] && args+=("$path")
done <<< "${INPUT_PATH:-.}"
[[ -n "${INPUT_CONFIG:-}" ]] && args+=(--config "$INPUT_CONFIG")
[[ -n "${INPUT_FAIL_ON:-}" ]] && args+=(--fail-on "$INPUT_FAIL_ON")
# Annotations to standard output, where the runner reads workflow commands; the text report for
# the summary.
args+=(--format github --format "text=$work/vep-lint.txt")
[[ -n "${INPUT_SARIF_FILE:-}" ]] && args+=(--format "sarif=$INPUT_SARIF_FILE")
# Split on commas and newlines only, without glob expansion of the pieces.
IFS=$',\n' read -r -d '' -a formats <<< "${INPUT_FORMAT:-}" || true
for format in "${formats[@]}"; do
  format="${format#"${format%%[![:space:]]*}"}"; format="${format%"${format##*[![:space:]]}"}"
  [[ -n "$format" ]] && args+=(--format "$format")
done

java -jar "$jar" "${args[@]}" 2> "$work/stderr"
status=$?
cat "$work/stderr" >&2

# "N files checked, M with findings: E errors, W warnings, I info", the text report's last line.
summary_line="$(tail -n 1 "$work/vep-lint.txt" 2>/dev/null || true)"
count() { sed -nE "s/.* ([0-9]+) $1.*/\1/p" <<< "$summary_line"; }
errors="$(count 'error')"; warnings="$(count 'warning')"; infos="$(count 'info')"

if [[ "$status" -ge 2 ]]; then
  problem="$(grep -m 1 . "$work/stderr" || echo "vep-lint exited with status $status")"
  # One annotation, escaped as workflow command data (%, CR, LF).
  escaped="${problem//'%'/%25}"; escaped="${escaped//$'\r'/%0D}"; escaped="${escaped//$'\n'/%0A}"
  echo "::error title=vep-lint::${escaped}"
fi

if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
  {
    echo "## vep-lint"
    echo
    if [[ "$status" -ge 2 ]]; then
      echo ":x: vep-lint could not run: \`${problem}\`"
    else
      if [[ "$status" -eq 0 ]]; then echo ":white_check_mark: ${summary_line}"; else echo ":x: ${summary_line}"; fi
      echo
      echo "| errors | warnings | info |"
      echo "| ---: | ---: | ---: |"
      echo "| ${errors} | ${warnings} | ${infos} |"
      if [[ "$(wc -l < "$work/vep-lint.txt")" -gt 1 ]]; then
        echo
        echo "<details><summary>Findings (path:line:col severity rule message)</summary>"
        echo
        # A four-backtick fence, so a message quoting a code fence cannot end it; long reports are
        # cut, the annotations and SARIF have every finding.
        echo '````text'
        head -n 1000 "$work/vep-lint.txt"
        echo '````'
        echo
        echo "</details>"
      fi
    fi
  } >> "$GITHUB_STEP_SUMMARY"
fi

if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
  {
    echo "errors=${errors}"
    echo "warnings=${warnings}"
    echo "infos=${infos}"
    echo "exit-code=${status}"
    if [[ -n "${INPUT_SARIF_FILE:-}" && -f "${INPUT_SARIF_FILE}" ]]; then echo "sarif-file=${INPUT_SARIF_FILE}"; fi
  } >> "$GITHUB_OUTPUT"
fi

exit "$status"
