package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.FrontMatterFixture.PATH;
import static io.github.veplint.lint.rules.FrontMatterFixture.with;
import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterSyntaxRuleTest {

  private final FrontMatterSyntaxRule rule = new FrontMatterSyntaxRule();

  @Test
  void reportsADuplicateKeyAtTheRepeat() {
    List<Finding> findings =
        tester().check(rule, PATH, with("stage: alpha", "stage: alpha\nstatus: implementable"));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(16, 1));
      assertThat(f.message()).contains("duplicate key 'status'").contains("first on line 5");
    });
  }

  @Test
  void reportsAnUnquotedHandleAsInvalidYamlAtTheHandle() {
    List<Finding> findings = tester().check(rule, PATH, with("  - \"@bgaussen\"", "  - @bgaussen"));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(7, 5));
      assertThat(f.message()).startsWith("front matter is not valid YAML");
    });
  }

  @Test
  void reportsABlockThatIsNeverClosed() {
    List<Finding> findings =
        tester().check(rule, PATH, "---\nstatus: provisional\n\n# VEP #307: vhostuser\n");

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(1, 1));
      assertThat(f.message()).contains("never closed").contains("add a '---' line");
    });
  }

  @Test
  void acceptsValidFrontMatter() {
    assertThat(tester().check(rule, PATH, FrontMatterFixture.VALID)).isEmpty();
  }
}
