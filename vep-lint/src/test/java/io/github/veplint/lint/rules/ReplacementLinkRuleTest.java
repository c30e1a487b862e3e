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

class ReplacementLinkRuleTest {

  private final ReplacementLinkRule rule = new ReplacementLinkRule();

  @Test
  void reportsAReplacedVepWithoutSuccessorAtSupersededBy() {
    List<Finding> findings =
        tester().knownNumbers(307, 12).check(rule, PATH, with("status: provisional", "status: replaced"));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(19, 1));
      assertThat(f.message()).startsWith("status 'replaced' needs superseded-by: set it to the number of the VEP");
    });
  }

  @Test
  void reportsValuesThatAreNotNumbersAndLeavesUnknownNumbersToReplacementTarget() {
    String markdown = VALID.replace("replaces: \"\"", "replaces: 999").replace("superseded-by: \"\"", "superseded-by: \"VEP-12\"");

    List<Finding> findings = tester().knownNumbers(307, 12).check(rule, PATH, markdown);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(19, 16));
      assertThat(f.message())
          .contains("must be a VEP number (its tracking issue's number), not 'VEP-12'")
          .endsWith("write superseded-by: 12");
    });
  }

  @Test
  void reportsAVepThatReplacesItself() {
    List<Finding> findings = tester().knownNumbers(307).check(rule, PATH, with("replaces: \"\"", "replaces: 307"));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(18, 11));
      assertThat(f.message()).contains("names this VEP itself (307)");
    });
  }

  @Test
  void acceptsAReplacedVepPointingAtAnExistingSuccessor() {
    String markdown =
        VALID.replace("status: provisional", "status: replaced")
            .replace("superseded-by: \"\"", "superseded-by: 12")
            .replace("replaces: \"\"", "replaces: \"3\"");

    assertThat(tester().knownNumbers(307, 12, 3).check(rule, PATH, markdown)).isEmpty();
    assertThat(tester().check(rule, PATH, VALID)).isEmpty();
  }
}
