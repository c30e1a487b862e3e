package io.github.veplint.lint.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.cli.VepLintCommand;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vep-lint migrate} on small older-layout VEPs written for the purpose. */
class FrontMatterMigrationTest {

  static final String FILE = "veps/sig-compute/42-memory-hotplug/vep.md";

  /** Older layout: a version, a TBD and a struck bullet; the body names its gate. */
  static final String LEGACY = """
      # VEP #42: Memory hotplug

      ## VEP Status Metadata

      ### Target releases

      - This VEP targets alpha for version: v1.9
      - This VEP targets beta for version: TBD
      - ~This VEP targets GA for version:~

      ## Overview

      Memory can be added to a running VM. The `MemoryHotplug` feature gate guards it.
      """;

  static final String EXPECTED_BLOCK = """
      ---
      title: Memory hotplug
      vep-number: 42
      creation-date:  # TODO(author): "YYYY-MM-DD", when the proposal was first written
      status:  # TODO(owning SIG): provisional | implementable | implemented | deferred | rejected | withdrawn | replaced

      authors:  # TODO(author): the authors' GitHub handles, e.g. - "@octocat"

      owning-sig: sig-compute
      participating-sigs: []

      reviewers:
        - TBD  # the owning SIG names reviewers after triage; no TBD once implementable
      approvers:
        - TBD  # SIG chairs/leads who commit to approving the design; no TBD once implementable

      feature-gate: MemoryHotplug
      # stage: TODO(owning SIG): alpha | beta | ga, the feature's current implementation stage
      milestone:
        alpha: "v1.9"
        beta: "TBD"
        ga: "N/A"  # struck through in "Target releases": not targeted

      replaces: ""
      superseded-by: ""
      ---

      """;

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = VepLintCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  private Path repo(String content) {
    return TestRepository.at(dir).file(FILE, content).root();
  }

  private Path writeBytes(byte[] content) throws Exception {
    Path file = TestRepository.at(dir).root().resolve(FILE);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  private static List<Finding> lint(Path root) {
    return VepLinter.builder().today(LocalDate.of(2026, 8, 18)).build().lint(List.of(root)).findings();
  }

  @Test
  void addsTheBlockFromTitleSigTargetsAndGateAndKeepsTheBody() throws Exception {
    Path root = repo(LEGACY);

    Run run = run("migrate", root.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(Files.readString(root.resolve(FILE))).isEqualTo(EXPECTED_BLOCK + LEGACY);
    assertThat(run.out()).isEqualTo(FILE + ": added front matter (lines 1-26); the rest of the file is"
        + " unchanged; read feature-gate MemoryHotplug from line 13, milestone.alpha \"v1.9\" from line 7,"
        + " milestone.beta \"TBD\" from line 8, milestone.ga \"N/A\" from line 9\n"
        + FILE + ":4:1  to fill in by the author: creation-date: the date the proposal was first written, \"YYYY-MM-DD\"\n"
        + FILE + ":5:1  to fill in by the owning SIG: status: the proposal state: provisional, implementable,"
        + " implemented, deferred, rejected, withdrawn or replaced\n"
        + FILE + ":7:1  to fill in by the author: authors: the authors' GitHub handles, e.g. - \"@octocat\"\n"
        + FILE + ":13:1  to fill in by the owning SIG: reviewers: real reviewers' handles instead of TBD before implementable\n"
        + FILE + ":15:1  to fill in by the owning SIG: approvers: real approvers' handles instead of TBD before implementable\n"
        + FILE + ":18:1  to fill in by the owning SIG: stage: the current stage (alpha, beta or ga), uncomment it\n"
        + "migrate: 1 VEP(s) got front matter, 0 already had it, 0 skipped\n");
  }

  @Test
  void printedPositionsPointAtTheKeysToFillIn() throws Exception {
    Path root = repo(LEGACY);
    run("migrate", root.toString());
    List<String> lines = Files.readAllLines(root.resolve(FILE));

    assertThat(lines.get(4 - 1)).startsWith("creation-date:");
    assertThat(lines.get(5 - 1)).startsWith("status:");
    assertThat(lines.get(7 - 1)).startsWith("authors:");
    assertThat(lines.get(13 - 1)).startsWith("  - TBD");
    assertThat(lines.get(12 - 1)).isEqualTo("reviewers:");
    assertThat(lines.get(26 - 1)).isEqualTo("---");
    assertThat(lines.get(28 - 1)).isEqualTo("# VEP #42: Memory hotplug");
    assertThat(lines.get(15 - 1)).contains("TBD");
    assertThat(lines.get(18 - 1)).startsWith("# stage:");
  }

  @Test
  void afterMigrationCheckRaisesOnlyWhatTheSigMustFillIn() {
    Path root = repo(LEGACY);
    assertThat(lint(root)).extracting(Finding::ruleId).contains("frontmatter-missing");

    run("migrate", root.toString());

    List<Finding> findings = lint(root);
    assertThat(findings).extracting(Finding::ruleId)
        .doesNotContain("frontmatter-missing", "frontmatter-syntax", "target-release", "feature-gate");
    assertThat(findings).filteredOn(f -> f.ruleId().equals("frontmatter-schema"))
        .extracting(f -> f.position().line() + " " + f.message())
        .containsExactly(
            "5 'status' must be one of provisional, implementable, implemented, deferred, rejected,"
                + " withdrawn, replaced, not an empty value",
            "7 'authors' has no value: list at least one entry, e.g. 'authors: [\"@octocat\"]'");
    assertThat(findings).filteredOn(f -> f.ruleId().equals("creation-date"))
        .extracting(f -> f.position().line()).containsExactly(4);
    assertThat(findings).extracting(Finding::ruleId).doesNotContain("implementable-readiness");
  }

  @Test
  void secondRunChangesNothing() throws Exception {
    Path root = repo(LEGACY);
    run("migrate", root.toString());
    byte[] once = Files.readAllBytes(root.resolve(FILE));

    Run again = run("migrate", root.toString());

    assertThat(again.status()).isZero();
    assertThat(again.out()).isEqualTo(FILE + ": already has front matter; unchanged\n"
        + "migrate: 0 VEP(s) got front matter, 1 already had it, 0 skipped\n");
    assertThat(Files.readAllBytes(root.resolve(FILE))).isEqualTo(once);
  }

  @Test
  void crlfStaysCrlfAndTheByteOrderMarkStaysFirst() throws Exception {
    byte[] body = LEGACY.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream original = new ByteArrayOutputStream();
    original.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    original.write(body);
    Path file = writeBytes(original.toByteArray());

    Run run = run("migrate", dir.toString());

    assertThat(run.status()).isZero();
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    expected.write(EXPECTED_BLOCK.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    expected.write(body);
    assertThat(Files.readAllBytes(file)).isEqualTo(expected.toByteArray());
    Vep vep = VepParser.parse(FILE, Files.readAllBytes(file));
    assertThat(vep.layout()).isEqualTo(Vep.Layout.FRONT_MATTER);
    assertThat(vep.problems()).isEmpty();
    assertThat(lint(dir)).extracting(Finding::ruleId).doesNotContain("frontmatter-missing", "frontmatter-syntax");
  }

  @Test
  void keepsTheFilesPermissions() throws Exception {
    Path root = repo(LEGACY);
    Path file = root.resolve(FILE);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

    run("migrate", root.toString());

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
    try (var files = Files.list(file.getParent())) {
      assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("vep.md");
    }
  }

  @Test
  void notApplicableEmptyAndUnprefixedTargetsAndNoGate() {
    Path root = repo("""
        # VEP #42: Memory: hotplug "fast"

        ## VEP Status Metadata

        ### Target releases

        - This VEP targets alpha for version: N/A
        - This VEP targets beta for version: 1.10
        - This VEP targets GA for version:

        ## Overview

        Plain text.
        """);

    run("migrate", root.toString());

    String text = readUnchecked(root.resolve(FILE));
    assertThat(text)
        .contains("title: \"Memory: hotplug \\\"fast\\\"\"\n")
        .contains("feature-gate:  # TODO(author): the feature gate's name; or remove this key and justify"
            + " in the body why there is none\n")
        .contains("milestone:\n  alpha: \"N/A\"\n  beta: \"v1.10\"  # written 1.10 in \"Target releases\"\n"
            + "  ga: \"TBD\"  # empty in \"Target releases\"\n");
    assertThat(lint(root)).extracting(Finding::ruleId).doesNotContain("frontmatter-missing", "frontmatter-syntax");
    Vep vep = VepParser.parse(FILE, text.getBytes(StandardCharsets.UTF_8));
    assertThat(vep.metadata().title()).get().extracting(t -> t.value()).isEqualTo("Memory: hotplug \"fast\"");
  }

  @Test
  void withoutTargetReleasesTheMilestoneIsACommentAndAProcessVepHasNoGateOrStage() {
    String meta = "veps/meta-VEPs/7-process/vep.md";
    Path root = TestRepository.at(dir).file(meta, "# VEP #7: A process change\n\n## Overview\n\nText.\n").root();

    run("migrate", root.toString());

    String text = readUnchecked(root.resolve(meta));
    assertThat(text)
        .contains("# milestone: no target release in \"Target releases\"; add alpha once planned\n")
        .contains("owning-sig:  # TODO(owning SIG)")
        .doesNotContain("feature-gate", "stage");
  }

  @Test
  void dryRunWritesNothingAndDiffPreviewsTheInsertion() throws Exception {
    Path root = repo(LEGACY);

    Run run = run("migrate", "--dry-run", "--diff", root.resolve(FILE).toString());

    assertThat(run.status()).isZero();
    assertThat(Files.readString(root.resolve(FILE))).isEqualTo(LEGACY);
    assertThat(run.out())
        .startsWith(FILE + ": would add front matter (lines 1-26)")
        .contains("--- a/" + FILE + "\n+++ b/" + FILE + "\n@@ -1,3 +1,30 @@\n+---\n+title: Memory hotplug\n")
        .contains("+---\n+\n # VEP #42: Memory hotplug\n \n ## VEP Status Metadata\n")
        .endsWith("migrate: 1 VEP(s) would get front matter, 0 already had it, 0 skipped (dry run: nothing written)\n");
  }

  @Test
  void brokenFrontMatterAndInvalidUtf8AreSkippedWithExitOne() throws Exception {
    String broken = "veps/sig-compute/43-broken/vep.md";
    String binary = "veps/sig-compute/44-latin1/vep.md";
    Path root = TestRepository.at(dir).file(broken, "---\ntitle: x\n\n# VEP #43: Broken\n").root();
    Files.createDirectories(root.resolve(binary).getParent());
    byte[] latin1 = "# VEP #44: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(root.resolve(binary), latin1);

    Run run = run("migrate", root.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains(broken + ": skipped: its front matter is broken")
        .contains(binary + ": skipped: not readable UTF-8 text")
        .endsWith("migrate: 0 VEP(s) got front matter, 0 already had it, 2 skipped\n");
    assertThat(Files.readString(root.resolve(broken))).isEqualTo("---\ntitle: x\n\n# VEP #43: Broken\n");
    assertThat(Files.readAllBytes(root.resolve(binary))).isEqualTo(latin1);
  }

  @Test
  void aSymbolicLinkToAFileOutsideTheRepositoryIsSkipped(@TempDir Path outside) throws Exception {
    Path target = Files.writeString(outside.resolve("vep.md"), LEGACY);
    Path root = TestRepository.at(dir).directory("veps/sig-compute/42-memory-hotplug").root();
    Files.createSymbolicLink(root.resolve(FILE), target);

    Run run = run("migrate", root.resolve(FILE).toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).startsWith(FILE + ": skipped: not a regular file");
    assertThat(Files.readString(target)).isEqualTo(LEGACY);
  }

  @Test
  void aMissingPathIsExitTwoWithOneLineAndNoPathIsAUsageError() {
    Run missing = run("migrate", dir.resolve("nope").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("vep-lint: " + dir.resolve("nope") + ": no such file or directory\n");

    Run none = run("migrate");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).startsWith("vep-lint: Missing required parameter");
  }

  @Test
  void theLibraryApiReturnsThePlanWithoutWriting() {
    Path root = repo(LEGACY);

    var results = new FrontMatterMigration(true).run(List.of(root));

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.outcome()).isEqualTo(FrontMatterMigration.Outcome.MIGRATED);
      assertThat(r.plan()).get().extracting(FrontMatterMigration.Plan::block).isEqualTo(EXPECTED_BLOCK);
      assertThat(r.toFill()).extracting(FrontMatterMigration.ToFill::key)
          .containsExactly("creation-date", "status", "authors", "reviewers", "approvers", "stage");
      assertThat(new String(r.after(), StandardCharsets.UTF_8)).isEqualTo(EXPECTED_BLOCK + LEGACY);
    });
    assertThat(readUnchecked(root.resolve(FILE))).isEqualTo(LEGACY);
  }

  private static String readUnchecked(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
