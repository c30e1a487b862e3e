package io.github.veplint.lint.report;

import io.github.veplint.lint.spi.Rule;
import java.util.List;
import java.util.Optional;

/**
 * What a report needs besides the findings.
 *
 * @param rules the rules that ran (for rule metadata and help in SARIF and HTML)
 * @param color whether the text format may use ANSI colors (only on a terminal)
 * @param toolVersion vep-lint's version
 */
public record ReportContext(List<Rule> rules, boolean color, String toolVersion) {

  /** Copies the list so the record stays immutable. */
  public ReportContext {
    rules = List.copyOf(rules);
  }

  /** The rule with the given id, if it ran. */
  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
