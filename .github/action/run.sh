#!/usr/bin/env bash
# The GitHub Action's logic (action.yml runs it once the CLI jar is there): lints, prints findings as
# workflow commands (annotations), writes a Markdown job summary and the step's outputs, and exits
# with the CLI's status: 0 nothing reached fail-on, 1 findings did, 2 vep-lint could not run. What
# the lint found comes from 'check' in report formats (github: the annotations; summary: the job
# summary and PR comment; facts: the counts and the VEPs with valid front matter); the Java helper
# (GithubActionSupport) only reads and writes GitHub's JSON (the event payload, API bodies).
#
# Pull requests (GITHUB_EVENT_NAME pull_request or pull_request_target): the base is
# pull_request.base.sha from the event payload (GITHUB_EVENT_PATH), fetched when the checkout lacks
# it; a shallow checkout is completed (git fetch --unshallow) because template generations and
# first-commit dates need the history; only the files the pull request changes are linted
# (--changed-only; repository rules still see every VEP); the PR's labels become --label-file lines. Push: the
# whole repository against the event's `before`. INPUT_BASE and INPUT_CHANGED_ONLY override.
#
# Inputs: INPUT_PATH (one per line, default .), INPUT_CONFIG, INPUT_FAIL_ON, INPUT_FORMAT (NAME=FILE,
# comma- or newline-separated), INPUT_SARIF_FILE, INPUT_BASE, INPUT_NEW_ONLY (true/false, empty: true for
# pull requests: only findings the base lacks fail), INPUT_CHANGED_ONLY (true/false, empty:
# true for pull requests), INPUT_SCHEDULE (sig-release checkout or URL pattern; a URL turns on
# --allow-network, and one that cannot be fetched is a warning), INPUT_COMMENT (true: one PR comment,
# updated in place), INPUT_LABEL (added to a PR touching a VEP with valid front matter),
# INPUT_CHECK_ISSUE (true: vep-number must name an issue, not a PR), INPUT_TOKEN (else GITHUB_TOKEN).
# GitHub's environment: GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_WORKSPACE, GITHUB_REPOSITORY,
# GITHUB_API_URL, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT (each optional, so the script also runs outside
# Actions). VEP_LINT_JAR names the jar; VEP_LINT_JAVA the java to run it with (default java on the
# PATH), VEP_LINT_CDS an AppCDS archive made for that java and jar (the release distribution's).
#
# GitHub API calls (curl) fail soft: a warning annotation, never a changed step status. The token
# reaches curl through a pipe: never on a command line, in a file or in the log.
set -uo pipefail

jar="${VEP_LINT_JAR:?VEP_LINT_JAR must name the vep-lint.jar to run}"
# The private directory (the step's reports and API answers) lies in RUNNER_TEMP, which the
# runner empties after every job, so nothing is left behind even when this step is killed; it is
# removed on exit and on the signals that end a step.
work="$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/vep-lint.XXXXXXXX")"
chmod 700 "$work"
trap 'rm -rf "$work"' EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

# Start-up settings for short-lived JVMs (as bin/vep-lint): C1 only, serial GC.
java="${VEP_LINT_JAVA:-java}"
java_opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData)
if [[ -n "${VEP_LINT_CDS:-}" && -r "${VEP_LINT_CDS}" ]]; then
  # -Xshare:auto: an archive that does not fit this java and jar is ignored, never an error.
  java_opts+=("-XX:SharedArchiveFile=${VEP_LINT_CDS}" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
fi
helper() { "$java" "${java_opts[@]}" -cp "$jar" io.github.veplint.lint.cli.GithubActionSupport "$@"; }
# Workflow command data: %, CR and LF escaped.
escape() { local s="$1"; s="${s//'%'/%25}"; s="${s//$'\r'/%0D}"; s="${s//$'\n'/%0A}"; printf '%s' "$s"; }
warn() { echo "::warning title=vep-lint::$(escape "$1")"; }
truthy() { [[ "${1,,}" == "true" || "${1,,}" == "yes" || "$1" == "1" ]]; }

# --- The event ----------------------------------------------------------------------------
event="${GITHUB_EVENT_NAME:-}"
is_pr=false
[[ "$event" == "pull_request" || "$event" == "pull_request_target" ]] && is_pr=true
pr_number=""; event_base=""; labels=()
if [[ ( "$is_pr" == true || "$event" == "push" ) && -n "${GITHUB_EVENT_PATH:-}" && -r "${GITHUB_EVENT_PATH}" ]]; then
  helper event "$GITHUB_EVENT_PATH" > "$work/event" 2> "$work/event-err" \
    || warn "cannot read the event payload: $(head -n 1 "$work/event-err")"
  while IFS= read -r line; do
    key="${line%%=*}"; value="${line#*=}"
    case "$key" in
      number) pr_number="$value" ;;
      base | before) event_base="$value" ;;
      label) labels+=("$value") ;;
    esac
  done < "$work/event"
fi

base="${INPUT_BASE:-$event_base}"
changed_only="${INPUT_CHANGED_ONLY:-}"
if [[ -z "$changed_only" ]]; then
  if [[ "$is_pr" == true ]]; then changed_only=true; else changed_only=false; fi
fi
if truthy "$changed_only"; then changed_only=true; else changed_only=false; fi
new_only="${INPUT_NEW_ONLY:-}"
[[ -z "$new_only" ]] && new_only="$is_pr"
if truthy "$new_only"; then new_only=true; else new_only=false; fi
if [[ "$changed_only" == true && -z "$base" ]]; then
  warn "changed-only needs a base revision (none from the event or the base input): linting everything"
  changed_only=false
fi

paths=()
while IFS= read -r path; do
  [[ -n "${path// /}" ]] && paths+=("$path")
done <<< "${INPUT_PATH:-.}"
[[ "${#paths[@]}" -eq 0 ]] && paths=(.)

# --- History: the base, and the template's history ------------------------------------------
# The default actions/checkout is one commit deep: it has neither the base nor the history that
# dates template generations (vep-lint ignores a shallow history). A VEP repository's history is
# small, so it is fetched whole; the base commit is fetched by id when still missing.
if [[ -n "$base" ]]; then
  repo_dir="${paths[0]}"; [[ -d "$repo_dir" ]] || repo_dir="$(dirname "$repo_dir")"
  if git -C "$repo_dir" rev-parse --git-dir > /dev/null 2>&1; then
    is_sha=false; [[ "$base" =~ ^[0-9a-f]{40}$|^[0-9a-f]{64}$ ]] && is_sha=true
    wants=("$(git -C "$repo_dir" rev-parse HEAD 2> /dev/null)")
    [[ "$is_sha" == true ]] && wants+=("$base")
    if [[ "$(git -C "$repo_dir" rev-parse --is-shallow-repository 2> /dev/null)" == "true" ]]; then
      git -C "$repo_dir" fetch --quiet --no-tags --unshallow origin "${wants[@]}" 2> "$work/fetch-err" \
        || warn "git fetch --unshallow failed, template generations fall back to the built-in record: $(head -n 1 "$work/fetch-err")"
    fi
    if [[ "$is_sha" == true ]] && ! git -C "$repo_dir" cat-file -e "${base}^{commit}" 2> /dev/null; then
      git -C "$repo_dir" fetch --quiet --no-tags origin "$base" 2> "$work/fetch-err" \
        || warn "cannot fetch the base ${base}: $(head -n 1 "$work/fetch-err")"
    fi
  fi
fi

# --- Lint ---------------------------------------------------------------------------------
args=(check)
[[ -n "${INPUT_CONFIG:-}" ]] && args+=(--config "$INPUT_CONFIG")
[[ -n "${INPUT_FAIL_ON:-}" ]] && args+=(--fail-on "$INPUT_FAIL_ON")
[[ -n "$base" ]] && args+=(--base "$base")
[[ "$changed_only" == true ]] && args+=(--changed-only)
[[ "$new_only" == true && -n "$base" ]] && args+=(--new-only)
# The labels go through a file, one per line (the event helper drops labels with control
# characters): a label is data, and no label can be read as an option.
if [[ "${#labels[@]}" -gt 0 ]]; then
  printf '%s\n' "${labels[@]}" > "$work/labels"
  args+=(--label-file "$work/labels")
fi
[[ -n "$pr_number" ]] && args+=(--summary-subject "pull request #${pr_number}")
schedule="${INPUT_SCHEDULE:-}"
if [[ -n "$schedule" ]]; then
  args+=(--schedule "$schedule")
  [[ "$schedule" == http://* || "$schedule" == https://* ]] && args+=(--allow-network)
fi
# What the action reads: the annotations (printed once the run's findings are final), the job
# summary and PR comment, and the facts (counts; VEPs with valid front matter and their numbers).
reports=(--format "github=$work/annotations" --format "summary=$work/report.md" --format "facts=$work/facts")
more=()
[[ -n "${INPUT_SARIF_FILE:-}" ]] && more+=(--format "sarif=$INPUT_SARIF_FILE")
# Split on commas and newlines only, without glob expansion of the pieces.
IFS=$',\n' read -r -d '' -a formats <<< "${INPUT_FORMAT:-}" || true
for format in "${formats[@]}"; do
  format="${format#"${format%%[![:space:]]*}"}"; format="${format%"${format##*[![:space:]]}"}"
  [[ -n "$format" ]] && more+=(--format "$format")
done

# A URL schedule that cannot be fetched is not a failure: vep-freeze then warns on each VEP whose
# freeze it would have checked (as the community's freeze check does).
"$java" "${java_opts[@]}" -cp "$jar" io.github.veplint.lint.cli.VepLintCommand "${args[@]}" "${reports[@]}" "${more[@]}" -- "${paths[@]}" 2> "$work/stderr"
status=$?
cat "$work/stderr" >&2

if [[ "$status" -ge 2 ]]; then
  problem="$(grep -m 1 . "$work/stderr" || echo "vep-lint exited with status $status")"
  # One annotation, escaped as workflow command data (%, CR, LF).
  echo "::error title=vep-lint::$(escape "$problem")"
  {
    echo "## vep-lint"
    echo
    # In a code span (no HTML, link or mention there) that no backtick of the message can close.
    echo ":x: vep-lint could not run: \`${problem//\`/\'}\`"
  } > "$work/report.md"
  rm -f "$work/facts"
fi

errors=""; warnings=""; infos=""

# --- GitHub API ---------------------------------------------------------------------------
token="${INPUT_TOKEN:-${GITHUB_TOKEN:-}}"
api_url="${GITHUB_API_URL:-https://api.github.com}"
repo="${GITHUB_REPOSITORY:-}"
can_call=false
if [[ -n "$token" && -n "$repo" ]]; then
  if [[ "$token" =~ ^[A-Za-z0-9_.-]+$ ]]; then
    can_call=true
  else
    warn "the token holds characters a GitHub token does not: GitHub API calls skipped"
  fi
fi
# api METHOD PATH [BODY_FILE]: prints the HTTP status (000 when there was no answer); the response
# body is in $work/api-response. The token reaches curl through a pipe (curl --config -, printf
# being a shell builtin): never on a command line, never in a file.
api() {
  local method="$1" path="$2" body="${3:-}" code
  local curl_args=(--silent --show-error --max-time 30 -X "$method" --config -
    -H "Accept: application/vnd.github+json" -H "X-GitHub-Api-Version: 2022-11-28"
    -o "$work/api-response" -D "$work/api-response-headers" -w '%{http_code}')
  [[ -n "$body" ]] && curl_args+=(-H "Content-Type: application/json" --data-binary "@$body")
  : > "$work/api-response"; : > "$work/api-response-headers"
  code="$(printf 'header = "Authorization: Bearer %s"\n' "$token" \
    | curl "${curl_args[@]}" "${api_url%/}${path}" 2> "$work/curl-err")"
  [[ "$code" =~ ^[0-9]{3}$ ]] || code=000
  printf '%s' "$code"
}
api_warning() { # METHOD PATH CODE
  local detail="HTTP $3"
  [[ "$3" == 000 ]] && detail="no answer ($(head -n 1 "$work/curl-err"))"
  warn "GitHub API $1 $2: ${detail}; the lint result stands"
}

# The hidden marker the PR comment is found by.
marker="<!-- vep-lint-report: one comment per pull request, updated by every run -->"
if [[ "$status" -lt 2 ]]; then
  # The tracking issue: vep-number names an issue of this repository, not a pull request.
  : > "$work/extra.tsv"
  if truthy "${INPUT_CHECK_ISSUE:-false}"; then
    if [[ "$can_call" != true ]]; then
      warn "check-issue needs a token and GITHUB_REPOSITORY: skipped"
    else
      checked=0
      while IFS=$'\t' read -r number file line col; do
        [[ "$number" =~ ^[0-9]+$ ]] || continue
        checked=$((checked + 1)); [[ "$checked" -gt 50 ]] && { warn "check-issue: more than 50 VEPs, the rest not checked"; break; }
        code="$(api GET "/repos/${repo}/issues/${number}")"
        message=""
        if [[ "$code" == 404 ]]; then
          message="vep-number ${number} does not name an issue of ${repo}: open the VEP's tracking issue first and use its number"
        elif [[ "$code" == 200 ]]; then
          # An issue that is a pull request has a top-level "pull_request" key (in a JSON string its
          # quotes would be escaped, so this text only ever matches a key).
          if grep -q '"pull_request"[[:space:]]*:' "$work/api-response"; then
            message="vep-number ${number} names a pull request of ${repo}, not an issue: use the number of the VEP's tracking issue"
          fi
        else
          api_warning GET "/repos/${repo}/issues/${number}" "$code"
        fi
        [[ -n "$message" ]] && printf 'tracking-issue\terror\t%s\t%s\t%s\t%s\n' "$file" "$line" "$col" "$message" >> "$work/extra.tsv"
      done < <(sed -n 's/^vep=//p' "$work/facts")
    fi
  fi
  # A tracking-issue error is a finding like the run's own: the run's reports for the Action are
  # written again with it (annotation, summary, counts, and the status as fail-on decides).
  if [[ -s "$work/extra.tsv" ]]; then
    "$java" "${java_opts[@]}" -cp "$jar" io.github.veplint.lint.cli.VepLintCommand "${args[@]}" --add-findings "$work/extra.tsv" "${reports[@]}" -- "${paths[@]}" 2> "$work/stderr"
    again=$?
    cat "$work/stderr" >&2
    if [[ "$again" -lt 2 ]]; then status="$again"; else warn "cannot add the tracking-issue findings: $(head -n 1 "$work/stderr")"; fi
  fi
  errors="$(sed -n 's/^errors=//p' "$work/facts")"
  warnings="$(sed -n 's/^warnings=//p' "$work/facts")"
  infos="$(sed -n 's/^infos=//p' "$work/facts")"
fi
[[ -f "$work/annotations" ]] && cat "$work/annotations"

[[ -n "${GITHUB_STEP_SUMMARY:-}" && -f "$work/report.md" ]] && cat "$work/report.md" >> "$GITHUB_STEP_SUMMARY"

comment_id=""
if [[ "$is_pr" == true && -n "$pr_number" && "$can_call" == true && -f "$work/report.md" ]]; then
  # One comment, found again by its marker and updated in place.
  if truthy "${INPUT_COMMENT:-false}"; then
    { echo "$marker"; cat "$work/report.md"; } > "$work/comment.md"
    helper json-body "$work/comment.md" > "$work/comment.json"
    pages=(); page=1; listed=true
    while [[ "$page" -le 10 ]]; do
      code="$(api GET "/repos/${repo}/issues/${pr_number}/comments?per_page=100&page=${page}")"
      if [[ "$code" != 200 ]]; then
        api_warning GET "/repos/${repo}/issues/${pr_number}/comments" "$code"; listed=false; break
      fi
      cp "$work/api-response" "$work/comments-${page}.json"; pages+=("$work/comments-${page}.json")
      # GitHub's Link header names the next page, if any.
      grep -qi '^link:.*rel="next"' "$work/api-response-headers" || break
      page=$((page + 1))
    done
    if [[ "$listed" == true ]]; then
      comment_id="$(helper comment-id "$marker" "${pages[@]}" 2> /dev/null)"
      if [[ -n "$comment_id" ]]; then
        code="$(api PATCH "/repos/${repo}/issues/comments/${comment_id}" "$work/comment.json")"
        [[ "$code" == 200 ]] || api_warning PATCH "/repos/${repo}/issues/comments/${comment_id}" "$code"
      else
        code="$(api POST "/repos/${repo}/issues/${pr_number}/comments" "$work/comment.json")"
        if [[ "$code" == 201 ]]; then
          { printf '['; cat "$work/api-response"; printf ']'; } > "$work/created.json"
          comment_id="$(helper comment-id "$marker" "$work/created.json" 2> /dev/null)"
        else
          api_warning POST "/repos/${repo}/issues/${pr_number}/comments" "$code"
        fi
      fi
    fi
  fi
  # The label (kind/vep) on a PR that touches a VEP whose front matter is valid.
  label="${INPUT_LABEL:-}"
  if [[ -n "$label" ]] && grep -q '^front-matter=' "$work/facts" 2> /dev/null; then
    has=false
    for l in "${labels[@]}"; do [[ "$l" == "$label" ]] && has=true; done
    if [[ "$has" == false ]]; then
      helper labels-body "$label" > "$work/labels.json"
      code="$(api POST "/repos/${repo}/issues/${pr_number}/labels" "$work/labels.json")"
      [[ "$code" == 200 ]] || api_warning POST "/repos/${repo}/issues/${pr_number}/labels" "$code"
    fi
  fi
elif [[ "$is_pr" == true ]] && { truthy "${INPUT_COMMENT:-false}" || [[ -n "${INPUT_LABEL:-}" ]]; } && [[ "$can_call" != true ]]; then
  warn "comment and label need a token (the token input, or GITHUB_TOKEN) and GITHUB_REPOSITORY: skipped"
fi

if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
  {
    echo "errors=${errors}"
    echo "warnings=${warnings}"
    echo "infos=${infos}"
    echo "exit-code=${status}"
    echo "base=${base}"
    echo "comment-id=${comment_id}"
    if [[ -n "${INPUT_SARIF_FILE:-}" && -f "${INPUT_SARIF_FILE}" ]]; then echo "sarif-file=${INPUT_SARIF_FILE}"; fi
  } >> "$GITHUB_OUTPUT"
fi

exit "$status"
