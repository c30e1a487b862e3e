package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.RuleTester.tester;
import static io.github.veplint.lint.rules.VepFixtures.HEADINGS_2025_05;
import static io.github.veplint.lint.rules.VepFixtures.HEADINGS_2025_09;
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

class MissingSectionRuleTest {

  private static final String PATH = "veps/sig-compute/42-cpu-hotplug/vep.md";
  private final MissingSectionRule rule = new MissingSectionRule();

  @Test
  void acceptsAVepWithEveryTemplateSection() {
    assertThat(tester().check(rule, PATH, completeVep("VEP #42: CPU hotplug"))).isEmpty();
  }

  @Test
  void reportsAMissingSectionAtTheNextTemplateSectionPresent() {
    String markdown =
        completeVep("VEP #42: CPU hotplug").replace("## Goals\n\nAbout Goals.\n\n", "");

    List<Finding> findings = tester().check(rule, PATH, markdown);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position())
                  .isEqualTo(new SourcePosition(lineOf(markdown, "## Non Goals"), 1));
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message())
                  .isEqualTo(
                      "missing '## Goals' section required by the VEP template: add it (write N/A"
                          + " if it does not apply)");
            });
  }

  @Test
  void takesTheRequiredSectionsFromTheRepositoryTemplate() {
    String markdown =
        """
        # VEP #42: CPU hotplug

        ## Overview

        Text.

        ## Goals

        Text.
        """;

    List<Finding> findings = tester().template(SHORT_TEMPLATE).check(rule, PATH, markdown);

    // Non Goals, Alternatives and Graduation Requirements have no later section present: last line.
    assertThat(findings)
        .hasSize(3)
        .allSatisfy(f -> assertThat(f.position()).isEqualTo(new SourcePosition(9, 1)));
    assertThat(findings)
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).startsWith("missing '## Non Goals'"))
        .anySatisfy(m -> assertThat(m).startsWith("missing '## Alternatives'"))
        .anySatisfy(m -> assertThat(m).startsWith("missing '## Graduation Requirements'"));
  }

  @Test
  void acceptsKnownVariantsAndHeadingsWrittenDifferently() {
    String markdown =
        """
        # VEP #35: Video configuration

        ## **Overview**

        Text.

        ## goals

        Text.

        ## Non-Goals

        Text.

        ## Alternatives Considered:

        Text.

        ## Graduation Requirements (for v1.9)

        Text.
        """;

    assertThat(tester().template(SHORT_TEMPLATE).check(rule, PATH, markdown)).isEmpty();
  }

  @Test
  void leavesASectionAtTheWrongLevelToSectionLevel() {
    String markdown =
        completeVep("VEP #42: CPU hotplug").replace("## Alternatives\n", "### Alternatives\n");

    assertThat(tester().check(rule, PATH, markdown)).isEmpty();
  }

  @Test
  void aFrontMatterVepNeedsNoStatusMetadataSection() {
    String markdown =
        "---\ntitle: CPU hotplug\nvep-number: 42\n---\n\n"
            + completeVep("VEP #42: CPU hotplug")
                .replace("## VEP Status Metadata\n\nAbout VEP Status Metadata.\n\n", "");

    assertThat(tester().check(rule, PATH, markdown)).isEmpty();
  }

  @Test
  void aVepWrittenForTheSeptember2025TemplateNeedsNoStatusMetadataSection() {
    // '## Release Signoff Checklist' with Implementation History: the template of 2025-09-25,
    // which had no 'VEP Status Metadata' section yet (template-outdated says what today's adds).
    assertThat(tester().check(rule, PATH, vep("VEP #42: CPU hotplug", HEADINGS_2025_09))).isEmpty();
  }

  @Test
  void checksAVepAgainstTheSectionsOfItsOwnGeneration() {
    String markdown =
        vep("VEP #42: CPU hotplug", HEADINGS_2025_05)
            .replace("## Feature lifecycle Phases\n\nAbout Feature lifecycle Phases.\n\n", "");

    List<Finding> findings = tester().check(rule, PATH, markdown);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position())
                  .isEqualTo(new SourcePosition(markdown.lines().toList().size(), 1));
              assertThat(f.message())
                  .isEqualTo(
                      "missing '## Feature lifecycle Phases' section required by the VEP template"
                          + " of 2025-05 it was written for: add it as today's '## Graduation"
                          + " Requirements' (write N/A if it does not apply)");
            });
  }

  /** A VEP of the 2025-09 layout whose checklist section carries target release bullets. */
  private static String september2025Vep(String release) {
    return vep("VEP #42: CPU hotplug", HEADINGS_2025_09)
        .replace(
            "About Release Signoff Checklist.\n",
            "About Release Signoff Checklist.\n\n### Target releases\n\n"
                + "- This VEP targets alpha for version: "
                + release
                + "\n");
  }

  @Test
  void aVepTargetingTheEnforcedReleaseMustMeetTodaysTemplate() {
    String markdown = september2025Vep("v1.11");

    List<Finding> findings = tester().enforceCurrentFrom("v1.11").check(rule, PATH, markdown);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position())
                  .isEqualTo(new SourcePosition(lineOf(markdown, "## Overview"), 1));
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message())
                  .startsWith(
                      "missing '## VEP Status Metadata' section required by the VEP template of"
                          + " today (it targets v1.11, and VEPs targeting v1.11 or later must meet"
                          + " today's template): add it")
                  .contains("this VEP has '## Release Signoff Checklist' from an older template");
            });
  }

  @Test
  void aVepTargetingAnEarlierReleaseKeepsItsOwnTemplate() {
    assertThat(tester().enforceCurrentFrom("v1.11").check(rule, PATH, september2025Vep("v1.10")))
        .isEmpty();
  }

  @Test
  void aVepChangedSinceTheBaseMustMeetTodaysTemplate() {
    String markdown = vep("VEP #42: CPU hotplug", HEADINGS_2025_09);

    List<Finding> findings =
        tester().changedMustBeCurrent().changedSinceBase(PATH).check(rule, PATH, markdown);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position())
                  .isEqualTo(new SourcePosition(lineOf(markdown, "## Overview"), 1));
              assertThat(f.message())
                  .startsWith(
                      "missing '## VEP Status Metadata' section required by the VEP template of"
                          + " today (it changed since the base, and changed VEPs must meet today's"
                          + " template)");
            });
  }

  @Test
  void aVepUnchangedSinceTheBaseOrWithoutABaseKeepsItsOwnTemplate() {
    String markdown = vep("VEP #42: CPU hotplug", HEADINGS_2025_09);

    assertThat(
            tester()
                .changedMustBeCurrent()
                .changedSinceBase("veps/sig-compute/7-other/vep.md")
                .check(rule, PATH, markdown))
        .isEmpty();
    assertThat(tester().changedMustBeCurrent().check(rule, PATH, markdown)).isEmpty();
    assertThat(tester().changedSinceBase(PATH).check(rule, PATH, markdown)).isEmpty();
  }

  @Test
  void namesTheOlderTemplateHeadingThatDoesNotCountAnyMore() {
    String markdown =
        completeVep("VEP #42: CPU hotplug")
            .replace("## Graduation Requirements\n", "## Feature lifecycle Phases\n");

    List<Finding> findings = tester().check(rule, PATH, markdown);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position())
                  .isEqualTo(new SourcePosition(markdown.lines().toList().size(), 1));
              assertThat(f.message())
                  .startsWith("missing '## Graduation Requirements' section")
                  .contains("'## Feature lifecycle Phases' from an older template")
                  .contains("renamed it");
            });
  }

  @Test
  void pointsAtWhereTheVepDiscussesAMissingTopicInstead() {
    // sig-compute/207 compares its alternatives inside the design.
    String markdown =
        completeVep("VEP #42: CPU hotplug")
            .replace("## Alternatives\n\nAbout Alternatives.\n\n", "")
            .replace(
                "About Design.\n",
                "About Design.\n\n"
                    + "### Alternative 1 (preferred)\n\n"
                    + "This.\n\n"
                    + "### Alternatives Comparison\n\n"
                    + "A table.\n");

    List<Finding> findings = tester().check(rule, PATH, markdown);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position())
                  .isEqualTo(new SourcePosition(lineOf(markdown, "## Scalability"), 1));
              assertThat(f.message())
                  .endsWith(
                      "; the VEP covers this topic under '### Alternatives Comparison'"
                          + " (line "
                          + lineOf(markdown, "### Alternatives Comparison")
                          + "): turn that into the"
                          + " '## Alternatives' section, or add the section and point to it");
            });
  }

  @Test
  void ignoresAttachments() {
    assertThat(
            tester()
                .check(rule, "veps/sig-compute/42-cpu-hotplug/beta.md", "# Beta plan\n\nText.\n"))
        .isEmpty();
  }

  @Test
  void insertsAMissingSectionInTemplateOrderWithTheTemplatesPrompt() {
    String markdown = """
        # VEP #42: CPU hotplug

        ## Overview

        Text.
        ## Non Goals

        Text.

        ## Graduation Requirements

        Text.
        """;
    List<Finding> findings = tester().template(SHORT_TEMPLATE).check(rule, PATH, markdown);
    assertThat(findings).extracting(Finding::line).containsExactly(6, 10);
    assertThat(tester().template(SHORT_TEMPLATE).fixed(rule, PATH, markdown)).isEqualTo("""
        # VEP #42: CPU hotplug

        ## Overview

        Text.

        ## Goals

        <!--
        The desired outcome
        -->

        ## Non Goals

        Text.

        ## Alternatives

        <!--
        Outline any alternative designs that have been considered)
        -->

        ## Graduation Requirements

        Text.
        """);
  }

  @Test
  void appendsASectionMissingAtTheEnd() {
    String markdown = "# VEP #42: CPU hotplug\n\n## Overview\n\nText.\n\n## Goals\n\nText.\n\n"
        + "## Non Goals\n\nText.\n\n## Alternatives\n\nText.";
    assertThat(tester().template(SHORT_TEMPLATE).fixed(rule, PATH, markdown))
        .isEqualTo(markdown + "\n\n## Graduation Requirements");
  }

  @Test
  void offersNoFixWhereTheVepCoversTheTopicUnderAnotherHeading() {
    String markdown = completeVep("VEP #42: CPU hotplug")
        .replace("## Alternatives\n\nAbout Alternatives.\n\n", "")
        .replace("## Design\n", "## Design\n\n### Deployment Alternatives:\n\nTwo.\n");
    assertThat(tester().check(rule, PATH, markdown)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("the VEP covers this topic under '### Deployment Alternatives:'");
      assertThat(f.fix()).isEmpty();
    });
  }

  @Test
  void theSectionsMissingFromOneGapShareOneInsertionInTheTemplatesOrder() {
    String complete = completeVep("VEP #42: CPU hotplug");
    String markdown = complete.replace("## Goals\n\nAbout Goals.\n\n", "")
        .replace("## Non Goals\n\nAbout Non Goals.\n\n", "")
        .replace("## Definition of Users\n\nAbout Definition of Users.\n\n", "");
    List<Finding> findings = tester().check(rule, PATH, markdown);
    assertThat(findings).hasSize(3).extracting(Finding::fix).containsOnly(findings.get(0).fix())
        .allSatisfy(f -> assertThat(f).isPresent());
    assertThat(tester().fixed(rule, PATH, markdown)).isEqualTo(complete
        .replace("About Goals.\n\n", "").replace("About Non Goals.\n\n", "")
        .replace("About Definition of Users.\n\n", ""));
  }
}
