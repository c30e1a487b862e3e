package io.github.veplint.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.baseline.BaselineEntry;
import io.github.veplint.lint.baseline.Comparison;
import io.github.veplint.lint.baseline.Fingerprint;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pre-existing findings in every report: SARIF baselineState, JSON baseline, text group, GitHub notices. */
class BaselineStateReportsTest {

  /** The fixture's result with its first error pre-existing (and one fixed finding of the base). */
  private static LintResult compared() {
    LintResult result = Fixtures.result();
    Finding old = result.findings().stream().filter(f -> f.severity() == Severity.ERROR && !f.file().isEmpty()).findFirst().orElseThrow();
    BaselineEntry gone = new BaselineEntry("title-format", old.file(), "0123456789abcdef", "gone");
    return result.withComparison(Comparison.match("the base main (abc1234)", result.findings(),
        List.of(BaselineEntry.of(old), gone), true));
  }

  private static Finding preExisting(LintResult result) {
    return result.preExistingFindings().get(0);
  }

  @Test
  void sarifCarriesBaselineStateAndTheFingerprintOnEveryResultAndStaysValid() {
    LintResult result = compared();
    JsonNode log = Validators.json(Fixtures.render(new SarifReport(), result, Fixtures.context()));

    assertThat(Validators.sarifViolations(log)).isEmpty();
    JsonNode results = log.path("runs").get(0).path("results");
    assertThat(results).hasSize(result.findings().size());
    for (int i = 0; i < results.size(); i++) {
      Finding finding = result.findings().get(i);
      assertThat(results.get(i).path("partialFingerprints").path("vepLint/v1").asText())
          .isEqualTo(Fingerprint.of(finding));
      assertThat(results.get(i).path("baselineState").asText())
          .isEqualTo(finding.equals(preExisting(result)) ? "unchanged" : "new");
    }
    // Without a comparison there is no baselineState, but still the fingerprint.
    JsonNode plain = Validators.json(Fixtures.render(new SarifReport(), Fixtures.result(), Fixtures.context()));
    assertThat(plain.path("runs").get(0).path("results").get(0).has("baselineState")).isFalse();
    assertThat(plain.path("runs").get(0).path("results").get(0).path("partialFingerprints").has("vepLint/v1")).isTrue();
  }

  @Test
  void jsonMarksEachFindingAndCountsThemAndStaysValid() {
    LintResult result = compared();
    JsonNode report = Validators.json(Fixtures.render(new JsonReport(), result, Fixtures.context()));

    assertThat(Validators.reportViolations(report)).isEmpty();
    assertThat(report.path("findings")).filteredOn(f -> f.path("baseline").asText().equals("unchanged")).hasSize(1);
    assertThat(report.path("findings")).allSatisfy(f -> assertThat(f.path("fingerprint").asText()).hasSize(16));
    assertThat(report.path("summary").path("preExisting").asInt()).isEqualTo(1);
    assertThat(report.path("summary").path("fixed").asInt()).isEqualTo(1);
  }

  @Test
  void textShowsPreExistingFindingsAsASeparateGroupWithTheirCount() {
    LintResult result = compared();
    String text = Fixtures.render(new TextReport(), result, Fixtures.context());
    Finding old = preExisting(result);
    String line = old.file() + ":" + old.line() + ":" + old.column();

    int group = text.indexOf("1 finding was already there in the base main (abc1234) (they fail nothing):\n");
    assertThat(group).isPositive();
    assertThat(text.indexOf(line)).isGreaterThan(group);
    assertThat(text).contains("fixed: 1 finding of the base main (abc1234) no longer occurs\n");
  }

  @Test
  void githubAnnotatesPreExistingFindingsAsNotices() {
    LintResult result = compared();
    String out = Fixtures.render(new GithubReport(java.util.Optional.empty()), result, Fixtures.context());
    Finding old = preExisting(result);

    assertThat(out.lines()).filteredOn(l -> l.contains("file=" + old.file().replace(":", "%3A") + ",line=" + old.line() + ","))
        .filteredOn(l -> l.contains("title=" + old.ruleId() + "::"))
        .singleElement().satisfies(l -> assertThat(l).startsWith("::notice ")
            .contains("::pre-existing error (there before this change): "));
    assertThat(out.lines()).anyMatch(l -> l.startsWith("::error "));
  }

  @Test
  void withoutNewOnlyAPreExistingFindingKeepsItsSeverityAsItStillFails() {
    LintResult result = Fixtures.result();
    Finding old = result.findings().stream().filter(f -> f.severity() == Severity.ERROR && !f.file().isEmpty()).findFirst().orElseThrow();
    LintResult strict = result.withComparison(Comparison.match("the base main (abc1234)", result.findings(),
        List.of(BaselineEntry.of(old)), false));
    String out = Fixtures.render(new GithubReport(java.util.Optional.empty()), strict, Fixtures.context());

    assertThat(strict.fails()).isTrue();
    assertThat(out.lines()).filteredOn(l -> l.contains(",line=" + old.line() + ",col=" + old.column() + ",title=" + old.ruleId() + "::"))
        .filteredOn(l -> l.contains("file=" + old.file().replace(":", "%3A") + ","))
        .singleElement().satisfies(l -> assertThat(l).startsWith("::error ")
            .contains("::pre-existing error (there before this change): "));
  }
}
