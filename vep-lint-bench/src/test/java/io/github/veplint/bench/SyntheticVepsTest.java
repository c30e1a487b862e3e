package io.github.veplint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.VepLinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticVepsTest {

  @TempDir Path dir;

  @Test
  void writesNVepsInBothLayoutsWithRealisticSizes() throws IOException {
    SyntheticVeps.Summary summary = SyntheticVeps.generate(dir, 100, 42L);

    assertThat(summary.veps()).isEqualTo(100);
    assertThat(summary.olderLayout()).isBetween(25, 32);
    assertThat(summary.defective()).isBetween(10, 15);
    List<Path> files = vepFiles(dir);
    assertThat(files).hasSize(100);
    long fronted = files.stream().filter(f -> read(f).startsWith("---\n")).count();
    assertThat(fronted).isEqualTo(100 - summary.olderLayout());
    long averageBytes = summary.bytes() / summary.veps();
    assertThat(averageBytes).isBetween(10_000L, 25_000L);
    assertThat(files.stream().mapToLong(f -> size(f)).max().orElse(0)).isLessThan(70_000L);
    assertThat(dir.resolve("veps/NNNN-vep-template/vep.md")).isRegularFile();
  }

  @Test
  void sameSeedSameBytes(@TempDir Path other) throws IOException {
    SyntheticVeps.generate(dir, 12, 7L);
    SyntheticVeps.generate(other, 12, 7L);
    for (int i = 0; i < 12; i++) {
      String file = SyntheticVeps.directory(i) + "/vep.md";
      assertThat(read(other.resolve(file))).isEqualTo(read(dir.resolve(file)));
    }
  }

  @Test
  void cleanVepsLintCleanAndEachDefectIsReported() throws IOException {
    int count = 8 * SyntheticVeps.Defect.values().length;
    SyntheticVeps.generate(dir, count, 3L);
    LintResult result = VepLinter.builder().today(LocalDate.of(2026, 11, 25)).build().lint(List.of(dir));

    assertThat(result.files()).hasSize(count);
    for (int i = 0; i < count; i++) {
      String file = SyntheticVeps.directory(i) + "/vep.md";
      Set<String> errors = result.findingsIn(file).stream()
          .filter(f -> f.severity() == io.github.veplint.lint.finding.Severity.ERROR)
          .map(Finding::ruleId)
          .collect(Collectors.toSet());
      if (SyntheticVeps.defect(i) == null) {
        assertThat(errors).as(file).isEmpty();
      }
    }
    Set<String> rules = result.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
    assertThat(rules)
        .contains("missing-section", "empty-section", "template-placeholder", "broken-link",
            "target-release", "owning-sig", "implementable-readiness");
  }

  private static List<Path> vepFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root.resolve("veps"))) {
      return walk.filter(p -> p.getFileName().toString().equals("vep.md"))
          .filter(p -> !p.toString().contains("NNNN"))
          .toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
