package io.github.veplint.lint.config;

import io.github.veplint.lint.finding.Severity;
import java.util.Locale;
import java.util.Optional;

/** What configuration says about one rule: a severity, or {@code off}. */
public enum RuleSetting {
  /** Report as an error. */
  ERROR,
  /** Report as a warning. */
  WARNING,
  /** Report as information. */
  INFO,
  /** Do not run the rule. */
  OFF;

  /** The severity, or empty for {@link #OFF}. */
  public Optional<Severity> severity() {
    return this == OFF ? Optional.empty() : Severity.parse(label());
  }

  /** The lower-case name used in configuration. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code error}, {@code warning}, {@code info} or {@code off}. */
  public static Optional<RuleSetting> parse(String label) {
    for (RuleSetting setting : values()) {
      if (setting.label().equals(label)) {
        return Optional.of(setting);
      }
    }
    return Optional.empty();
  }
}
