package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.Rule;
import io.github.veplint.lint.spi.RuleInfo;

/**
 * Reports {@code vep-lint-disable} comments that suppress nothing. The engine applies suppressions,
 * so it raises these findings itself; this class puts the rule in the catalog.
 */
@RuleInfo(
    id = "unused-suppression",
    severity = Severity.INFO,
    summary = "An inline vep-lint-disable comment suppresses nothing or names an unknown rule")
public final class UnusedSuppressionRule implements Rule {}
