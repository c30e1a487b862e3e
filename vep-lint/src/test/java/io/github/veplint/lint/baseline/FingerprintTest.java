package io.github.veplint.lint.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {

  private static Finding at(String rule, int line, String message) {
    return new Finding(rule, Severity.ERROR, "veps/sig-a/1-one/vep.md", new SourcePosition(line, 3), message);
  }

  @Test
  void theLineAndTheLinesQuotedInTheMessageAreNoPartOfIt() {
    Finding before = at("section-order", 12, "'## Goals' (line 12) comes before '## Motivation' (line 30)");
    Finding after = at("section-order", 40, "'## Goals' (line 40) comes before '## Motivation' (line 58)");

    assertThat(Fingerprint.of(after)).isEqualTo(Fingerprint.of(before)).matches("[0-9a-f]{16}");
    assertThat(Fingerprint.subject(after)).isEqualTo("'## Goals' (line #) comes before '## Motivation' (line #)");
  }

  @Test
  void anotherSubjectOrRuleIsAnotherFinding() {
    Finding release = at("target-release", 7, "'1.9' is not a release as KubeVirt writes it: write v1.9");

    assertThat(Fingerprint.of(at("target-release", 7, "'1.10' is not a release as KubeVirt writes it: write v1.10")))
        .isNotEqualTo(Fingerprint.of(release));
    assertThat(Fingerprint.of(at("handle-format", 7, release.message()))).isNotEqualTo(Fingerprint.of(release));
  }

  @Test
  void aMissingSectionIsKeyedByItsHeadingNotByItsHints() {
    Finding plain = at("missing-section", 187, "missing '## API Examples' section required by the VEP template: add it");
    Finding hinted = at("missing-section", 190, "missing '## API Examples' section required by the VEP template: add it;"
        + " the VEP covers this topic under '### API Example: VM' (line 267)");

    assertThat(Fingerprint.of(hinted)).isEqualTo(Fingerprint.of(plain));
    assertThat(Fingerprint.of(at("missing-section", 187, "missing '## Alternatives' section required by the VEP template")))
        .isNotEqualTo(Fingerprint.of(plain));
  }

  @Test
  void aDirectoryNameIsKeyedByWhatIsWrongNotByTheSuggestedName() {
    String wrong = "VEP files must be inside a '<number>-<name>/' directory, not directly in the SIG directory";
    Finding before = at("dir-name", 1, wrong + ": move this file to 'veps/sig-storage/22-incremental-backup/vep.md'");
    Finding after = at("dir-name", 1, wrong + ": move this file to 'veps/sig-storage/25-incremental-backup/vep.md'");

    assertThat(Fingerprint.of(after)).isEqualTo(Fingerprint.of(before));
    assertThat(Fingerprint.subject(after)).isEqualTo(wrong);
  }

  @Test
  void matchingCountsEqualFindings() {
    Finding first = at("target-release", 7, "'1.9' is not a release as KubeVirt writes it: write v1.9");
    Finding second = at("target-release", 9, first.message());
    Finding third = at("target-release", 11, first.message());

    Comparison comparison = Comparison.match("the base", List.of(first, second, third),
        List.of(BaselineEntry.of(first), BaselineEntry.of(first)), true);

    // Two were there, so the third (in report order) is new; nothing is fixed.
    assertThat(comparison.preExisting()).containsExactlyInAnyOrder(first, second);
    assertThat(comparison.state(third)).contains(BaselineState.NEW);
    assertThat(comparison.fails(List.of(first, second), Severity.ERROR)).isFalse();
    assertThat(comparison.fails(List.of(third), Severity.ERROR)).isTrue();
    assertThat(comparison.fixed()).isEmpty();

    Comparison fixed = Comparison.match("the base", List.of(first), List.of(BaselineEntry.of(first),
        BaselineEntry.of(at("title-format", 1, "the VEP has no title heading"))), false);
    assertThat(fixed.fixed()).extracting(BaselineEntry::rule).containsExactly("title-format");
    assertThat(fixed.fails(List.of(first), Severity.ERROR)).as("without new-only, pre-existing ones count").isTrue();
  }
}
