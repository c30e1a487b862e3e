package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.cli.InProcessCli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vep-lint fix}, {@code check --fix} and the FIX column of {@code rules}, in-process. */
class FixCommandTest {

  @TempDir Path dir;

  private static Run run(String... args) {
    return InProcessCli.run(args);
  }

  private static final String FIXABLE = TestRepository.CLEAN_VEP
      .replace("# VEP #1: A clean proposal", "# VEP: A clean proposal")
      .replace("alpha: \"v1.9\"", "alpha: 1.9")
      .replace("## Alternatives\n\nNone considered.\n\n", "");

  private Path repository() throws IOException {
    TestRepository.at(dir).file("veps/sig-a/1-one/vep.md", FIXABLE);
    return dir.resolve("veps/sig-a/1-one/vep.md");
  }

  @Test
  void dryRunPrintsWhatItWouldFixAndTheDiffAndWritesNothing() throws IOException {
    Path vep = repository();
    Run run = run("fix", "--dry-run", "--diff", "--today", "2026-11-25", dir.toString());

    assertThat(run.out()).contains(
        "veps/sig-a/1-one/vep.md: would fix 3 findings\n"
            + "  17:10  target-release  write \"v1.9\"\n"
            + "  22:1  title-format  write '# VEP #1: A clean proposal'\n",
        "  60:1  missing-section  add '## Alternatives'\n",
        "--- a/veps/sig-a/1-one/vep.md\n+++ b/veps/sig-a/1-one/vep.md\n",
        "-  alpha: 1.9\n+  alpha: \"v1.9\"\n",
        "+## Alternatives\n",
        "would fix 3 findings in 1 file; 0 findings left\n");
    assertThat(run.status()).isZero();
    assertThat(Files.readString(vep)).isEqualTo(FIXABLE);
  }

  @Test
  void fixWritesExitsByWhatIsLeftAndASecondRunHasNothingToDo() throws IOException {
    Path vep = repository();
    Run first = run("fix", "--today", "2026-11-25", dir.toString());
    assertThat(first.out()).endsWith("fixed 3 findings in 1 file; 1 finding left ('vep-lint check' lists them)\n");
    assertThat(first.status()).as("what is left is the inserted section's empty-section warning").isZero();
    assertThat(Files.readString(vep)).contains("  alpha: \"v1.9\"\n", "# VEP #1: A clean proposal\n",
        "## Alternatives\n\n## Scalability");

    Run second = run("fix", "--today", "2026-11-25", "--fail-on", "warning", dir.toString());
    assertThat(second.out()).isEqualTo("fixed 0 findings in 0 files; 1 finding left ('vep-lint check' lists them)\n");
    assertThat(second.status()).isEqualTo(1);
  }

  @Test
  void aRuleTurnedOffIsNeitherReportedNorFixed() throws IOException {
    Path vep = repository();
    Run run = run("fix", "--today", "2026-11-25", "--rule", "title-format=off", "--rule", "missing-section=off",
        dir.toString());
    assertThat(run.out()).contains("fixed 1 finding in 1 file");
    assertThat(Files.readString(vep)).contains("# VEP: A clean proposal\n", "  alpha: \"v1.9\"\n");
  }

  @Test
  void checkWithFixReportsWhatIsLeftAndSaysWhatItFixedOnStandardError() throws IOException {
    repository();
    Run run = run("check", "--fix", "--today", "2026-11-25", "--format", "json", dir.toString());
    assertThat(run.err()).isEqualTo("vep-lint: fixed 3 findings in 1 file\n");
    assertThat(run.out()).startsWith("{").contains("\"rule\": \"empty-section\"").doesNotContain("title-format");
    assertThat(run.status()).isZero();
  }

  @Test
  void rulesMarksTheRulesThatCanFix() {
    Run run = run("rules");
    assertThat(run.out()).containsPattern("(?m)^RULE +DEFAULT +FIX +CHECKS$")
        .containsPattern("(?m)^title-format +error +yes +The first heading")
        .containsPattern("(?m)^feature-gate +error {4,}[A-Z]")
        .contains("FIX: 'vep-lint fix' (or 'check --fix') applies the rule's fixes where they are mechanical.");
  }

  @Test
  void helpNamesWhatItFixesAndTheExitStatus() {
    Run run = run("fix", "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("--dry-run", "--diff", "heading level", "participating-sigs", "Exit status:",
        "1   findings at or above --fail-on are left");
  }

  @Test
  void aMissingPathIsAOneLineErrorWithExitTwo() {
    Run run = run("fix", dir.resolve("nope").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip()).doesNotContain("\n").contains("no such file or directory");
  }

  @Test
  void aMovedVepAndTheLinksRewrittenIntoItAreListed() throws IOException {
    TestRepository.at(dir)
        .file("veps/sig-a/decouple.md", "# VEP #7: Decouple\n")
        .file("README.md", "See [decoupling](veps/sig-a/decouple.md).\n");
    Run run = run("fix", "--rule", "missing-section=off", "--rule", "empty-section=off", dir.toString());
    assertThat(run.out()).contains(
        "README.md: links into a moved file rewritten\n",
        "veps/sig-a/decouple.md -> veps/sig-a/7-decouple/vep.md: fixed 1 finding\n"
            + "  1:1  dir-name  move it to 'veps/sig-a/7-decouple/vep.md', rewriting the links into it\n");
    assertThat(Files.readString(dir.resolve("README.md"))).isEqualTo("See [decoupling](veps/sig-a/7-decouple/vep.md).\n");
  }
}
