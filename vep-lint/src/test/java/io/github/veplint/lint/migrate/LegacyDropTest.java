package io.github.veplint.lint.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.cli.VepLintCommand;
import io.github.veplint.lint.migrate.FrontMatterMigration.FileResult;
import io.github.veplint.lint.migrate.FrontMatterMigration.Outcome;
import io.github.veplint.model.Corpus;
import io.github.veplint.model.Section;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate --drop-legacy} on hand-written VEPs and on a real corpus VEP after {@code migrate}. */
class LegacyDropTest {

  private static final String FILE = "veps/sig-a/1-one/vep.md";

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = VepLintCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  private static final String FRONT = """
      ---
      title: One
      vep-number: 1
      creation-date: "2026-01-15"
      status: implementable
      authors:
        - "@author"
      owning-sig: sig-a
      reviewers:
        - "@r"
      approvers:
        - "@a"
      feature-gate: One
      milestone:
        alpha: "v1.9"
        beta: "TBD"
      ---

      # VEP #1: One

      """;

  private static final String LEGACY = """
      ## VEP Status Metadata

      ### Target releases

      <!--
      A PR must update this section during the planning phase of a given release in order to track it.
      PRs that will not update the VEP during the planning phase will not be able to graduate the
      VEP by creating a code PR to kubevirt/kubevirt to bump the phase in-code.

      Please avoid targeting future releases in this section. Only capture the upcoming release.
      For example, during the planning phase for version v1.123, do **not** target beta for v.124 in advance.
      -->

      - This VEP targets alpha for version: v1.9
      - This VEP targets beta for version: TBD
      - This VEP targets GA for version:

      ### Release Signoff Checklist

      Items marked with (R) are required *prior to targeting to a milestone / release*.

      - [ ] (R) Enhancement issue created, which links to VEP dir in [kubevirt/enhancements] (not the initial VEP PR)
      - [ ] (R) Alpha target version is explicitly mentioned and approved
      - [ ] (R) Beta target version is explicitly mentioned and approved
      - [ ] (R) GA target version is explicitly mentioned and approved

      """;

  private static final String REST = """
      ## Overview

      What it does.
      """;

  private Path repo(String vep) {
    return TestRepository.at(dir).file(FILE, vep).root();
  }

  @Test
  void removesTheSectionsTheFrontMatterReplacesAndASecondRunChangesNothing() throws IOException {
    Path root = repo(FRONT + LEGACY + REST);

    Run dry = run("migrate", "--drop-legacy", "--dry-run", root.toString());
    assertThat(Files.readString(root.resolve(FILE))).isEqualTo(FRONT + LEGACY + REST);
    assertThat(dry.out()).contains(FILE + ": would remove 'VEP Status Metadata' (lines 21-46); the front matter says"
        + " all they said\n");

    Run first = run("migrate", "--drop-legacy", root.toString());

    assertThat(first.err()).isEmpty();
    assertThat(first.status()).isZero();
    assertThat(first.out()).isEqualTo(FILE + ": removed 'VEP Status Metadata' (lines 21-46); the front matter says all"
        + " they said\nmigrate --drop-legacy: 1 VEP(s) lost their legacy metadata sections, 0 had none, 0 skipped\n");
    assertThat(Files.readString(root.resolve(FILE))).isEqualTo(FRONT + REST);

    Run second = run("migrate", "--drop-legacy", root.toString());
    assertThat(second.status()).isZero();
    assertThat(second.out()).startsWith(FILE + ": no legacy metadata sections; unchanged\n");
    assertThat(Files.readString(root.resolve(FILE))).isEqualTo(FRONT + REST);
  }

  @Test
  void keepsWhatTheFrontMatterDoesNotSayAsACommentWithCrlfBomAndPermissions() throws IOException {
    String legacy = LEGACY
        .replace("- This VEP targets GA for version:\n", "- This VEP targets GA for version: v1.11\n"
            + "This VEP does not have graduation phases guarded by a feature gate.\n")
        .replace("- [ ] (R) Alpha target", "- [x] (R) Alpha target");
    String front = FRONT.replace("  beta: \"TBD\"\n", "  beta: \"TBD\"\n  ga: \"v1.10\"\n");
    String crlf = (front + legacy + REST).replace("\n", "\r\n");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path root = repo("");
    Path file = root.resolve(FILE);
    Files.write(file, concat(bom, crlf.getBytes(StandardCharsets.UTF_8)));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    List<FileResult> results = new LegacyDrop(false).run(List.of(root));

    assertThat(results).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo(Outcome.MIGRATED));
    String expected = (front + """
        <!-- vep-lint migrate --drop-legacy: from the removed 'VEP Status Metadata' prose, what the front matter does not say:
        - This VEP targets GA for version: v1.11
        This VEP does not have graduation phases guarded by a feature gate.
        - [x] (R) Alpha target version is explicitly mentioned and approved
        -->

        """ + REST).replace("\n", "\r\n");
    assertThat(Files.readAllBytes(file)).isEqualTo(concat(bom, expected.getBytes(StandardCharsets.UTF_8)));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    assertThat(new LegacyDrop(false).run(List.of(root))).singleElement()
        .satisfies(r -> assertThat(r.outcome()).isEqualTo(Outcome.ALREADY_MIGRATED));
  }

  @Test
  void refusesAFileWhoseFrontMatterLacksWhatIsRemoved() throws IOException {
    assertRefused(FRONT.replace("status: implementable", "status:  # TODO(owning SIG): provisional | implementable")
        + LEGACY + REST, "front matter has no status yet; the owning SIG fills it in before the legacy sections go");
    assertRefused(FRONT.replace("  alpha: \"v1.9\"\n", "") + LEGACY + REST,
        "front matter has no milestone.alpha for the alpha target 'v1.9' (line 33); add it first");
    assertRefused(FRONT + LEGACY.replace("### Release Signoff Checklist", "### Upgrade notes") + REST,
        "'Upgrade notes' (line 38) under 'VEP Status Metadata' is not legacy metadata; move it out first");
    assertRefused(FRONT.replace("feature-gate: One\n", "") + LEGACY.replace("- This VEP targets GA for version:\n",
        "- This VEP targets GA for version:\nThis VEP does not have graduation phases guarded by a feature gate.\n") + REST,
        "front matter has no feature-gate and the sections say 'This VEP does not have graduation phases guarded by a"
            + " feature gate.'; move that sentence into the body (or set feature-gate) first");
    assertRefused("# VEP #1: One\n\n" + LEGACY + REST,
        "no front matter to hold what the sections say; run 'vep-lint migrate' (without --drop-legacy) first");
  }

  private void assertRefused(String vep, String reason) throws IOException {
    Path root = repo(vep);
    Run run = run("migrate", "--drop-legacy", root.toString());
    assertThat(run.status()).as(run.out()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(FILE + ": skipped: " + reason + "\n"
        + "migrate --drop-legacy: 0 VEP(s) lost their legacy metadata sections, 0 had none, 1 skipped\n");
    assertThat(Files.readString(root.resolve(FILE))).isEqualTo(vep);
  }

  @Test
  void commentTextCannotCloseTheComment() {
    assertThat(LegacyDrop.commentSafe("a --> b <!-- c --!> d")).isEqualTo("a --&gt; b &lt;!-- c --!&gt; d");
  }

  /**
   * VEP 109 of the corpus (copied into a temporary directory) after {@code migrate}: refused until
   * the owning SIG sets a status; then its "VEP Status Metadata" goes, the two checked signoff items
   * are kept as a comment, and linting finds no new error.
   */
  @Test
  void aCorpusVepAfterMigrate() throws IOException {
    String relative = "veps/sig-compute/109-vgpu-live-migration/vep.md";
    Path root = TestRepository.at(dir).file(relative, Files.readString(Corpus.enhancements().resolve(relative))).root();
    new FrontMatterMigration(false).run(List.of(root));
    Path file = root.resolve(relative);

    assertThat(new LegacyDrop(false).run(List.of(root))).singleElement().satisfies(r -> {
      assertThat(r.outcome()).isEqualTo(Outcome.SKIPPED);
      assertThat(r.reason()).startsWith("front matter has no status yet");
    });

    String migrated = Files.readString(file);
    String withStatus = migrated.replaceFirst("status:  # TODO[^\n]*", "status: implementable");
    Files.writeString(file, withStatus);
    VepLinter linter = VepLinter.builder().today(LocalDate.of(2026, 3, 1)).build();
    Set<String> errorsBefore = errors(linter.lint(List.of(root)).findings());

    List<FileResult> results = new LegacyDrop(false).run(List.of(root));

    assertThat(results).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo(Outcome.MIGRATED));
    String after = Files.readString(file);
    Vep vep = VepParser.parse(relative, Files.readAllBytes(file));
    assertThat(vep.layout()).isEqualTo(Vep.Layout.FRONT_MATTER);
    assertThat(vep.allSections()).extracting(Section::text)
        .doesNotContain("VEP Status Metadata", "Target releases", "Release Signoff Checklist")
        .startsWith("VEP #109: Implement vGPU Enabled Live Migration", "Overview");
    assertThat(after).contains("# VEP #109: Implement vGPU Enabled Live Migration\n\n<!-- vep-lint migrate"
        + " --drop-legacy: from the removed 'VEP Status Metadata' prose, what the front matter does not say:\n"
        + "- [X] (R) Enhancement issue created, which links to VEP dir in [kubevirt/enhancements] (not the initial VEP PR)\n"
        + "- [x] (R) Alpha target version is explicitly mentioned and approved\n-->\n\n## Overview\n");
    // Everything from "## Overview" on is the original's, byte for byte.
    assertThat(after.substring(after.indexOf("## Overview"))).isEqualTo(withStatus.substring(withStatus.indexOf("## Overview")));
    assertThat(after.substring(0, after.indexOf("# VEP #109"))).isEqualTo(withStatus.substring(0, withStatus.indexOf("# VEP #109")));
    Set<String> errorsAfter = errors(linter.lint(List.of(root)).findings());
    assertThat(errorsAfter).isSubsetOf(errorsBefore);
    assertThat(new LegacyDrop(false).run(List.of(root))).singleElement()
        .satisfies(r -> assertThat(r.outcome()).isEqualTo(Outcome.ALREADY_MIGRATED));
    assertThat(Files.readString(file)).isEqualTo(after);
  }

  /**
   * The whole corpus (a copy) after {@code migrate} and with a status filled in everywhere: 53 of
   * the 64 main files lose their legacy sections, 11 are refused with a reason; no file gains an
   * error; a second run changes nothing.
   */
  @Test
  void theWholeCorpusAfterMigrate() throws IOException {
    Path root = dir.resolve("enhancements");
    try (var files = Files.walk(Corpus.enhancements())) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = root.resolve(Corpus.enhancements().relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    new FrontMatterMigration(false).run(List.of(root));
    for (FileResult r : new FrontMatterMigration(true).run(List.of(root))) {
      String text = Files.readString(r.file());
      Files.writeString(r.file(), text.replaceFirst("status:  # TODO[^\n]*", "status: provisional"));
    }
    VepLinter linter = VepLinter.builder().today(LocalDate.of(2026, 3, 1)).build();
    java.util.Map<String, Set<String>> before = errorsByFile(linter.lint(List.of(root)).findings());

    List<FileResult> results = new LegacyDrop(false).run(List.of(root));

    java.util.Map<Outcome, Long> outcomes = results.stream()
        .collect(Collectors.groupingBy(FileResult::outcome, java.util.TreeMap::new, Collectors.counting()));
    java.util.Map<String, Long> reasons = results.stream().filter(r -> r.outcome() == Outcome.SKIPPED)
        .collect(Collectors.groupingBy(r -> r.reason().replaceAll("'.*", "").replaceAll("\\(line.*", "").strip(),
            java.util.TreeMap::new, Collectors.counting()));
    assertThat(outcomes).containsExactly(java.util.Map.entry(Outcome.MIGRATED, 53L), java.util.Map.entry(Outcome.SKIPPED, 11L));
    // Ten justify in "Target releases" why there is no gate, which the feature-gate rule reads in prose only.
    assertThat(reasons).containsExactly(java.util.Map.entry("", 1L),
        java.util.Map.entry("front matter has no feature-gate and the sections say", 10L));
    assertThat(results).filteredOn(r -> r.reason().startsWith("'")).singleElement().satisfies(r -> {
      assertThat(r.relativePath()).isEqualTo("veps/sig-compute/80-tdx-sev-snp/vep.md");
      assertThat(r.reason()).isEqualTo("'Target releases (WorkloadEncryptionSEV)' (line 32) under 'VEP Status Metadata'"
          + " is not legacy metadata; move it out first");
    });
    assertThat(results).hasSize(64);
    java.util.Map<String, Set<String>> after = errorsByFile(linter.lint(List.of(root)).findings());
    after.forEach((file, rules) -> assertThat(rules).as(file).isSubsetOf(before.getOrDefault(file, Set.of())));
    List<FileResult> again = new LegacyDrop(false).run(List.of(root));
    for (int i = 0; i < again.size(); i++) {
      assertThat(again.get(i).outcome()).as(again.get(i).relativePath())
          .isIn(Outcome.ALREADY_MIGRATED, Outcome.SKIPPED);
      assertThat(again.get(i).after()).isEqualTo(results.get(i).after());
    }
  }

  private static java.util.Map<String, Set<String>> errorsByFile(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR)
        .collect(Collectors.groupingBy(Finding::file, Collectors.mapping(Finding::ruleId, Collectors.toSet())));
  }

  private static Set<String> errors(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::ruleId).collect(Collectors.toSet());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
