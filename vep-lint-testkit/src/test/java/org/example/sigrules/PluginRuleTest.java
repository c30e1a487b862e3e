package org.example.sigrules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.spi.Rule;
import io.github.veplint.testkit.RuleCheck;
import org.junit.jupiter.api.Test;

/**
 * A plug-in rule tested the way its author tests it: with the kit, from a package of the author's
 * own (so only the kit's public API is used), the rule found through its {@code META-INF/services}
 * entry as a run finds it. vep-lint's {@code PluginRuleTest} keeps what only a real jar shows: the
 * same rule compiled into a jar and loaded through {@code VepLinter.Builder.classLoader}.
 */
class PluginRuleTest {

  /** The rule as a run gets it: discovered on the class path, not constructed. */
  private static Rule discovered() {
    return VepLinter.builder().build().rule("require-risks")
        .orElseThrow(() -> new AssertionError("require-risks is not discovered: check META-INF/services"));
  }

  @Test
  void theServiceEntryRegistersTheRuleBesideTheBuiltInOnes() {
    assertThat(VepLinter.discoverRules(PluginRuleTest.class.getClassLoader()))
        .extracting(Rule::id).contains("require-risks", "unused-suppression", "title-format");
    assertThat(discovered()).isInstanceOf(RequireRisksSection.class);
    assertThat(discovered().defaultSeverity()).isEqualTo(io.github.veplint.lint.finding.Severity.WARNING);
  }

  @Test
  void aVepWithoutRisksIsAWarningOnItsTitle() {
    RuleCheck.of(discovered()).today("2026-11-25").verifyResource("sigrules-fixtures/require-risks/bad.md");
  }

  @Test
  void aVepWithRisksPasses() {
    RuleCheck.of(discovered()).today("2026-11-25").at("veps/sig-a/2-two/vep.md")
        .verifyResource("sigrules-fixtures/require-risks/good.md");
  }

  @Test
  void inARepositoryOnlyTheVepWithoutRisksIsReported() {
    // The old scenario: two VEPs of one SIG, one finding, in VEP 1 at 1:1, a warning. VEP 2 is an
    // extra file without markers, so any finding in it would fail the check.
    RuleCheck.of(discovered()).today("2026-11-25").at("veps/sig-a/1-one/vep.md")
        .file("veps/sig-a/2-two/vep.md", "# VEP #2: Two\n\n## Risks\n\nNone.\n")
        .verifyResource("sigrules-fixtures/require-risks/bad.md");
  }

  @Test
  void aRisksSectionInAnAttachmentIsNotAskedFor() {
    RuleCheck.of(discovered()).at("veps/sig-a/1-one/notes.md")
        .file("veps/sig-a/1-one/vep.md", "# VEP #1: One\n\n## Risks\n\nNone.\n")
        .verify("# Notes\n\nNo Risks section here, and none needed.\n");
  }
}
