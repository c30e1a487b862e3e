package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.RuleTester.tester;
import static io.github.veplint.lint.rules.VepFixtures.HEADINGS_2025_05;
import static io.github.veplint.lint.rules.VepFixtures.HEADINGS_2025_09;
import static io.github.veplint.lint.rules.VepFixtures.completeVep;
import static io.github.veplint.lint.rules.VepFixtures.vep;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.cli.VepLintCommand;
import io.github.veplint.model.SourcePosition;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateOutdatedRuleTest {

  private static final String PATH = "veps/sig-compute/42-cpu-hotplug/vep.md";
  private final TemplateOutdatedRule rule = new TemplateOutdatedRule();

  /** The 2025-05 body with the metadata section maintainers added by hand in March 2026. */
  private static String bulkEdited() {
    return vep("VEP #42: CPU hotplug", HEADINGS_2025_05)
        .replace(
            "## Release Signoff Checklist\n",
            "## VEP Status Metadata\n\n### Target releases\n\n"
                + "- This VEP targets alpha for version: v1.9\n\n### Release Signoff Checklist\n");
  }

  @Test
  void listsEverythingTodaysTemplateAddsOrRenamesForAVepOfMay2025() {
    List<Finding> findings =
        tester().check(rule, PATH, vep("VEP #42: CPU hotplug", HEADINGS_2025_05));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(1, 1));
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message())
                  .isEqualTo(
                      "written for the template of 2025-05 (in use until 2025-09); to meet"
                          + " today's template: add '## VEP Status Metadata' with '### Target"
                          + " releases'; rename '## Implementation Phases' → '## Implementation"
                          + " History', '## Feature lifecycle Phases' → '## Graduation"
                          + " Requirements'; move '## Release Signoff Checklist' under '## VEP"
                          + " Status Metadata' as '### Release Signoff Checklist'");
            });
  }

  @Test
  void leavesOutWhatTheVepAlreadyHas() {
    assertThat(tester().check(rule, PATH, bulkEdited()))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "written for the template of 2025-05 (in use until 2025-09); to meet"
                            + " today's template: rename '## Implementation Phases' →"
                            + " '## Implementation History', '## Feature lifecycle Phases' →"
                            + " '## Graduation Requirements'"));
  }

  @Test
  void saysNothingToAVepOfTodaysTemplate() {
    assertThat(tester().check(rule, PATH, completeVep("VEP #42: CPU hotplug"))).isEmpty();
  }

  @Test
  void aFrontMatterVepNeedsNoMetadataSectionsInItsBody() {
    // VEP 307: front matter, '## Release Signoff Checklist' and the 2025-09 body: nothing to add.
    String markdown =
        "---\ntitle: CPU hotplug\nvep-number: 42\ncreation-date: \"2024-05-22\"\n---\n\n"
            + vep("VEP #42: CPU hotplug", HEADINGS_2025_09);

    assertThat(tester().check(rule, PATH, markdown)).isEmpty();
  }

  @Test
  void reportsAtTheTitleBelowFrontMatterWithoutMetadataSections() {
    String markdown =
        "---\ntitle: CPU hotplug\nvep-number: 42\n---\n\n"
            + vep("VEP #42: CPU hotplug", HEADINGS_2025_05);

    assertThat(tester().check(rule, PATH, markdown))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(6, 1));
              assertThat(f.message())
                  .endsWith(
                      "to meet today's template: rename '## Implementation Phases' →"
                          + " '## Implementation History', '## Feature lifecycle Phases' →"
                          + " '## Graduation Requirements'");
            });
  }

  @Test
  void staysQuietWhenMissingSectionAlreadyHoldsTheVepToTodaysTemplate() {
    // bulkEdited() targets v1.9: with enforce-current-from v1.9, missing-section reports instead.
    assertThat(tester().enforceCurrentFrom("v1.9").check(rule, PATH, bulkEdited())).isEmpty();
    assertThat(tester().enforceCurrentFrom("v1.10").check(rule, PATH, bulkEdited())).hasSize(1);
  }

  @Test
  void staysQuietWhenTheVepChangedSinceTheBaseAndMustBeCurrent() {
    assertThat(
            tester().changedMustBeCurrent().changedSinceBase(PATH).check(rule, PATH, bulkEdited()))
        .isEmpty();
  }

  @Test
  void ignoresAttachments() {
    assertThat(
            tester()
                .check(
                    rule,
                    "veps/sig-compute/42-cpu-hotplug/beta.md",
                    vep("Beta plan", HEADINGS_2025_05)))
        .isEmpty();
  }

  @Test
  void explainShowsABadAndAGoodExample() {
    StringWriter out = new StringWriter();
    int exit =
        VepLintCommand.run(
            new String[] {"explain", "template-outdated"},
            new PrintWriter(out),
            new PrintWriter(new StringWriter()));

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("template-outdated (default: info)")
        .contains("Bad (written for the template of 2025-01", "## Implementation Phases")
        .contains("Good:", "## Implementation History", "### Target releases")
        .contains("template.enforce-current-from", "template.changed-must-be-current");
  }
}
