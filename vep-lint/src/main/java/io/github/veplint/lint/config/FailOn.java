package io.github.veplint.lint.config;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The lowest severity that fails a run. */
public enum FailOn {
  /** Fail when there is an error (the default). */
  ERROR,
  /** Fail when there is an error or a warning. */
  WARNING,
  /** Never fail because of findings. */
  NEVER;

  /** The severity threshold, or empty for {@link #NEVER}. */
  public Optional<Severity> threshold() {
    return this == NEVER ? Optional.empty() : Severity.parse(name().toLowerCase(Locale.ROOT));
  }

  /** Whether any of these findings is at least as severe as this threshold (never for {@link #NEVER}). */
  public boolean isReachedBy(Collection<Finding> findings) {
    return threshold().map(t -> findings.stream().anyMatch(f -> f.severity().isAtLeast(t))).orElse(false);
  }

  /** Parses {@code error}, {@code warning} or {@code never}. */
  public static Optional<FailOn> parse(String label) {
    for (FailOn value : values()) {
      if (value.name().toLowerCase(Locale.ROOT).equals(label)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
