package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberMismatchRuleTest {

  private static final String PATH = "veps/sig-compute/171-cold-reboot-guest/vep.md";
  private final NumberMismatchRule rule = new NumberMismatchRule();

  @Test
  void acceptsLeadingZerosAndAgreeingFrontMatter() {
    assertThat(tester().check(rule, PATH, "# VEP #0171: Guest initiated cold reboot support\n"))
        .isEmpty();
    assertThat(
            tester()
                .check(
                    rule,
                    PATH,
                    """
                    ---
                    vep-number: 171
                    ---
                    # VEP #171: Guest initiated cold reboot support
                    """))
        .isEmpty();
  }

  @Test
  void reportsATitleThatDisagreesWithTheDirectory() {
    List<Finding> findings =
        tester().check(rule, PATH, "\n# VEP #117: Guest initiated cold reboot support\n");

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(2, 1));
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message())
                  .isEqualTo(
                      "the title says 117 but the VEP's number is 171 (the title: #117, front"
                          + " matter 'vep-number': not set, the directory name:"
                          + " '171-cold-reboot-guest'): make them all the number of the VEP's"
                          + " tracking issue");
            });
  }

  @Test
  void reportsTheFrontMatterValueThatDisagreesWithTheOtherTwo() {
    List<Finding> findings =
        tester()
            .check(
                rule,
                PATH,
                """
                ---
                title: Guest initiated cold reboot support
                vep-number: 0117
                ---
                # VEP #171: Guest initiated cold reboot support
                """);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(3, 13));
              assertThat(f.message())
                  .startsWith("front matter 'vep-number' says 117 but the VEP's number is 171")
                  .contains(
                      "the title: #171, front matter 'vep-number': 0117, the directory name:"
                          + " '171-cold-reboot-guest'");
            });
  }

  @Test
  void pointsAtTheTitleWhenOnlyTheDirectoryDisagrees() {
    List<Finding> findings =
        tester()
            .check(
                rule,
                "veps/sig-compute/170-cold-reboot-guest/vep.md",
                """
                ---
                vep-number: 171
                ---
                # VEP #171: Guest initiated cold reboot support
                """);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(4, 1));
              assertThat(f.message())
                  .startsWith("the directory name says 170 but the VEP's number is 171")
                  .contains("rename the directory");
            });
  }

  @Test
  void ignoresAttachmentsAndTitlesWithoutANumber() {
    assertThat(
            tester()
                .check(
                    rule, "veps/sig-compute/171-cold-reboot-guest/beta.md", "# VEP #21 - Part 2\n"))
        .isEmpty();
    assertThat(tester().check(rule, PATH, "# VEP #Decentralized live migration\n")).isEmpty();
  }
}
