package io.github.veplint.lint.spi;

import io.github.veplint.lint.finding.Fix;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.SourcePosition;
import java.util.Optional;

/**
 * Where a rule reports findings. The engine adds the rule id, applies configured severities and
 * suppressions, and sorts.
 */
public interface FindingSink {

  /** Reports a finding in the file being checked, at the rule's default severity. */
  void report(SourcePosition position, String message);

  /**
   * Reports a finding in the file being checked at a severity the rule chose for this case (e.g.
   * {@code feature-gate} is a warning while a VEP is provisional). A severity configured by the
   * user still wins.
   */
  void report(SourcePosition position, String message, Severity severity);

  /** Reports a finding in a given file, relative to the repository root (repository rules). */
  void report(String file, SourcePosition position, String message);

  /**
   * Reports a finding in the file being checked, at the rule's default severity, with the change
   * that removes it when the rule has one for this case (empty: the same as {@link
   * #report(SourcePosition, String)}). Only rules that declare {@link RuleInfo#fixable()} offer
   * fixes; a sink that applies none keeps the finding alone.
   */
  default void report(SourcePosition position, String message, Optional<Fix> fix) {
    report(position, message);
  }

  /** Reports a finding in the file being checked at a severity the rule chose, with its fix if any. */
  default void report(SourcePosition position, String message, Severity severity, Optional<Fix> fix) {
    report(position, message, severity);
  }

  /** Reports a finding in a given file (repository rules), with the change that removes it if any. */
  default void report(String file, SourcePosition position, String message, Optional<Fix> fix) {
    report(file, position, message);
  }

  /**
   * Says something about the run rather than about a place in a file, e.g. that the rule checked
   * nothing for want of a release schedule. The engine keeps each distinct message once per run
   * (as a {@link io.github.veplint.lint.finding.Notice}), whichever files said it; a notice is no finding
   * and fails nothing. Sinks that keep no notices ignore it.
   */
  default void note(String message) {}
}
