package io.github.veplint.lint.finding;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters, from most to least severe. */
public enum Severity {
  /** Must be fixed before the VEP merges. */
  ERROR,
  /** Should be fixed; reviewers will ask. */
  WARNING,
  /** Worth knowing; never fails a build unless asked to. */
  INFO;

  /** The lower-case name used in configuration and reports: {@code error}, {@code warning}, {@code info}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label; empty for anything else. */
  public static Optional<Severity> parse(String label) {
    for (Severity severity : values()) {
      if (severity.label().equals(label)) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }

  /** Whether this severity is at least as severe as {@code threshold}. */
  public boolean isAtLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }
}
