package io.github.veplint.lint.spi;

import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.schedule.ReleaseSchedules;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Release schedules and VEP Freeze exceptions for date-based governance rules ({@code vep-freeze},
 * {@code future-target}).
 *
 * @param schedules the release schedules, when a schedule source is configured ({@code schedule}
 *     in {@code .vep-lint.yaml} or {@code --schedule}); without them no freeze is known
 * @param freezeExceptions per minor release ({@code vX.Y}), the VEP numbers granted an exception to
 *     its VEP Freeze (the {@code freeze-exception} label, recorded in {@code .vep-lint.yaml})
 * @param freezeExceptionLabel the label that lifted the VEP Freeze for every VEP of this run, when
 *     the pull request being checked carries it ({@code check --label freeze-exception}); empty
 *     otherwise
 * @param unavailable why the configured schedules could not be read, when a URL source could not be
 *     fetched or held no valid schedule: the freeze is then unknown, as for the community's check,
 *     which warns and lets the pull request through
 */
public record ReleaseCalendar(
    Optional<ReleaseSchedules> schedules,
    Map<String, Set<Integer>> freezeExceptions,
    Optional<String> freezeExceptionLabel,
    Optional<String> unavailable) {

  /** No schedules, no exceptions. */
  public static final ReleaseCalendar NONE = new ReleaseCalendar(Optional.empty(), Map.of());

  /** Copies the map so the record stays immutable. */
  public ReleaseCalendar {
    freezeExceptions = Map.copyOf(freezeExceptions);
    java.util.Objects.requireNonNull(freezeExceptionLabel, "freezeExceptionLabel");
    java.util.Objects.requireNonNull(unavailable, "unavailable");
  }

  /** Schedules and recorded exceptions, for a run without the freeze-exception label. */
  public ReleaseCalendar(Optional<ReleaseSchedules> schedules, Map<String, Set<Integer>> freezeExceptions) {
    this(schedules, freezeExceptions, Optional.empty(), Optional.empty());
  }

  /** Whether VEP {@code number} has a recorded exception to the VEP Freeze of {@code release}. */
  public boolean hasException(ReleaseVersion release, int number) {
    return freezeExceptions.getOrDefault(release.minorRelease().toString(), Set.of()).contains(number);
  }
}
