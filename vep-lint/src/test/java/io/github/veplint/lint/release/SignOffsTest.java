package io.github.veplint.lint.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.GitFixture;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.github.GitHubApi;
import io.github.veplint.lint.github.GitHubStandIn;
import io.github.veplint.lint.internal.GitHistory;
import io.github.veplint.model.ReleaseVersion;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SIG sign-off cross-check: a SIG's approvers (OWNERS, aliases through OWNERS_ALIASES) approving
 * the VEP's merge PR (from the git history) on a repository written for the test, and silence where
 * nothing can be known (no approvers in the real SIG OWNERS files; no history).
 */
class SignOffsTest {

  private static final ReleaseVersion V1_10 = new ReleaseVersion(1, 10, -1);
  private static final String TOKEN = "ghp_signOffToken0123456789abcdefABCDEF";

  @TempDir Path dir;

  private static String vep(int number, String title, String sig, String participating) {
    return "---\ntitle: " + title + "\nvep-number: " + number + "\ncreation-date: \"2026-09-01\"\nstatus: implementable\n"
        + "authors:\n  - \"@author\"\nowning-sig: " + sig + "\nparticipating-sigs: " + participating + "\n"
        + "reviewers:\n  - \"@rita\"\napprovers:\n  - \"@carla\"\nfeature-gate: " + title.replace(" ", "") + "\n"
        + "stage: alpha\nmilestone:\n  alpha: \"v1.10\"\n---\n\n# VEP #" + number + ": " + title + "\n\n## Overview\n\n"
        + "Text.\n";
  }

  /** The repository: three VEPs of v1.10, each added by its own commit, one of them renamed since. */
  private Path repository() {
    try (GitFixture git = GitFixture.init(dir.resolve("enhancements"))) {
      git.file("OWNERS", "approvers:\n  - lead\n")
          .file("OWNERS_ALIASES", "aliases:\n  compute-approvers:\n    - carla\n    - cole\n")
          .file("veps/sig-compute/OWNERS", "labels:\n  - sig/compute\napprovers:\n  - compute-approvers\n")
          .file("veps/sig-network/OWNERS", "labels:\n  - sig/network\napprovers:\n  - nina\n")
          .file("veps/sig-storage/OWNERS", "labels:\n  - sig/storage\n")
          .commit("Add OWNERS (#600)");
      git.file("veps/sig-compute/501-fast-boot/vep.md", vep(501, "Fast boot", "sig-compute", "[sig-network, sig-storage]"))
          .commit("VEP 501: Fast boot (#601)\n\nSigned-off-by: A <a@example.com>");
      git.file("veps/sig-network/vep-502.md", vep(502, "Link state", "sig-network", "[sig-compute]"))
          .commit("VEP #502: link state (#602)");
      git.delete("veps/sig-network/vep-502.md")
          .file("veps/sig-network/502-link-state/vep.md", vep(502, "Link state", "sig-network", "[sig-compute]"))
          .commit("Normalize VEP directory names (#603)");
      git.file("veps/sig-compute/503-no-pr/vep.md", vep(503, "No PR", "sig-compute", "[]")).commit("Initial import");
      return git.root();
    }
  }

  private static Board trackedBoard(int... numbers) {
    List<Board.Item> items = new ArrayList<>();
    for (int n : numbers) {
      items.add(new Board.Item(Board.Kind.ISSUE, Optional.of("kubevirt/enhancements"), Optional.of(n), "VEP " + n,
          Optional.empty(), Optional.of("Tracked"), List.of("rita"), Optional.empty(), List.of(), Optional.empty()));
    }
    return new Board("test", items, List.of());
  }

  private static Map<String, List<String>> checks(ReleaseView view) {
    Map<String, List<String>> checks = new TreeMap<>();
    for (Finding f : view.checkIn().checks()) {
      checks.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f.ruleId() + ": " + f.message());
    }
    return checks;
  }

  @Test
  void theMergePullRequestIsTheCommitThatAddedTheFileThroughRenames() {
    Path root = repository();
    assertThat(GitHistory.mergePullRequests(root, List.of("veps"), List.of("veps/sig-compute/501-fast-boot/vep.md",
        "veps/sig-network/502-link-state/vep.md", "veps/sig-compute/503-no-pr/vep.md", "veps/none/vep.md")))
        .isEqualTo(Map.of("veps/sig-compute/501-fast-boot/vep.md", 601, "veps/sig-network/502-link-state/vep.md", 602));
    assertThat(GitHistory.mergePullRequests(dir, List.of("veps"), List.of("veps/x/vep.md"))).isEmpty();
  }

  @Test
  void aSigWhoseApproversDidNotApproveTheMergePullRequest() throws Exception {
    Path root = repository();
    Map<String, List<Object>> reviews = Map.of(
        "kubevirt/enhancements#601", List.of(
            GitHubStandIn.review("kubevirt/enhancements", 601, 1, "nina", "COMMENTED"),
            GitHubStandIn.review("kubevirt/enhancements", 601, 2, "Carla", "APPROVED")),
        "kubevirt/enhancements#602", List.of(
            GitHubStandIn.review("kubevirt/enhancements", 602, 3, "cole", "CHANGES_REQUESTED"),
            GitHubStandIn.review("kubevirt/enhancements", 602, 4, "nina", "APPROVED"),
            GitHubStandIn.review("kubevirt/enhancements", 602, 5, "lead", "APPROVED")));
    try (GitHubStandIn github = new GitHubStandIn(Map.of(), Map.of(), Map.of(), reviews)) {
      GitHubApi api = new GitHubApi(github.url(), Optional.of(TOKEN));
      VepLinter linter = VepLinter.builder().today(LocalDate.of(2026, 12, 7)).build();
      LintResult result = linter.lint(List.of(root));

      ReleaseView view = ReleaseChecks.build(result, V1_10, Optional.of(trackedBoard(501, 502, 503)), List.of(),
          LinkedPulls.Result.NONE, (v, warnings) -> SignOffs.read(root, List.of("veps"), v, api, BoardSettings.KUBEVIRT,
              warnings));

      assertThat(github.violations()).isEmpty();
      assertThat(github.requests()).extracting(r -> r.method() + " " + r.path() + "?" + r.query()).containsExactly(
          "GET /repos/kubevirt/enhancements/pulls/601/reviews?per_page=100&page=1",
          "GET /repos/kubevirt/enhancements/pulls/602/reviews?per_page=100&page=1");
      assertThat(view.checkIn().warnings()).isEmpty();
      // 501: sig-compute signed off through its alias (carla); sig-network only commented; sig-storage lists no
      // approvers, so nothing is said of it. 502: sig-network approved, sig-compute's cole asked for changes.
      // 503: no commit names its pull request.
      assertThat(checks(view)).isEqualTo(Map.of(
          "veps/sig-compute/501-fast-boot/vep.md", List.of("sig-sign-off-missing: no sign-off from sig-network"
              + " recorded: none of its approvers (@nina) approved the VEP's merge PR kubevirt/enhancements#601: ask one"
              + " of them for the SIG's sign-off (every SIG of the VEP signs off, the enhancements README asks)"),
          "veps/sig-network/502-link-state/vep.md", List.of("sig-sign-off-missing: no sign-off from sig-compute"
              + " recorded: none of its approvers (@carla, @cole) approved the VEP's merge PR kubevirt/enhancements#602:"
              + " ask one of them for the SIG's sign-off (every SIG of the VEP signs off, the enhancements README asks)")));
      Finding finding = view.checkIn().checks().get(0);
      // Like every cross-check, it points at the target of the release: "alpha: \"v1.10\"".
      assertThat(finding.line()).isEqualTo(17);
      assertThat(ReleaseRows.flags(view, view.veps().stream().filter(i -> i.number().equals(Optional.of(501)))
          .findFirst().orElseThrow())).isEqualTo("sig-sign-off-missing");

      // A failed call is a warning; the check says nothing it could not read.
      github.fault(r -> Optional.of(new GitHubStandIn.Answer(403, "{\"message\":\"API rate limit exceeded\"}")));
      ReleaseView failed = ReleaseChecks.build(result, V1_10, Optional.of(trackedBoard(501, 502, 503)), List.of(),
          LinkedPulls.Result.NONE, (v, warnings) -> SignOffs.read(root, List.of("veps"), v, api, BoardSettings.KUBEVIRT,
              warnings));
      assertThat(failed.checkIn().checks()).isEmpty();
      assertThat(failed.checkIn().warnings()).containsExactly("SIG sign-off: GET /repos/kubevirt/enhancements/pulls/601/"
          + "reviews?per_page=100&page=1: HTTP 403 (API rate limit exceeded); the view is made without the sign-offs"
          + " not read yet");
    }
  }

  /** The real repository with its history: its SIG OWNERS files hold only labels, so nothing is asked or said. */
  @Test
  void saysNothingOnTheRealRepositoryWhoseSigOwnersListNoApprovers() throws Exception {
    Path root = TestRepository.cloneCorpusBundle(dir.resolve("real"));
    try (GitHubStandIn github = new GitHubStandIn(Map.of(), Map.of(), Map.of(), Map.of())) {
      GitHubApi api = new GitHubApi(github.url(), Optional.of(TOKEN));
      LintResult result = VepLinter.builder().today(LocalDate.of(2026, 8, 18)).build().lint(List.of(root));
      ReleaseVersion v19 = new ReleaseVersion(1, 9, -1);
      ReleaseView view = ReleaseChecks.build(result, v19, Optional.of(trackedBoard(109, 277)), List.of());
      List<String> warnings = new ArrayList<>();

      assertThat(SignOffs.read(root, List.of("veps"), view, api, BoardSettings.KUBEVIRT, warnings)).isEmpty();

      assertThat(warnings).isEmpty();
      assertThat(github.requests()).isEmpty();
      // The history is there: VEP 109's file was added by #110 and moved by #339 since.
      assertThat(GitHistory.mergePullRequests(root, List.of("veps"), List.of(
          "veps/sig-compute/109-vgpu-live-migration/vep.md")))
          .isEqualTo(Map.of("veps/sig-compute/109-vgpu-live-migration/vep.md", 110));
    }
  }
}
