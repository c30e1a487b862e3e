package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.GitFixture;
import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.cli.InProcessCli.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --base/--changed-only/--schedule} and {@code report --release}, run in-process. */
class GovernanceCliTest {

  private static final String FILE = "veps/sig-a/1-one/vep.md";
  private static final String IMPLEMENTABLE = TestRepository.CLEAN_VEP
      .replace("status: provisional", "status: implementable").replace("  - TBD", "  - \"@someone\"");

  @TempDir Path dir;

  private static Run run(String... args) {
    return InProcessCli.run(args);
  }

  private Path withSchedule() {
    return TestRepository.at(dir)
        .file("sig-release/releases/v1.9/schedule.yaml", "- when: 2026/04/30\n  who: KubeVirt\n  what: VEP Freeze\n")
        .root();
  }

  @Test
  void anUnknownBaseIsExitTwoWithOneLine() {
    try (GitFixture git = GitFixture.init(dir)) {
      git.file(FILE, TestRepository.CLEAN_VEP);
      git.commit("one");

      Run run = run("check", "--base", "nope", git.root().toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).startsWith("vep-lint: --base nope: unknown revision").hasLineCount(1);
    }
  }

  @Test
  void changedOnlyWithoutABaseIsExitTwo() {
    Run run = run("check", "--changed-only", TestRepository.at(dir).file(FILE, TestRepository.CLEAN_VEP).root().toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("vep-lint: --changed-only needs --base REF: the revision to compare with\n");
  }

  @Test
  void aPullRequestJobMakingAVepImplementableAfterTheFreezeFails() {
    try (GitFixture git = GitFixture.init(dir)) {
      withSchedule();
      git.file(FILE, TestRepository.CLEAN_VEP);
      git.commit("provisional");
      git.file(FILE, IMPLEMENTABLE);

      Run run = run("check", "--base", "main", "--changed-only", "--schedule", git.root().resolve("sig-release").toString(), "--today", "2026-05-04",
          "--rule", "signoff-checklist=off", git.root().toString());

      assertThat(run.err()).isEmpty();
      assertThat(run.status()).isEqualTo(1);
      assertThat(run.out()).contains(FILE + ":5:9  error    vep-freeze  status becomes 'implementable' for v1.9"
          + " (milestone.alpha) but the v1.9 VEP Freeze began on 2026-04-30");
    }
  }

  @Test
  void theFreezeExceptionLabelOfThePullRequestLiftsTheFreeze() {
    try (GitFixture git = GitFixture.init(dir)) {
      withSchedule();
      git.file(FILE, TestRepository.CLEAN_VEP);
      git.commit("provisional");
      git.file(FILE, IMPLEMENTABLE);
      String schedule = git.root().resolve("sig-release").toString();

      Run other = run("check", "--base", "main", "--schedule", schedule, "--today", "2026-05-04",
          "--label", "lgtm", "--label", "kind/vep", "--rule", "signoff-checklist=off", git.root().toString());
      Run excepted = run("check", "--base", "main", "--schedule", schedule, "--today", "2026-05-04",
          "--label", "lgtm", "--label", "freeze-exception", "--rule", "signoff-checklist=off", git.root().toString());

      assertThat(other.status()).isEqualTo(1);
      assertThat(other.out()).contains(FILE + ":5:9  error    vep-freeze");
      assertThat(excepted.err()).isEmpty();
      assertThat(excepted.status()).isEqualTo(0);
      assertThat(excepted.out()).doesNotContain("vep-freeze");
    }
  }

  @Test
  void theFreezeExceptionLabelNameIsConfigurable() {
    try (GitFixture git = GitFixture.init(dir)) {
      withSchedule();
      git.file(".vep-lint.yaml", "freeze-exception-label: release/exception\n");
      git.file(FILE, TestRepository.CLEAN_VEP);
      git.commit("provisional");
      git.file(FILE, IMPLEMENTABLE);
      String schedule = git.root().resolve("sig-release").toString();

      Run defaultName = run("check", "--base", "main", "--schedule", schedule, "--today", "2026-05-04",
          "--label", "freeze-exception", "--rule", "signoff-checklist=off", git.root().toString());
      Run configured = run("check", "--base", "main", "--schedule", schedule, "--today", "2026-05-04",
          "--label", "release/exception", "--rule", "signoff-checklist=off", git.root().toString());

      assertThat(defaultName.out()).contains(FILE + ":5:9  error    vep-freeze");
      assertThat(configured.status()).isEqualTo(0);
    }
  }

  @Test
  void aUrlScheduleNeedsAllowNetwork() {
    Path root = TestRepository.at(dir).file(FILE, TestRepository.CLEAN_VEP).root();

    Run run = run("check", "--schedule", "https://example.invalid/{release}/schedule.yaml", root.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("is a URL, and network use is opt-in").hasLineCount(1);
  }

  @Test
  void aBrokenScheduleIsExitTwoWithFileAndLine() {
    Path root = TestRepository.at(dir).file(FILE, TestRepository.CLEAN_VEP)
        .file("sig-release/releases/v1.9/schedule.yaml", "- when: 2026/04/30\n  what: VEP Freeze\n- when: [\n").root();

    Run run = run("check", "--schedule", root.resolve("sig-release").toString(), root.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("vep-lint: " + root.resolve("sig-release/releases/v1.9/schedule.yaml") + ":4:1:"
        + " not valid YAML").hasLineCount(1);
  }

  @Test
  void reportListsTheVepsOfARelease() {
    Path root = withSchedule();
    TestRepository.at(root).file(FILE, TestRepository.CLEAN_VEP);

    Run markdown = run("report", "--release", "v1.9", "--schedule", root.resolve("sig-release").toString(), "--today", "2026-04-01", root.toString());
    Run json = run("report", "--release", "v1.9", "--format", "json", "--today", "2026-04-01", root.toString());

    assertThat(markdown.status()).isZero();
    assertThat(markdown.out()).contains("As of 2026-04-01 · VEP Freeze: 2026-04-30 (29 days left) · code freeze: not in"
            + " the schedule · no board read · 1 VEP")
        .contains("| [VEP 1][v1] A clean proposal | sig-a | alpha | provisional | no board read | `TBD` |"
            + " kubevirt/enhancements#1 | — | none | — |");
    assertThat(json.status()).isZero();
    assertThat(json.out()).contains("\"release\" : \"v1.9\"").contains("\"freeze\" : \"no-freeze-known\"");

    Run html = run("report", "--release", "v1.9", "--format", "html", "--today", "2026-04-01", root.toString());
    assertThat(html.status()).isZero();
    assertThat(html.out()).startsWith("<!DOCTYPE html>")
        .contains("<tr data-sig=\"sig-a\"><td><a href=\"https://github.com/kubevirt/enhancements/blob/main/" + FILE
            + "\">VEP 1: A clean proposal</a></td><td>sig-a</td><td>alpha</td><td>provisional</td><td>no board read</td>"
            + "<td>TBD</td><td><a href=\"https://github.com/kubevirt/enhancements/issues/1\">#1</a></td><td>—</td>"
            + "<td>none</td><td>—</td></tr>");
    Run pdf = run("report", "--release", "v1.9", "--format", "pdf", root.toString());
    assertThat(pdf.status()).isEqualTo(2);
    assertThat(pdf.err()).startsWith("vep-lint: --format: 'pdf' is not markdown, json or html");
  }

  @Test
  void reportRejectsABadRelease() {
    Run run = run("report", "--release", "1.9", dir.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("vep-lint: --release: '1.9' is not a release like v1.10");
  }
}
