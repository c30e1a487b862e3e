package io.github.veplint.lint.rules;

import io.github.veplint.lint.Severity;
import io.github.veplint.lint.spi.Rule;

/**
 * Reports {@code vep-lint-disable} comments that suppress nothing. The engine applies suppressions,
 * so it raises these findings itself; this class puts the rule in the catalog.
 */
public final class UnusedSuppressionRule implements Rule {

  @Override
  public String id() {
    return "unused-suppression";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String summary() {
    return "An inline vep-lint-disable comment suppresses nothing or names an unknown rule";
  }

  @Override
  public String description() {
    return """
        Suppression comments silence a rule where a finding is known and accepted. One that no \
        longer suppresses anything (the problem was fixed, or the rule id is misspelled) hides \
        nothing today but would hide a real problem tomorrow: remove it.

        Bad:
        ```markdown
        <!-- vep-lint-disable-next-line empty-section -->
        ## Scalability

        Scales with the number of VMs; no new watches.
        ```

        Good: the section has content, so the comment is gone.
        ```markdown
        ## Scalability

        Scales with the number of VMs; no new watches.
        ```
        """;
  }
}
