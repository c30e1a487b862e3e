package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.FrontMatterFixture.PATH;
import static io.github.veplint.lint.rules.FrontMatterFixture.VALID;
import static io.github.veplint.lint.rules.FrontMatterFixture.with;
import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageConsistencyRuleTest {

  private final StageConsistencyRule rule = new StageConsistencyRule();

  @Test
  void reportsAnImplementedVepThatIsNotGa() {
    String markdown = VALID.replace("status: provisional", "status: implemented")
        .replace("  alpha: \"v1.9\"", "  alpha: \"v1.6\"\n  beta: \"v1.7\"")
        .replace("stage: alpha", "stage: beta");

    List<Finding> findings = tester().check(rule, PATH, markdown);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(15, 8));
      assertThat(f.message())
          .startsWith("status 'implemented' means the feature reached GA, but stage is 'beta'")
          .contains("set 'stage: ga'");
    });
  }

  @Test
  void aVepMayStartDirectlyAtBeta() {
    String markdown = VALID.replace("stage: alpha", "stage: beta").replace("  alpha: \"v1.9\"", "  beta: \"v1.11\"");

    assertThat(tester().check(rule, PATH, markdown)).isEmpty();
  }

  @Test
  void reportsAStageWithoutItsMilestoneAndAnEarlierStageStillTbd() {
    String markdown = VALID.replace("stage: alpha", "stage: beta").replace("  alpha: \"v1.9\"", "  alpha: TBD");

    List<Finding> findings = tester().check(rule, PATH, markdown);

    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).position()).isEqualTo(new SourcePosition(15, 8));
    assertThat(findings.get(0).message())
        .isEqualTo("stage is 'beta' but milestone.beta is not set: record the release beta shipped in, e.g."
            + " milestone.beta: \"v1.9\"");
    assertThat(findings.get(1).position()).isEqualTo(new SourcePosition(17, 10));
    assertThat(findings.get(1).message())
        .startsWith("stage is 'beta' but milestone.alpha is TBD")
        .contains("or N/A if the feature skipped alpha");
  }

  @Test
  void reportsAStageWithoutAnyMilestoneOnce() {
    String markdown = VALID.replace("stage: alpha", "stage: ga").replace("milestone:\n  alpha: \"v1.9\"\n", "");

    assertThat(tester().check(rule, PATH, markdown)).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(15, 8));
      assertThat(f.message()).startsWith("stage is 'ga' but there is no milestone").contains("up to GA");
    });
  }

  @Test
  void acceptsConsistentStagesAndExemptsProcessVeps() {
    assertThat(tester().check(rule, PATH, VALID)).isEmpty();
    String ga = VALID.replace("status: provisional", "status: implemented")
        .replace("stage: alpha", "stage: ga")
        .replace("  alpha: \"v1.9\"", "  alpha: N/A\n  beta: \"v1.8\"\n  ga: \"v1.10\"");
    assertThat(tester().check(rule, PATH, ga)).isEmpty();
    assertThat(tester().check(rule, "veps/meta-VEPs/282-vep-proposal-governance/vep.md",
        with("status: provisional", "status: implemented"))).isEmpty();
  }
}
