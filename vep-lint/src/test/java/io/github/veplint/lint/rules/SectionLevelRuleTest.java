package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.RuleTester.tester;
import static io.github.veplint.lint.rules.VepFixtures.HEADINGS_2025_05;
import static io.github.veplint.lint.rules.VepFixtures.SHORT_TEMPLATE;
import static io.github.veplint.lint.rules.VepFixtures.completeVep;
import static io.github.veplint.lint.rules.VepFixtures.lineOf;
import static io.github.veplint.lint.rules.VepFixtures.vep;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionLevelRuleTest {

  private static final String PATH = "veps/sig-compute/19-ibm-z-secure-execution/vep.md";
  private final SectionLevelRule rule = new SectionLevelRule();

  @Test
  void acceptsTemplateSectionsAtTheTemplatesLevel() {
    assertThat(tester().check(rule, PATH, completeVep("VEP #19: Secure Execution"))).isEmpty();
  }

  @Test
  void reportsATemplateSectionUsedAsTheFirstHeading() {
    // sig-compute/19 opens with "# Overview" instead of a title.
    String markdown =
        """
        # Overview
        Secure Execution for IBM Z.

        ## Goals

        Text.

        ## Non Goals

        Text.

        ### Alternatives

        Text.

        ## Graduation Requirements

        Text.
        """;

    List<Finding> findings = tester().template(SHORT_TEMPLATE).check(rule, PATH, markdown);

    assertThat(findings).hasSize(2);
    assertThat(findings.get(0))
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(1, 1));
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message())
                  .isEqualTo(
                      "'# Overview' is the template's '## Overview' section at the wrong heading"
                          + " level: make it '## Overview' so the VEP's outline matches the"
                          + " template");
            });
    assertThat(findings.get(1))
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(12, 1));
              assertThat(f.message())
                  .startsWith("'### Alternatives' is the template's '## Alternatives' section")
                  .contains("make it '## Alternatives'");
            });
  }

  @Test
  void allowsTheSameWordsInSubsectionsWhenTheSectionExists() {
    String markdown =
        completeVep("VEP #19: Secure Execution")
            .replace(
                "About Design.\n", "About Design.\n\n### Alternatives\n\nWhy not the other way.\n");

    assertThat(tester().check(rule, PATH, markdown)).isEmpty();
  }

  @Test
  void ignoresAttachments() {
    assertThat(
            tester()
                .check(rule, "veps/sig-compute/19-ibm-z-secure-execution/notes.md", "# Overview\n"))
        .isEmpty();
  }

  @Test
  void acceptsTheChecklistNestedWhereALaterTemplateNestsIt() {
    // The March 2026 bulk edit put '### Release Signoff Checklist' under '## VEP Status Metadata'
    // in VEPs whose body is still the 2025-05 template's: the later template's level counts.
    String markdown =
        vep("VEP #19: Secure Execution", HEADINGS_2025_05)
            .replace(
                "## Release Signoff Checklist\n",
                "## VEP Status Metadata\n\nText.\n\n### Release Signoff Checklist\n");

    assertThat(tester().check(rule, PATH, markdown)).isEmpty();
  }

  @Test
  void holdsAVepOfAnOlderGenerationToThatGenerationsLevels() {
    String markdown =
        vep("VEP #19: Secure Execution", HEADINGS_2025_05)
            .replace("## Implementation Phases\n", "### Implementation Phases\n");

    assertThat(tester().check(rule, PATH, markdown))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position())
                  .isEqualTo(new SourcePosition(lineOf(markdown, "### Implementation Phases"), 1));
              assertThat(f.message())
                  .startsWith(
                      "'### Implementation Phases' is the template's '## Implementation Phases'"
                          + " section at the wrong heading level");
            });
  }

  @Test
  void fixesTheLevelAndAHeadingMovedUpTakesItsSubsectionsWhileOneMovedDownLeavesThem() {
    String markdown = """
        # Overview
        Text.

        ## Goals

        Text.

        ### Alternatives

        #### Option A

        Text.
        """;
    assertThat(tester().template(SHORT_TEMPLATE).fixed(rule, PATH, markdown)).isEqualTo("""
        ## Overview
        Text.

        ## Goals

        Text.

        ## Alternatives

        ### Option A

        Text.
        """);
    assertThat(tester().template(SHORT_TEMPLATE).check(rule, PATH, markdown))
        .extracting(f -> f.fix().orElseThrow().description())
        .containsExactly("make it '## Overview'", "make it '## Alternatives' and move its subsections with it");
  }

  @Test
  void offersNoFixForASetextHeading() {
    String markdown = "Overview\n========\n\nText.\n\n## Goals\n\nText.\n";
    assertThat(tester().template(SHORT_TEMPLATE).check(rule, PATH, markdown))
        .singleElement().satisfies(f -> assertThat(f.fix()).isEmpty());
  }
}
