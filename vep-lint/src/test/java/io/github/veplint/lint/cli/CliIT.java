package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.TestRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code target/vep-lint.jar} as a separate process, the way users and CI do. */
class CliIT {

  @TempDir Path work;

  private ShadedJar.Run run(Path directory, String... args) throws IOException, InterruptedException {
    return ShadedJar.run(work, directory, args);
  }

  private Path repository(String vep) {
    return TestRepository.at(work.resolve("repo")).file("veps/sig-a/1-one/vep.md", vep).root();
  }

  @Test
  void cleanRepositoryExitsZeroWithASummary() throws Exception {
    Path repo = repository(TestRepository.CLEAN_VEP);

    ShadedJar.Run run = run(repo, "check", "--fail-on", "warning", ".");

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("1 file checked");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void findingsAtTheThresholdExitOneWithPathLineColumnRuleAndMessage() throws Exception {
    Path repo = repository("# VEP: One\n\n## Overview\n\nText.\n");

    ShadedJar.Run run = run(repo, "check", "veps");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("veps/sig-a/1-one/vep.md:1:1  error    title-format  the title heading has no VEP number");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void failOnNeverAndRuleOffChangeTheExitCode() throws Exception {
    Path repo = repository("# VEP: One\n");

    assertThat(run(repo, "check", "--fail-on", "never").exitCode()).isZero();
    assertThat(run(repo, "check", "--rule", "title-format=warning", "--fail-on", "error").out())
        .contains("warning  title-format");
  }

  @Test
  void usageAndConfigurationErrorsExitTwoWithOneLineAndNoStackTrace() throws Exception {
    Path repo = repository(TestRepository.CLEAN_VEP);

    ShadedJar.Run badFlag = run(repo, "check", "--bogus");
    assertThat(badFlag.exitCode()).isEqualTo(2);
    assertThat(badFlag.err()).startsWith("vep-lint: Unknown option: '--bogus'").doesNotContain("\tat ");

    ShadedJar.Run missing = run(repo, "check", "does-not-exist");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err().strip()).isEqualTo("vep-lint: does-not-exist: no such file or directory");

    Files.writeString(repo.resolve(".vep-lint.yaml"), "rules:\n  no-such-rule: off\n");
    ShadedJar.Run badConfig = run(repo, "check");
    assertThat(badConfig.exitCode()).isEqualTo(2);
    assertThat(badConfig.err().strip()).endsWith(".vep-lint.yaml:2:3: unknown rule 'no-such-rule': run 'vep-lint rules' for the list of rule ids")
        .startsWith("vep-lint: ").doesNotContain("\n");

    ShadedJar.Run debug = run(repo, "check", "--debug");
    assertThat(debug.exitCode()).isEqualTo(2);
    assertThat(debug.err()).contains("\tat io.github.veplint");

    assertThat(run(repo, "check", "--rule", "title-format=loud").exitCode()).isEqualTo(2);
    assertThat(run(repo, "check", "--today", "25/11/2026").err()).contains("--today");
    assertThat(run(repo, "explain", "no-such-rule").exitCode()).isEqualTo(2);
    assertThat(run(repo).exitCode()).isEqualTo(2);
  }

  @Test
  void helpVersionRulesAndExplain() throws Exception {
    ShadedJar.Run help = run(work, "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("check", "rules", "explain", "Exit status:");

    ShadedJar.Run checkHelp = run(work, "check", "--help");
    assertThat(checkHelp.exitCode()).isZero();
    assertThat(checkHelp.out()).contains("--fail-on", "--format", "--rule", "--today", "--config");

    assertThat(run(work, "--version").out()).startsWith("vep-lint ");

    ShadedJar.Run rules = run(work, "rules");
    assertThat(rules.exitCode()).isZero();
    assertThat(rules.out()).contains("title-format", "unused-suppression");

    ShadedJar.Run explain = run(work, "explain", "title-format");
    assertThat(explain.exitCode()).isZero();
    assertThat(explain.out()).contains("title-format (default: error)", "Bad", "Good");
  }

  @Test
  void writesReportFilesOnlyWhereAskedAndNeverTouchesTheVeps() throws Exception {
    Path repo = repository("# VEP: One\n");
    Path vep = repo.resolve("veps/sig-a/1-one/vep.md");
    byte[] before = Files.readAllBytes(vep);
    long modified = Files.getLastModifiedTime(vep).toMillis();
    Path report = work.resolve("reports/out.txt");

    ShadedJar.Run run = run(repo, "check", "--format", "text=" + report, "--quiet");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(report)).contains("title-format");
    assertThat(Files.readAllBytes(vep)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(vep).toMillis()).isEqualTo(modified);
    try (var files = Files.list(repo)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("veps");
    }
    try (var files = Files.list(report.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.txt");
    }
  }
}
