package io.github.veplint.lint.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.github.GitHubApi;
import io.github.veplint.lint.github.GitHubStandIn;
import io.github.veplint.model.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --release --post-to ISSUE}: one comment on the issue, created by the first run and
 * updated by later ones, holding exactly the Markdown {@code --format markdown} writes; a failure is
 * a warning and the exit code stays; the token is never printed.
 */
class IssueCommentTest {

  private static final String TOKEN = "ghp_postToToken0123456789abcdefABCDEF";
  private static final String ISSUE = "kubevirt/enhancements#7";

  @TempDir Path dir;

  private record Run(int exit, String output) {}

  private Run run(GitHubStandIn github, Path out) throws Exception {
    Path export = dir.resolve("board.json");
    Files.writeString(export, TestBoard.export());
    ProcessBuilder process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // A short-lived CLI run, started as bin/vep-lint starts it: C1 only, the serial collector.
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), "io.github.veplint.lint.cli.VepLintCommand",
        "report", "--release", "v1.10", "--today", TestBoard.TODAY, "--board-export", export.toString(),
        "--post-to", "7", "-o", out.toString(), Corpus.newerEnhancements().toString()).redirectErrorStream(true);
    process.environment().put("GITHUB_TOKEN", TOKEN);
    process.environment().put("GITHUB_API_URL", github.url().toString());
    Process running = process.start();
    String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(running.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(running.exitValue(), output);
  }

  @Test
  void theFirstRunCreatesTheCommentLaterRunsUpdateIt() throws Exception {
    try (GitHubStandIn github = new GitHubStandIn(TestBoard.organizations(), TestBoard.issues(),
        TestBoard.repositories(), Map.of())) {
      Path first = dir.resolve("first.md");
      Run created = run(github, first);

      assertThat(created.exit()).as(created.output()).isZero();
      assertThat(created.output()).doesNotContain(TOKEN).doesNotContain("warning");
      List<Map<String, Object>> comments = github.comments(ISSUE);
      assertThat(comments).hasSize(1);
      // The very bytes --format markdown writes, after the marker line.
      assertThat(comments.get(0).get("body")).isEqualTo(IssueComment.MARKER + "\n" + Files.readString(first));
      assertThat(requests(github)).containsSubsequence("GET /repos/kubevirt/enhancements/issues/7/comments?per_page=100&page=1",
          "POST /repos/kubevirt/enhancements/issues/7/comments");

      // Someone else comments; the next run finds the check-in's comment by its marker and updates it.
      int before = github.requests().size();
      Run updated = run(github, dir.resolve("second.md"));

      assertThat(updated.exit()).as(updated.output()).isZero();
      assertThat(github.comments(ISSUE)).hasSize(1);
      Object id = github.comments(ISSUE).get(0).get("id");
      assertThat(requests(github).subList(before, github.requests().size()))
          .contains("PATCH /repos/kubevirt/enhancements/issues/comments/" + id)
          .noneMatch(r -> r.startsWith("POST /repos/"));
      assertThat(github.requests()).allSatisfy(r -> assertThat(r.body()).doesNotContain(TOKEN));
      assertThat(github.violations()).isEmpty();
    }
  }

  @Test
  void aCommentOfSomeoneWithoutWriteAccessCarryingTheMarkerIsLeftAlone() throws Exception {
    try (GitHubStandIn github = new GitHubStandIn(TestBoard.organizations(), TestBoard.issues(),
        TestBoard.repositories(), Map.of())) {
      String planted = IssueComment.MARKER + "\nall VEPs are ready";
      github.addComment(ISSUE, "mallory", "CONTRIBUTOR", planted);

      Run run = run(github, dir.resolve("check-in.md"));

      assertThat(run.exit()).as(run.output()).isZero();
      List<Map<String, Object>> comments = github.comments(ISSUE);
      assertThat(comments).hasSize(2);
      assertThat(comments.get(0).get("body")).isEqualTo(planted);
      assertThat(comments.get(1).get("body")).asString().startsWith(IssueComment.MARKER + "\n").isNotEqualTo(planted);
      assertThat(requests(github)).noneMatch(r -> r.startsWith("PATCH "));
      assertThat(github.violations()).isEmpty();
    }
  }

  private static List<String> requests(GitHubStandIn github) {
    return github.requests().stream().map(r -> r.method() + " " + r.path() + (r.query().isEmpty() ? "" : "?" + r.query()))
        .toList();
  }

  @Test
  void aFailureIsAWarningAndTheExitCodeStays() throws Exception {
    try (GitHubStandIn github = new GitHubStandIn(TestBoard.organizations(), TestBoard.issues(),
        TestBoard.repositories(), Map.of())) {
      github.fault(r -> r.path().endsWith("/comments")
          ? Optional.of(new GitHubStandIn.Answer(403, "{\"message\":\"Resource not accessible by integration\"}"))
          : Optional.empty());

      Run forbidden = run(github, dir.resolve("check-in.md"));

      assertThat(forbidden.exit()).as(forbidden.output()).isZero();
      assertThat(forbidden.output()).doesNotContain(TOKEN).contains("vep-lint: warning: --post-to kubevirt/enhancements#7:"
          + " GET /repos/kubevirt/enhancements/issues/7/comments?per_page=100&page=1: HTTP 403 (Resource not accessible"
          + " by integration); the check-in was not posted");
      assertThat(Files.readString(dir.resolve("check-in.md"))).startsWith("# KubeVirt v1.10 release check-in");
      assertThat(github.comments(ISSUE)).isEmpty();

      IssueComment.Outcome noToken = IssueComment.post(new GitHubApi(github.url(), Optional.empty()),
          new IssueComment.Ref("kubevirt/enhancements", 7), "# check-in\n");
      assertThat(noToken.warning()).contains("--post-to kubevirt/enhancements#7: posting needs a token: set"
          + " GITHUB_TOKEN; nothing was posted");
      assertThat(github.violations()).isEmpty();
    }
  }

  @Test
  void theIssueIsANumberOrOwnerRepoNumber() {
    assertThat(IssueComment.Ref.parse("7", "kubevirt/enhancements")).contains(new IssueComment.Ref("kubevirt/enhancements", 7));
    assertThat(IssueComment.Ref.parse("#7", "kubevirt/enhancements")).contains(new IssueComment.Ref("kubevirt/enhancements", 7));
    assertThat(IssueComment.Ref.parse("kubevirt/sig-release#12", "kubevirt/enhancements"))
        .contains(new IssueComment.Ref("kubevirt/sig-release", 12));
    assertThat(IssueComment.Ref.parse("kubevirt/sig-release12", "kubevirt/enhancements")).isEmpty();
    assertThat(IssueComment.Ref.parse("../x#1", "kubevirt/enhancements")).isEmpty();
    assertThat(IssueComment.Ref.parse("seven", "kubevirt/enhancements")).isEmpty();
  }
}
