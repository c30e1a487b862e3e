package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.FrontMatterFixture.PATH;
import static io.github.veplint.lint.rules.FrontMatterFixture.VALID;
import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplacementTargetRuleTest {

  private final ReplacementTargetRule rule = new ReplacementTargetRule();

  @Test
  void reportsNumbersNoVepDirectoryCarries() {
    String markdown = VALID.replace("status: provisional", "status: replaced")
        .replace("replaces: \"\"", "replaces: 999").replace("superseded-by: \"\"", "superseded-by: \"12\"");

    List<Finding> findings = tester().knownNumbers(307).check(rule, PATH, markdown);

    assertThat(findings).extracting(Finding::position)
        .containsExactly(new SourcePosition(18, 11), new SourcePosition(19, 16));
    assertThat(findings.get(0).message())
        .isEqualTo("'replaces' names VEP 999, which does not exist in this repository (no VEP directory is"
            + " numbered 999): check the number, or leave 'replaces' empty until that VEP has merged");
    assertThat(findings.get(1).message()).startsWith("'superseded-by' names VEP 12, which does not exist");
  }

  @Test
  void acceptsExistingVepsAndLeavesMalformedOrSelfReferencesToReplacementLink() {
    String existing = VALID.replace("replaces: \"\"", "replaces: 3").replace("superseded-by: \"\"", "superseded-by: 12");
    String malformed = VALID.replace("replaces: \"\"", "replaces: VEP-999").replace("superseded-by: \"\"", "superseded-by: 307");

    assertThat(tester().knownNumbers(307, 12, 3).check(rule, PATH, existing)).isEmpty();
    assertThat(tester().knownNumbers(307).check(rule, PATH, malformed)).isEmpty();
  }
}
