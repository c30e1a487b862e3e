package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.FrontMatterFixture.PATH;
import static io.github.veplint.lint.rules.FrontMatterFixture.VALID;
import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImplementableReadinessRuleTest {

  private final ImplementableReadinessRule rule = new ImplementableReadinessRule();

  @Test
  void reportsTbdReviewersAndEmptyApproversWhenImplementable() {
    String markdown =
        VALID.replace("status: provisional", "status: implementable")
            .replace("  - \"@alicefr\"", "  - tbd")
            .replace("approvers:\n  - \"@EdDev\"\n", "approvers: []\n# nobody yet\n");

    List<Finding> findings = tester().check(rule, PATH, markdown);

    assertThat(findings).extracting(Finding::position).containsExactly(
        new SourcePosition(11, 5), new SourcePosition(12, 1));
    assertThat(findings.get(0).message())
        .as("TBD is matched ignoring case, as the community's validator does")
        .startsWith("reviewer is still TBD but status 'implementable' needs named reviewers")
        .contains("commitment to review it in its target release")
        .contains("set status back to provisional");
    assertThat(findings.get(1).message()).startsWith("status 'implementable' needs at least one of 'approvers'");
  }

  @Test
  void reportsAnImplementableFeatureVepWithoutAStageAtItsStatus() {
    String markdown = VALID.replace("status: provisional", "status: implementable").replace("stage: alpha\n", "");

    assertThat(tester().check(rule, PATH, markdown)).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(5, 9));
      assertThat(f.message()).startsWith("status 'implementable' needs 'stage': add 'stage: alpha' (or the stage the"
          + " feature starts at) so the release team knows");
    });
  }

  @Test
  void asksForTheMilestoneTooWhenThereIsNone() {
    String markdown = VALID.replace("status: provisional", "status: implementable").replace("stage: alpha\n", "")
        .replace("milestone:\n  alpha: \"v1.9\"\n", "");

    assertThat(tester().check(rule, PATH, markdown)).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(5, 9));
      assertThat(f.message()).contains("and 'milestone:' with that stage's release, e.g. 'alpha: \"v1.9\"',");
    });
  }

  @Test
  void leavesTheStageOfProcessVepsAndOfImplementedVepsToOthers() {
    String implementable = VALID.replace("status: provisional", "status: implementable").replace("stage: alpha\n", "");

    assertThat(tester().check(rule, "veps/meta-VEPs/307-vhostuser-binding-plugin/vep.md", implementable)).isEmpty();
    assertThat(tester().check(rule, PATH, implementable.replace("status: implementable", "status: implemented")))
        .as("stage-consistency asks an implemented VEP for stage: ga").isEmpty();
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
