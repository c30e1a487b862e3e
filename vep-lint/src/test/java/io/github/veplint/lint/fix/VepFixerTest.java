package io.github.veplint.lint.fix;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.rules.TargetReleaseRule;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.model.Vep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VepFixerTest {

  @TempDir Path root;

  private static final String LEGACY = """
      # VEP #7: Seven

      ## VEP Status Metadata

      ### Target releases

      - This VEP targets alpha for version: 1.9
      - This VEP targets beta for version: v1.10.
      - This VEP targets GA for version: v1.11 (after a soak)

      ## Overview

      Text.
      """;

  private static VepLinter linter() {
    return VepLinter.builder().today(LocalDate.of(2026, 11, 25)).build();
  }

  private static VepLinter linter(List<io.github.veplint.lint.spi.Rule> rules) {
    return VepLinter.builder().today(LocalDate.of(2026, 11, 25)).rules(rules).build();
  }

  private Path vep(String relative, String content) {
    TestRepository.at(root).file(relative, content);
    return root.resolve(relative);
  }

  @Test
  void fixesTargetReleasesKeepingCrlfBomAndPermissionsAndASecondRunChangesNothing() throws IOException {
    Path file = vep("veps/sig-a/7-seven/vep.md", "");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = LEGACY.replace("\n", "\r\n").getBytes(UTF_8);
    byte[] original = new byte[3 + body.length];
    System.arraycopy(bom, 0, original, 0, 3);
    System.arraycopy(body, 0, original, 3, body.length);
    Files.write(file, original);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));

    VepFixer.Report report = new VepFixer(linter(List.of(new TargetReleaseRule()))).fix(List.of(root), false);

    assertThat(report.changes()).singleElement().satisfies(change -> {
      assertThat(change.file()).isEqualTo("veps/sig-a/7-seven/vep.md");
      assertThat(change.fixed()).extracting(Finding::line, Finding::column)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(7, 39), org.assertj.core.groups.Tuple.tuple(8, 38));
    });
    byte[] fixed = Files.readAllBytes(file);
    assertThat(fixed).startsWith(bom);
    assertThat(new String(fixed, 3, fixed.length - 3, UTF_8)).isEqualTo(LEGACY
        .replace("version: 1.9", "version: v1.9")
        .replace("v1.10.", "v1.10")
        .replace("\n", "\r\n"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
    assertThat(report.after().findings()).as("the release with a note is the author's to fix")
        .singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(9));
    assertThat(report.skipped()).isEmpty();

    VepFixer.Report again = new VepFixer(linter(List.of(new TargetReleaseRule()))).fix(List.of(root), false);
    assertThat(again.changes()).isEmpty();
    assertThat(Files.readAllBytes(file)).isEqualTo(fixed);
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).as("no temporary file left").containsExactly(file);
    }
  }

  @Test
  void aDryRunWritesNothingButSaysWhatItWouldDo() throws IOException {
    Path file = vep("veps/sig-a/7-seven/vep.md", LEGACY);
    VepFixer.Report report = new VepFixer(linter(List.of(new TargetReleaseRule()))).fix(List.of(root), true);
    assertThat(report.written()).isFalse();
    assertThat(report.fixedCount()).isEqualTo(2);
    assertThat(new String(report.changes().get(0).after(), UTF_8)).contains("version: v1.9\n");
    assertThat(Files.readString(file)).isEqualTo(LEGACY);
  }

  /** Stands for an editor saving the file while the linter reads it. */
  static final class SavesTheFileWhileLinted implements DocumentRule {
    @Override
    public String id() {
      return "test-editor";
    }

    @Override
    public io.github.veplint.lint.finding.Severity defaultSeverity() {
      return io.github.veplint.lint.finding.Severity.INFO;
    }

    @Override
    public String summary() {
      return "appends a line to the file it checks";
    }

    @Override
    public void check(VepFile file, FindingSink sink) {
      Vep vep = file.vep();
      LintContext context = file.context();
      try {
        Files.writeString(context.repositoryRoot().resolve(vep.location().relativePath()), "\nSaved.\n",
            java.nio.file.StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void aFileChangedOnDiskSinceItWasLintedIsLeftAlone() throws IOException {
    Path file = vep("veps/sig-a/7-seven/vep.md", LEGACY);
    VepFixer.Report report = new VepFixer(linter(List.of(new TargetReleaseRule(), new SavesTheFileWhileLinted())))
        .fix(List.of(root), false);
    assertThat(report.changes()).isEmpty();
    assertThat(report.skipped()).extracting(VepFixer.Skipped::reason)
        .containsOnly("changed on disk since it was linted; run fix again");
    assertThat(Files.readString(file)).isEqualTo(LEGACY + "\nSaved.\n");
  }

  @Test
  void aFileThatIsNotUtf8IsNotRewritten() throws IOException {
    Path file = vep("veps/sig-a/7-seven/vep.md", "");
    byte[] bytes = (LEGACY + "caf\u00e9").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(file, bytes);
    VepFixer.Report report = new VepFixer(linter(List.of(new TargetReleaseRule()))).fix(List.of(root), false);
    assertThat(report.changes()).isEmpty();
    assertThat(report.skipped()).extracting(s -> s.finding().line()).containsExactly(7, 8);
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
  }

  @Test
  void aVepFileInItsSigDirectoryMovesIntoItsOwnDirectoryWithEveryLinkKeptPointingWhereItDid() throws IOException {
    Path single = vep("veps/sig-a/decouple.md", """
        # VEP #106: Decouple

        See [the other VEP](2-other/vep.md), [the README](../../README.md#top),
        ![a picture](images/flow.png) and [myself](decouple.md#goals).
        """);
    vep("README.md", "[decoupling](veps/sig-a/decouple.md) and [elsewhere](https://example.com/decouple.md)\n");
    vep("veps/sig-a/2-other/vep.md", "# VEP #2: Other\n\nBuilds on [decoupling](../decouple.md#design).\n");
    vep("veps/sig-a/images/flow.png", "png");
    Files.setPosixFilePermissions(single, PosixFilePermissions.fromString("rw-r-----"));

    VepFixer.Report report =
        new VepFixer(linter(List.of(new io.github.veplint.lint.rules.DirNameRule()))).fix(List.of(root), false);

    Path moved = root.resolve("veps/sig-a/106-decouple/vep.md");
    assertThat(single).doesNotExist();
    assertThat(Files.readString(moved)).isEqualTo("""
        # VEP #106: Decouple

        See [the other VEP](../2-other/vep.md), [the README](../../../README.md#top),
        ![a picture](../images/flow.png) and [myself](vep.md#goals).
        """);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(moved))).isEqualTo("rw-r-----");
    assertThat(Files.readString(root.resolve("README.md")))
        .isEqualTo("[decoupling](veps/sig-a/106-decouple/vep.md) and [elsewhere](https://example.com/decouple.md)\n");
    assertThat(Files.readString(root.resolve("veps/sig-a/2-other/vep.md")))
        .isEqualTo("# VEP #2: Other\n\nBuilds on [decoupling](../106-decouple/vep.md#design).\n");
    assertThat(report.changes()).extracting(VepFixer.FileChange::file, VepFixer.FileChange::path).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("veps/sig-a/decouple.md", "veps/sig-a/106-decouple/vep.md"),
        org.assertj.core.groups.Tuple.tuple("README.md", "README.md"),
        org.assertj.core.groups.Tuple.tuple("veps/sig-a/2-other/vep.md", "veps/sig-a/2-other/vep.md"));
    assertThat(report.after().findings()).as("only the images directory this test made is left")
        .extracting(Finding::file).containsExactly("veps/sig-a/images");
  }

  @Test
  void aVepFileWithoutANumberIsNotMovedForTheNumberWouldBeAGuess() throws IOException {
    Path single = vep("veps/sig-a/decouple.md", "# Decouple\n");
    VepFixer.Report report =
        new VepFixer(linter(List.of(new io.github.veplint.lint.rules.DirNameRule()))).fix(List.of(root), false);
    assertThat(report.changes()).isEmpty();
    assertThat(report.after().findings()).singleElement()
        .satisfies(f -> assertThat(f.fix()).isEmpty());
    assertThat(single).hasContent("# Decouple");
  }
}
