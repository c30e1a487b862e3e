package io.github.veplint.lint.template;

import io.github.veplint.model.ReleaseVersion;
import java.time.LocalDate;
import java.util.Optional;

/**
 * From when a section is required: exactly one of a release (a VEP targeting it or a later
 * release in any stage must have the section) or a date (a VEP created on or after it must).
 *
 * @param release the first release, e.g. v1.11
 * @param date the first creation date
 */
public record RequiredFrom(Optional<ReleaseVersion> release, Optional<LocalDate> date) {

  /** Checks that exactly one of the two is set. */
  public RequiredFrom {
    if (release.isPresent() == date.isPresent()) {
      throw new IllegalArgumentException("required-from is a release or a date");
    }
  }

  /** As written in the configuration: {@code v1.11} or {@code 2026-09-01}. */
  @Override
  public String toString() {
    return release.map(Object::toString).orElseGet(() -> date.orElseThrow().toString());
  }
}
