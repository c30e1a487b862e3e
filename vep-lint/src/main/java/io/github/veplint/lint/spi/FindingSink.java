package io.github.veplint.lint.spi;

import io.github.veplint.model.SourcePosition;

/**
 * Where a rule reports findings. The engine adds the rule id, applies configured severities and
 * suppressions, and sorts.
 */
public interface FindingSink {

  /**
   * Reports a finding: in the file being checked unless it names another, at the rule's default
   * severity unless it chose one, with its fix if any.
   */
  void report(Report report);

  /** Reports a finding in the file being checked, at the rule's default severity. */
  default void report(SourcePosition position, String message) {
    report(Report.at(position, message));
  }

  /**
   * Says something about the run rather than about a place in a file, e.g. that the rule checked
   * nothing for want of a release schedule. The engine keeps each distinct message once per run
   * (as a {@link io.github.veplint.lint.finding.Notice}), whichever files said it; a notice is no finding
   * and fails nothing. Sinks that keep no notices ignore it.
   */
  default void note(String message) {}
}
