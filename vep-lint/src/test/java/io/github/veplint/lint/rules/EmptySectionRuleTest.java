package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmptySectionRuleTest {

  private static final String PATH = "veps/sig-compute/80-tdx-sev-snp/vep.md";
  private final EmptySectionRule rule = new EmptySectionRule();

  @Test
  void acceptsSectionsWithContentOrNotApplicable() {
    String markdown =
        """
        # VEP #80: Enable TDX and SEV-SNP

        ## Design

        ### Launch security

        Uses the launchSecurity element.

        ## Scalability

        N/A
        """;

    assertThat(tester().check(rule, PATH, markdown)).isEmpty();
  }

  @Test
  void reportsASectionHoldingOnlyTheTemplatesPrompt() {
    String markdown =
        """
        # VEP #80: Enable TDX and SEV-SNP

        ## Alternatives

        <!--
        Outline any alternative designs that have been considered)
        -->

        ## Scalability

        ## Update/Rollback Compatibility
        All new fields are optional.
        """;

    List<Finding> findings = tester().check(rule, PATH, markdown);

    assertThat(findings).hasSize(2);
    assertThat(findings.get(0))
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(3, 1));
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message())
                  .startsWith(
                      "'## Alternatives' is empty: fill it in, or write N/A if it does not apply");
            });
    assertThat(findings.get(1).position()).isEqualTo(new SourcePosition(9, 1));
    assertThat(findings.get(1).message()).startsWith("'## Scalability' is empty");
  }

  @Test
  void reportsOnlyTheOutermostOfNestedEmptySections() {
    String markdown =
        """
        # VEP #80: Enable TDX and SEV-SNP

        ## Design

        ### Controller changes

        ### API changes
        """;

    List<Finding> findings = tester().check(rule, PATH, markdown);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(3, 1));
              assertThat(f.message())
                  .startsWith("'## Design' is empty, and so are its subsections");
            });
  }

  @Test
  void neverReportsTheTitleAndLetsLaterStagesAndTheImplementationLogWait() {
    String markdown =
        """
        # VEP #80: Enable TDX and SEV-SNP

        ## Implementation History

        <!--
        To be filled in as the VEP progresses.
        -->

        ## Graduation Requirements

        ### Alpha

        - Feature gate guards all code changes

        ### Beta

        ### GA
        """;

    assertThat(tester().check(rule, PATH, markdown)).isEmpty();
  }

  @Test
  void reportsGraduationRequirementsThatSayNothingAtAll() {
    String markdown =
        """
        # VEP #80: Enable TDX and SEV-SNP

        ## Graduation Requirements

        ### Alpha

        ### Beta
        """;

    assertThat(tester().check(rule, PATH, markdown))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(3, 1));
              assertThat(f.message())
                  .startsWith("'## Graduation Requirements' is empty, and so are its subsections");
            });
  }

  @Test
  void ignoresAttachments() {
    assertThat(
            tester()
                .check(rule, "veps/sig-compute/80-tdx-sev-snp/notes.md", "# Notes\n\n## Empty\n"))
        .isEmpty();
  }
}
