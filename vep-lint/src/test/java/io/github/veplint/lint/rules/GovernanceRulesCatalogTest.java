package io.github.veplint.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.spi.Rule;
import org.junit.jupiter.api.Test;

/** The governance rules are registered, with the default severity, summary and examples explain shows. */
class GovernanceRulesCatalogTest {

  @Test
  void theRulesAreOnTheClassPathWithExamples() {
    VepLinter linter = VepLinter.builder().build();

    assertThat(linter.rule("status-transition")).get().extracting(Rule::defaultSeverity).isEqualTo(Severity.ERROR);
    assertThat(linter.rule("vep-freeze")).get().extracting(Rule::defaultSeverity).isEqualTo(Severity.ERROR);
    assertThat(linter.rule("future-target")).get().extracting(Rule::defaultSeverity).isEqualTo(Severity.WARNING);
    for (String id : new String[] {"status-transition", "vep-freeze", "future-target"}) {
      Rule rule = linter.rule(id).orElseThrow();
      assertThat(rule.summary()).as(id).isNotBlank().doesNotContain("\n");
      assertThat(rule.description()).as(id).contains("Bad").contains("Good").contains("```yaml");
    }
  }
}
