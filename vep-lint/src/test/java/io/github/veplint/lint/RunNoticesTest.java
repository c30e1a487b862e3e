package io.github.veplint.lint;

import io.github.veplint.lint.finding.Notice;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.config.RuleSetting;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run could not decide is said once per run, as a notice of the run rather than a finding
 * in a file: date rules without a release schedule, and missing sections that cannot be dated. A
 * rule turned off says nothing; a severity configured for the rule does not make a notice a finding.
 */
class RunNoticesTest {

  @TempDir Path root;

  private LintResult run(Map<String, RuleSetting> settings) {
    return VepLinter.builder()
        .today(LocalDate.of(2026, 11, 25))
        .ruleSettings(settings)
        .build()
        .lint(List.of(root));
  }

  private List<Notice> lint(Map<String, RuleSetting> settings) {
    return run(settings).notices();
  }

  private void twoVeps() {
    TestRepository.at(root)
        .file("veps/sig-a/1-one/vep.md", TestRepository.CLEAN_VEP)
        .file(
            "veps/sig-a/2-two/vep.md",
            TestRepository.CLEAN_VEP.replace("VEP #1", "VEP #2").replace("vep-number: 1", "vep-number: 2"));
  }

  @Test
  void dateRulesWithoutAScheduleSaySoOncePerRunAsInfo() {
    twoVeps();

    LintResult result = run(Map.of());
    assertThat(result.findings()).isEmpty();
    assertThat(result.notices()).extracting(Notice::ruleId).containsExactly("future-target");
    assertThat(result.notices().get(0).message())
        .startsWith("no release schedule is configured, so 'future-target' and 'vep-freeze' checked"
            + " nothing: set 'schedule' in .vep-lint.yaml");
  }

  @Test
  void aConfiguredSeverityDoesNotMakeTheNoticeAFindingAndOffSilencesIt() {
    twoVeps();

    LintResult strict = run(Map.of("future-target", RuleSetting.ERROR));
    assertThat(strict.findings()).isEmpty();
    assertThat(strict.notices()).extracting(Notice::ruleId).containsExactly("future-target");
    assertThat(lint(Map.of("future-target", RuleSetting.OFF))).as("vep-freeze still checked nothing")
        .extracting(Notice::ruleId).containsExactly("vep-freeze");
    assertThat(lint(Map.of("future-target", RuleSetting.OFF, "vep-freeze", RuleSetting.OFF))).isEmpty();
  }

  @Test
  void undatableMissingSectionsAreExplainedInOneNotice() {
    TestRepository.at(root)
        .file("veps/NNNN-vep-template/vep.md", "# VEP #NNNN: T\n\n## Overview\n\n## Risks\n\n## Costs\n")
        .file("veps/sig-a/1-one/vep.md", "# VEP #1: One\n\n## Overview\n\nText.\n")
        .file("veps/sig-a/2-two/vep.md", "# VEP #2: Two\n\n## Overview\n\nText.\n\n## Risks\n\nNone.\n");

    List<Notice> notices = lint(Map.of("future-target", RuleSetting.OFF, "vep-freeze", RuleSetting.OFF));

    assertThat(notices).extracting(Notice::ruleId).containsExactly("missing-section");
    assertThat(notices.get(0).message())
        .startsWith("missing sections vep-lint cannot date are warnings rather than errors");
  }
}
