package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.FrontMatterFixture.PATH;
import static io.github.veplint.lint.rules.FrontMatterFixture.VALID;
import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.Finding;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImplementableReadinessRuleTest {

  private final ImplementableReadinessRule rule = new ImplementableReadinessRule();

  @Test
  void reportsTbdReviewersEmptyApproversAndATbdAlphaWhenImplementable() {
    String markdown =
        VALID.replace("status: provisional", "status: implementable")
            .replace("  - \"@alicefr\"", "  - TBD")
            .replace("approvers:\n  - \"@EdDev\"\n", "approvers: []\n# nobody yet\n")
            .replace("  alpha: \"v1.9\"", "  alpha: TBD");

    List<Finding> findings = tester().check(rule, PATH, markdown);

    assertThat(findings).extracting(Finding::position).containsExactly(
        new SourcePosition(11, 5), new SourcePosition(12, 1), new SourcePosition(17, 10));
    assertThat(findings.get(0).message())
        .startsWith("reviewer is still TBD but status 'implementable' needs named reviewers")
        .contains("commitment to review it in its target release")
        .contains("set status back to provisional");
    assertThat(findings.get(1).message()).startsWith("status 'implementable' needs at least one of 'approvers'");
    assertThat(findings.get(2).message())
        .startsWith("milestone.alpha is TBD but status 'implementable' needs a target release")
        .contains("\"v1.9\"");
  }

  @Test
  void reportsAnImplementedVepWithoutAMilestoneAtTheFirstKey() {
    String markdown =
        VALID.replace("status: provisional", "status: implemented")
            .replace("milestone:\n  alpha: \"v1.9\"\n", "");

    List<Finding> findings = tester().check(rule, PATH, markdown);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(2, 1));
      assertThat(f.message()).startsWith("status 'implemented' needs milestone.alpha: add 'milestone:'");
    });
  }

  @Test
  void reportsAnAlphaThatIsNotApplicable() {
    String markdown =
        VALID.replace("status: provisional", "status: implementable").replace("  alpha: \"v1.9\"", "  alpha: N/A");

    assertThat(tester().check(rule, PATH, markdown)).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(17, 10));
      assertThat(f.message()).startsWith("milestone.alpha is N/A");
    });
  }

  @Test
  void acceptsNamedPeopleAndARelease() {
    assertThat(tester().check(rule, PATH, VALID.replace("status: provisional", "status: implementable"))).isEmpty();
  }

  @Test
  void allowsTbdWhileProvisional() {
    String markdown = VALID.replace("  - \"@alicefr\"", "  - TBD").replace("  alpha: \"v1.9\"", "  alpha: TBD");

    assertThat(tester().check(rule, PATH, markdown)).isEmpty();
  }
}
