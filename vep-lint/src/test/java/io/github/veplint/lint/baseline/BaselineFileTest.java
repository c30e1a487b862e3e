package io.github.veplint.lint.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vep-lint baseline -o FILE} and {@code check --baseline FILE}: write, read, shrink. */
class BaselineFileTest {

  private static final String ONE = "veps/sig-a/1-one/vep.md";
  private static final String TWO_ERRORS = TestRepository.CLEAN_VEP.replace("alpha: \"v1.9\"", "alpha: \"1.9\"")
      .replace("# VEP #1: A clean proposal", "# A clean proposal");

  @TempDir Path dir;

  private static LintResult lint(Path root, Path baseline) {
    VepLinter.Builder builder = VepLinter.builder().today(LocalDate.of(2026, 1, 20));
    if (baseline != null) {
      builder.baseline(baseline);
    }
    return builder.build().lint(List.of(root));
  }

  @Test
  void aBaselineIsWrittenSortedAndReadBackEqual() throws Exception {
    TestRepository repo = TestRepository.at(dir.resolve("repo")).file(ONE, TWO_ERRORS);
    LintResult before = lint(repo.root(), null);
    assertThat(before.findings()).extracting(Finding::ruleId).contains("target-release", "title-format");

    Path file = dir.resolve("baseline.json");
    BaselineFile.of(before.findings()).write(file);
    String json = Files.readString(file, StandardCharsets.UTF_8);

    assertThat(json).startsWith("{\n  \"$schema\" : \"https://veplint.github.io/schemas/vep-lint-baseline.schema.json\"")
        .endsWith("}\n").doesNotContain("\"line\"");
    assertThat(BaselineFile.read(file).entries()).isEqualTo(BaselineFile.of(before.findings()).entries())
        .isSorted();
    // The same findings in another order write the same bytes.
    assertThat(BaselineFile.of(reversedFindings(before)).toJson()).isEqualTo(json);
  }

  private static List<Finding> reversedFindings(LintResult result) {
    List<Finding> reversed = new java.util.ArrayList<>(result.findings());
    java.util.Collections.reverse(reversed);
    return reversed;
  }

  @Test
  void listedFindingsFailNothingAndFixedOnesAreReported() throws Exception {
    TestRepository repo = TestRepository.at(dir.resolve("repo")).file(ONE, TWO_ERRORS);
    Path file = dir.resolve("baseline.json");
    BaselineFile.of(lint(repo.root(), null).findings()).write(file);

    // Lines move, the title is fixed, a new error comes.
    repo.file(ONE, TWO_ERRORS.replace("# A clean proposal", "# VEP #1: A clean proposal\n\nIntroduction.")
        .replace("owning-sig: sig-a", "owning-sig: sig-unknown"));
    LintResult after = lint(repo.root(), file);

    Finding release = after.findings().stream().filter(f -> f.ruleId().equals("target-release")).findFirst().orElseThrow();
    assertThat(after.baselineState(release)).contains(BaselineState.UNCHANGED);
    assertThat(after.comparison().fixed()).extracting(BaselineEntry::rule).containsExactly("title-format");
    assertThat(after.findings()).filteredOn(f -> after.baselineState(f).orElseThrow() == BaselineState.NEW)
        .extracting(Finding::ruleId).containsExactly("owning-sig");
    assertThat(after.failsAt(Severity.ERROR)).as("the new owning-sig error fails").isTrue();

    // Written again, the baseline shrank: the fixed title is gone.
    BaselineFile.of(after.preExistingFindings()).write(file);
    assertThat(BaselineFile.read(file).entries()).extracting(BaselineEntry::rule).doesNotContain("title-format")
        .contains("target-release");
  }

  @Test
  void aBrokenBaselineIsOneLineNamingTheFile() throws Exception {
    Path file = dir.resolve("baseline.json");
    Files.writeString(file, "{\"findings\": [{\"rule\": \"title-format\", \"file\": \"a.md\"}]}");
    assertThatThrownBy(() -> BaselineFile.read(file)).isInstanceOf(ConfigurationException.class)
        .hasMessage(file + ": findings[0] needs 'rule', 'file' and a 16-digit 'fingerprint'");
    Files.writeString(file, "{\"findings\": [\n");
    assertThatThrownBy(() -> BaselineFile.read(file)).isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(file + ":2: not valid JSON");
  }
}
