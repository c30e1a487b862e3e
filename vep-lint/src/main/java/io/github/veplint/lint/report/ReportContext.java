package io.github.veplint.lint.report;

import io.github.veplint.lint.spi.Rule;
import java.util.List;
import java.util.Optional;

/**
 * What a report needs besides the lint result.
 *
 * @param rules the rules that ran (for rule metadata and help in SARIF, HTML and the summary)
 * @param color whether the text format may use ANSI colors (only on a terminal)
 * @param toolVersion vep-lint's version
 * @param quiet whether the text format leaves out its summary line (and says nothing without findings)
 * @param subject what the run checked, named in the summary's first line (e.g. {@code pull request #42})
 */
public record ReportContext(
    List<Rule> rules, boolean color, String toolVersion, boolean quiet, Optional<String> subject) {

  /** Copies the list so the record stays immutable. */
  public ReportContext {
    rules = List.copyOf(rules);
  }

  /** A context that is neither quiet nor names a subject. */
  public ReportContext(List<Rule> rules, boolean color, String toolVersion) {
    this(rules, color, toolVersion, false, Optional.empty());
  }

  /** The rule with the given id, if it ran. */
  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
