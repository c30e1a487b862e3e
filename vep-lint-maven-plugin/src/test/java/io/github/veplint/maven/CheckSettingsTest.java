package io.github.veplint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.config.FailOn;
import io.github.veplint.lint.config.RuleSetting;
import io.github.veplint.lint.report.ReportTargets;
import io.github.veplint.model.SourcePosition;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** The parameter parsing of the check goal; the goal itself is tested by the invoker builds in src/it. */
class CheckSettingsTest {

  private static final Path PROJECT = Path.of("/work/project").toAbsolutePath();
  private static final Path REPORTS = PROJECT.resolve("target/vep-lint");

  @Test
  void failOnIsOptionalAndValidated() throws Exception {
    assertThat(CheckSettings.failOn(null)).isEmpty();
    assertThat(CheckSettings.failOn(" warning ")).contains(FailOn.WARNING);
    assertThatThrownBy(() -> CheckSettings.failOn("errors"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("failOn: 'errors' is not one of error, warning, never");
  }

  @Test
  void todayIsAnIsoDate() throws Exception {
    assertThat(CheckSettings.today("")).isEmpty();
    assertThat(CheckSettings.today("2026-01-15")).contains(LocalDate.of(2026, 1, 15));
    assertThatThrownBy(() -> CheckSettings.today("15.01.2026"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("today: '15.01.2026' is not a date");
  }

  @Test
  void rulesNeedKnownIdsAndLevels() throws Exception {
    Map<String, String> rules = new LinkedHashMap<>();
    rules.put("title-format", " warning");
    assertThat(CheckSettings.rules(rules, Set.of("title-format")))
        .containsExactly(Map.entry("title-format", RuleSetting.WARNING));
    assertThatThrownBy(() -> CheckSettings.rules(Map.of("no-such-rule", "off"), Set.of("title-format")))
        .hasMessage("rules: unknown rule 'no-such-rule'; the rules are [title-format]");
    assertThatThrownBy(() -> CheckSettings.rules(Map.of("title-format", "loud"), Set.of("title-format")))
        .hasMessage("rules: title-format='loud': the level must be error, warning, info or off");
  }

  @Test
  void ruleListIsTheCommandLineForm() throws Exception {
    assertThat(CheckSettings.ruleList("title-format=warning, unused-suppression=off,"))
        .containsExactly(Map.entry("title-format", "warning"), Map.entry("unused-suppression", "off"));
    assertThat(CheckSettings.ruleList(null)).isEmpty();
    assertThatThrownBy(() -> CheckSettings.ruleList("title-format"))
        .hasMessageStartingWith("rules: 'title-format' is not RULE=LEVEL").hasMessageEndingWith("in vep-lint.rules");
  }

  @Test
  void formatsResolveFilesAndDefaultNames() throws Exception {
    List<ReportTargets.Target> targets = CheckSettings.formats(
        List.of("text", " text = out/lint.txt "), PROJECT, REPORTS);
    assertThat(targets).extracting(t -> t.file().orElseThrow())
        .containsExactly(REPORTS.resolve("vep-lint.txt"), PROJECT.resolve("out/lint.txt"));
    assertThat(CheckSettings.formats(List.of(), PROJECT, REPORTS)).isEmpty();
  }

  @Test
  void unknownFormatIsAnErrorWhereverItIsWritten() {
    // No default is special: an entry written as the goal's default writes it is checked the same.
    assertThatThrownBy(() -> CheckSettings.formats(List.of("no-such-format"), PROJECT, REPORTS))
        .hasMessageStartingWith("formats: unknown report format 'no-such-format'; use one of [");
    assertThatThrownBy(() -> CheckSettings.formats(
            List.of("text=" + REPORTS.resolve("vep-lint.txt"), "no-such-format=" + REPORTS.resolve("x")),
            PROJECT, REPORTS))
        .hasMessageStartingWith("formats: unknown report format 'no-such-format'");
  }

  @Test
  void formatsRejectEmptyAndSharedFiles() {
    assertThatThrownBy(() -> CheckSettings.formats(List.of("text="), PROJECT, REPORTS))
        .hasMessage("formats: 'text=': the file name after '=' is empty");
    assertThatThrownBy(() -> CheckSettings.formats(
            List.of("text=a.txt", "text=./a.txt"), PROJECT, REPORTS))
        .hasMessageContaining("would both be written to");
  }

  @Test
  void failureSummaryCountsAndPointsAtTheReport() {
    LintResult result = new LintResult("/repo", List.of("veps/sig-x/1-a/vep.md", "veps/sig-x/2-b/vep.md"), List.of(
        finding("title-format", Severity.ERROR, "veps/sig-x/1-a/vep.md"),
        finding("title-format", Severity.WARNING, "veps/sig-x/2-b/vep.md"),
        finding("unused-suppression", Severity.INFO, "veps/sig-x/2-b/vep.md")));
    assertThat(CheckSettings.failureSummary(result, FailOn.ERROR, Optional.of("target/vep-lint/vep-lint.txt")))
        .startsWith("vep-lint found 1 error and 1 warning in 2 VEP files; see target/vep-lint/vep-lint.txt. ")
        .contains("failOn is 'error'", "<rules><title-format>warning</title-format></rules>");
    assertThat(CheckSettings.failureSummary(result, FailOn.WARNING, Optional.empty()))
        .startsWith("vep-lint found 1 error and 1 warning in 2 VEP files. ")
        .contains("-Dvep-lint.rules=title-format=info");
  }

  private static Finding finding(String rule, Severity severity, String file) {
    return new Finding(rule, severity, file, SourcePosition.START, "message");
  }
}
