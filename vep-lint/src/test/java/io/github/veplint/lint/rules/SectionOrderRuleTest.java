package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.RuleTester.tester;
import static io.github.veplint.lint.rules.VepFixtures.SHORT_TEMPLATE;
import static io.github.veplint.lint.rules.VepFixtures.completeVep;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionOrderRuleTest {

  private static final String PATH = "veps/sig-network/42-link-state/vep.md";
  private final SectionOrderRule rule = new SectionOrderRule();

  @Test
  void acceptsTheTemplatesOrderWithExtraSectionsAnywhere() {
    String markdown =
        completeVep("VEP #42: Link state")
            .replace("## Design\n", "## Background\n\nHistory.\n\n## Design\n");

    assertThat(tester().check(rule, PATH, markdown)).isEmpty();
  }

  @Test
  void reportsOnlyTheSectionThatMoved() {
    String markdown =
        """
        # VEP #42: Link state

        ## Overview

        Text.

        ## Alternatives

        Text.

        ## Goals

        Text.

        ## Non Goals

        Text.

        ## Graduation Requirements

        Text.
        """;

    List<Finding> findings = tester().template(SHORT_TEMPLATE).check(rule, PATH, markdown);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(7, 1));
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message())
                  .isEqualTo(
                      "'## Alternatives' is out of the template's order: move it between '## Non"
                          + " Goals' (line 15) and '## Graduation Requirements' (line 19), as in"
                          + " the template");
            });
  }

  @Test
  void prefersToMoveASectionNestedAtTheWrongLevel() {
    // sig-compute/35 nests "### API Examples" under its alternatives.
    String markdown =
        """
        # VEP #42: Link state

        ## Overview

        Text.

        ## Non Goals

        Text.

        ### Goals

        Text.

        ## Alternatives

        Text.
        """;

    List<Finding> findings = tester().template(SHORT_TEMPLATE).check(rule, PATH, markdown);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(11, 1));
              assertThat(f.message())
                  .startsWith(
                      "'### Goals' is out of the template's order: move it between"
                          + " '## Overview' (line 3) and '## Non Goals' (line 7)");
            });
  }

  @Test
  void reportsTheMisplacedCopyOfADuplicatedSection() {
    String markdown =
        """
        # VEP #42: Link state

        ## Overview

        Text.

        ## Alternatives

        Text.

        ## Goals

        Text.

        ## Alternatives

        <!-- Outline any alternative designs -->
        """;

    List<Finding> findings = tester().template(SHORT_TEMPLATE).check(rule, PATH, markdown);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(7, 1));
              assertThat(f.message())
                  .isEqualTo(
                      "'## Alternatives' appears twice and this one is out of the template's order"
                          + " (the other is at line 15): keep a single section, in the template's"
                          + " place");
            });
  }
}
