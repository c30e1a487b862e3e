package io.github.veplint.model.schedule;

import io.github.veplint.model.SourcePosition;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a release schedule, as written; every field may be missing.
 *
 * @param when the {@code when} value as written ({@code 2026/04/30} or {@code 2023-06-13})
 * @param date {@code when} as a date, when it is one
 * @param milestone {@code milestone}, e.g. {@code KubeVirt Alpha 0} or {@code **KubeVirt GA**}
 * @param who {@code who}, e.g. {@code KubeVirt}
 * @param what {@code what}, e.g. {@code Virtualization Enhancement Proposal (VEP) Freeze}
 * @param notes {@code notes}, markdown as written
 * @param position where the item starts in its file
 */
public record ScheduleEntry(
    Optional<String> when,
    Optional<LocalDate> date,
    Optional<String> milestone,
    Optional<String> who,
    Optional<String> what,
    Optional<String> notes,
    SourcePosition position) {

  /**
   * Rejects nulls.
   *
   * @param when the {@code when} value as written ({@code 2026/04/30} or {@code 2023-06-13})
   * @param date {@code when} as a date, when it is one
   * @param milestone {@code milestone}, e.g. {@code KubeVirt Alpha 0} or {@code **KubeVirt GA**}
   * @param who {@code who}, e.g. {@code KubeVirt}
   * @param what {@code what}, e.g. {@code Virtualization Enhancement Proposal (VEP) Freeze}
   * @param notes {@code notes}, markdown as written
   * @param position where the item starts in its file
   */
  public ScheduleEntry {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(position, "position");
  }

  /**
   * Whether this item is the VEP Freeze (also called Enhancement Freeze): its {@code what} names a
   * VEP or Enhancement freeze. The "Feature Freeze" milestone of releases up to v1.5 is the branch
   * cut, not the VEP Freeze, and does not count.
   *
   * @return true for the VEP Freeze item
   */
  public boolean isVepFreeze() {
    return what.map(w -> ReleaseSchedule.VEP_FREEZE.matcher(w).find()).orElse(false);
  }
}
