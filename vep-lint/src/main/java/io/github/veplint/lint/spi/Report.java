package io.github.veplint.lint.spi;

import io.github.veplint.lint.finding.Fix;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.SourcePosition;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding as a rule reports it through {@link FindingSink#report(Report)}: where, what, and
 * what the rule chose beyond its defaults. Start with {@link #at} and add what applies.
 *
 * @param file another file than the one being checked, relative to the repository root
 *     (repository rules); empty for the file being checked
 * @param position where, in that file
 * @param message what is wrong and how to fix it
 * @param severity a severity the rule chose for this case (e.g. {@code feature-gate} is a warning
 *     while a VEP is provisional); empty for the rule's default. A severity configured by the user
 *     still wins.
 * @param fix the change that removes the finding, when the rule has one for this case. Only rules
 *     that declare {@link RuleInfo#fixable()} offer fixes; a sink that applies none keeps the
 *     finding alone.
 */
public record Report(
    Optional<String> file,
    SourcePosition position,
    String message,
    Optional<Severity> severity,
    Optional<Fix> fix) {

  /** Checks that nothing is null. */
  public Report {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(fix, "fix");
  }

  /** A finding in the file being checked, at the rule's default severity, without a fix. */
  public static Report at(SourcePosition position, String message) {
    return new Report(Optional.empty(), position, message, Optional.empty(), Optional.empty());
  }

  /** The same finding in {@code otherFile}, relative to the repository root. */
  public Report in(String otherFile) {
    return new Report(Optional.of(otherFile), position, message, severity, fix);
  }

  /** The same finding at a severity the rule chose for this case. */
  public Report withSeverity(Severity chosen) {
    return new Report(file, position, message, Optional.of(chosen), fix);
  }

  /** The same finding with the change that removes it, if any. */
  public Report withFix(Optional<Fix> change) {
    return new Report(file, position, message, severity, change);
  }
}
