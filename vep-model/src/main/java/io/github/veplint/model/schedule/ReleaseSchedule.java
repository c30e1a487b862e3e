package io.github.veplint.model.schedule;

import io.github.veplint.model.ReleaseVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The schedule of one KubeVirt minor release.
 *
 * @param release the release, {@code vX.Y}
 * @param source where the schedule was read from (a path or URL), for messages
 * @param entries its items in file order
 */
public record ReleaseSchedule(ReleaseVersion release, String source, List<ScheduleEntry> entries) {

  /** What a VEP Freeze item's {@code what} says: "VEP Freeze", "Enhancement Freeze", "... (VEP) Freeze". */
  static final Pattern VEP_FREEZE =
      Pattern.compile("(?i)\\b(VEP|Enhancements?)\\b\\)?\\s*(Proposal\\s*)?Freeze\\b");

  private static final Pattern GA = Pattern.compile("(?i)(^|[^a-z])GA([^a-z]|$)");

  /**
   * Copies the list so the record stays immutable.
   *
   * @param release the release, {@code vX.Y}
   * @param source where the schedule was read from (a path or URL), for messages
   * @param entries its items in file order
   */
  public ReleaseSchedule {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(source, "source");
    entries = List.copyOf(entries);
  }

  /**
   * The VEP Freeze item; empty when the schedule has none ("no freeze known").
   *
   * @return the VEP Freeze item; empty when there is none
   */
  public Optional<ScheduleEntry> vepFreeze() {
    return entries.stream().filter(ScheduleEntry::isVepFreeze).findFirst();
  }

  /**
   * The VEP Freeze date; empty when no freeze is known.
   *
   * @return the freeze date; empty when no freeze is known
   */
  public Optional<LocalDate> freezeDate() {
    return vepFreeze().flatMap(ScheduleEntry::date);
  }

  /**
   * The KubeVirt GA date: the item by {@code KubeVirt} whose milestone is GA (written {@code GA} or
   * {@code **KubeVirt GA**}); empty when the schedule has none.
   *
   * @return the GA date; empty when the schedule has none
   */
  public Optional<LocalDate> gaDate() {
    return entries.stream()
        .filter(e -> e.who().map(w -> w.strip().equalsIgnoreCase("KubeVirt")).orElse(false))
        .filter(e -> e.milestone().map(m -> GA.matcher(m).find()).orElse(false))
        .map(ScheduleEntry::date)
        .flatMap(Optional::stream)
        .findFirst();
  }
}
