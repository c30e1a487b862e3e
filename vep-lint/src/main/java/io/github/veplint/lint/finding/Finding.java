package io.github.veplint.lint.finding;

import io.github.veplint.model.SourcePosition;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in one file.
 *
 * @param ruleId the rule that found it, e.g. {@code missing-section}
 * @param severity its severity after configuration
 * @param file the file, relative to the repository root, with {@code /} separators
 * @param position where in the file
 * @param message what is wrong and how to fix it
 * @param fix the change that removes it, when its rule offers one ({@code vep-lint fix} applies it)
 */
public record Finding(
    String ruleId,
    Severity severity,
    String file,
    SourcePosition position,
    String message,
    Optional<Fix> fix)
    implements Comparable<Finding> {

  /** Report order: file, line, column, rule, message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::file)
          .thenComparing(Finding::position)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  /** Rejects nulls. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
  }

  /** A finding without a fix. */
  public Finding(String ruleId, Severity severity, String file, SourcePosition position, String message) {
    this(ruleId, severity, file, position, message, Optional.empty());
  }

  /** The same finding at another severity (the one configuration gives it). */
  public Finding withSeverity(Severity other) {
    return new Finding(ruleId, other, file, position, message, fix);
  }

  /** The 1-based line. */
  public int line() {
    return position.line();
  }

  /** The 1-based column. */
  public int column() {
    return position.column();
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
