package io.github.veplint.lint.cli;

import static io.github.veplint.lint.cli.PullRequestFixture.CLEAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.cli.PullRequestFixture.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action's GitHub REST API calls (the PR comment, the label, the tracking-issue check) against
 * a loopback stand-in for {@code GITHUB_API_URL} held to GitHub's REST description ({@link
 * ActionApiStandIn}: every request an operation GitHub defines, every answer one it can give): one
 * comment created, then updated in place; the label added once; an API error is a warning that
 * leaves the step's status alone; the token is sent as a header and never printed.
 */
class GithubApiIT {

  private static final String TOKEN = "ghs_vepLintTestToken0123456789abcdef";
  private static final String MARKER = "<!-- vep-lint-report: one comment per pull request, updated by every run -->";

  @TempDir Path work;

  private ActionApiStandIn api;

  @BeforeEach
  void startServer() throws IOException {
    api = new ActionApiStandIn();
  }

  @AfterEach
  void stopServer() {
    api.close();
    assertThat(api.violations()).as("requests and answers outside GitHub's REST description").isEmpty();
  }

  private Run run(String name, Map<String, String> inputs, String... labels) throws Exception {
    Run run = api.run(work, name, "clean", TOKEN, inputs, labels);
    assertThat(String.join("\n", run.out()) + run.err() + run.summary() + run.outputs()).as("the token is never printed")
        .doesNotContain(TOKEN).doesNotContain(TOKEN.substring(4, 20));
    return run;
  }

  @Test
  void oneCommentCreatedThenUpdatedAndTheLabelAddedOnce() throws Exception {
    Map<String, String> inputs = Map.of("INPUT_COMMENT", "true", "INPUT_LABEL", "kind/vep");

    Run first = run("first", inputs);
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).noneMatch(l -> l.startsWith("::warning title=vep-lint::"));
    assertThat(api.requests()).containsExactly(
        "GET /repos/kubevirt/enhancements/issues/42/comments?per_page=100&page=1",
        "POST /repos/kubevirt/enhancements/issues/42/comments",
        "POST /repos/kubevirt/enhancements/issues/42/labels");
    assertThat(api.authorizations()).containsOnly("Bearer " + TOKEN);
    assertThat(api.labelsAdded()).containsExactly("kind/vep");
    assertThat(api.comments()).hasSize(1);
    long id = api.comments().keySet().iterator().next();
    assertThat(first.outputs()).containsEntry("comment-id", String.valueOf(id));
    String body = api.comments().get(id);
    assertThat(body).startsWith("<!-- vep-lint-report").contains("### ✅ `" + CLEAN + "`")
        .contains(first.summary().strip());
    // What the Action posts is check's summary format behind the marker, and so is the job summary.
    Path summary = work.resolve("summary.md");
    assertThat(PullRequestFixture.cli(work.resolve("checkout-clean"), "check", "--base", PullRequestFixture.base(),
        "--changed-only", "--summary-subject", "pull request #42", "--format", "summary=" + summary)).isZero();
    assertThat(body).isEqualTo(MARKER + "\n" + Files.readString(summary, StandardCharsets.UTF_8));
    assertThat(first.summary()).isEqualTo(Files.readString(summary, StandardCharsets.UTF_8));

    // The next run (the label is now on the pull request) updates the same comment.
    api.comments().put(id, MARKER + "\nold text");
    api.clearRequests();
    Run second = run("second", inputs, "kind/vep");
    assertThat(second.exitCode()).isZero();
    assertThat(api.requests()).containsExactly(
        "GET /repos/kubevirt/enhancements/issues/42/comments?per_page=100&page=1",
        "PATCH /repos/kubevirt/enhancements/issues/comments/" + id);
    assertThat(api.comments()).hasSize(1);
    assertThat(api.comments().get(id)).doesNotContain("old text").contains("### ✅ `" + CLEAN + "`");
    assertThat(api.labelsAdded()).containsExactly("kind/vep");
    assertThat(second.outputs()).containsEntry("comment-id", String.valueOf(id));
  }

  @Test
  void theCommentIsFoundOnALaterPageOfAPullRequestWithManyComments() throws Exception {
    for (int i = 0; i < 150; i++) {
      api.comments().put(8000L + i, i == 130 ? MARKER + "\nold text" : "a review remark " + i);
    }
    Run run = run("paginated", Map.of("INPUT_COMMENT", "true"));

    assertThat(run.exitCode()).isZero();
    assertThat(api.requests()).containsExactly(
        "GET /repos/kubevirt/enhancements/issues/42/comments?per_page=100&page=1",
        "GET /repos/kubevirt/enhancements/issues/42/comments?per_page=100&page=2",
        "PATCH /repos/kubevirt/enhancements/issues/comments/8130");
    assertThat(api.comments()).hasSize(150);
    assertThat(api.comments().get(8130L)).startsWith(MARKER).contains("### ✅ `" + CLEAN + "`");
    assertThat(run.outputs()).containsEntry("comment-id", "8130");
  }

  @Test
  void anApiErrorIsAWarningAndTheStepStatusStands() throws Exception {
    api.forceStatus(403);
    Run run = run("forbidden", Map.of("INPUT_COMMENT", "true", "INPUT_LABEL", "kind/vep", "INPUT_CHECK_ISSUE", "true"));

    assertThat(run.exitCode()).as("the lint passed; the API's refusal does not change that").isZero();
    assertThat(run.outputs()).containsEntry("exit-code", "0");
    assertThat(run.out()).contains(
        "::warning title=vep-lint::GitHub API GET /repos/kubevirt/enhancements/issues/999: HTTP 403; the lint result stands",
        "::warning title=vep-lint::GitHub API GET /repos/kubevirt/enhancements/issues/42/comments: HTTP 403; the lint result stands",
        "::warning title=vep-lint::GitHub API POST /repos/kubevirt/enhancements/issues/42/labels: HTTP 403; the lint result stands");
    assertThat(api.requests()).noneMatch(r -> r.startsWith("POST /repos/kubevirt/enhancements/issues/42/comments"));
  }

  @Test
  void noServerIsAWarningToo() throws Exception {
    api.close();
    Run run = run("down", Map.of("INPUT_COMMENT", "true"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).anySatisfy(l -> assertThat(l)
        .startsWith("::warning title=vep-lint::GitHub API GET /repos/kubevirt/enhancements/issues/42/comments: no answer"));
  }

  @Test
  void theVepNumberMustNameAnIssueNotAPullRequest() throws Exception {
    Map<String, String> inputs = Map.of("INPUT_CHECK_ISSUE", "true");

    Run issue = run("issue", inputs);
    assertThat(issue.exitCode()).isZero();
    assertThat(api.requests()).containsExactly("GET /repos/kubevirt/enhancements/issues/999");

    api.issue(999, ActionApiStandIn.IssueKind.MISSING);
    Run missing = run("missing", inputs);
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.out()).contains("::error file=" + CLEAN + ",line=3,col=13,title=tracking-issue::vep-number 999 does not"
        + " name an issue of kubevirt/enhancements: open the VEP's tracking issue first and use its number");
    assertThat(missing.outputs()).containsEntry("errors", "1").containsEntry("exit-code", "1");
    // The summary is written with the tracking-issue finding, so its verdict is the step's.
    assertThat(missing.summary()).contains(":x: 1 changed file checked", "### ❌ `" + CLEAN + "`",
        "| `tracking-issue` | ❌ fail | line 3:13: vep-number 999");

    api.issue(999, ActionApiStandIn.IssueKind.PULL_REQUEST);
    Run pull = run("pull", inputs);
    assertThat(pull.exitCode()).isEqualTo(1);
    assertThat(pull.out()).anySatisfy(l -> assertThat(l)
        .startsWith("::error file=" + CLEAN + ",line=3,col=13,title=tracking-issue::vep-number 999 names a pull request"));
  }
}
