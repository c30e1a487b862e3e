package io.github.veplint.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One stage's target release, from a front matter {@code milestone} entry or a "Target releases"
 * bullet such as {@code - This VEP targets beta for version: v1.9}.
 *
 * @param stage the stage as written, lower-cased: {@code alpha}, {@code beta}, {@code ga}, or an
 *     extra stage such as {@code alpha2}
 * @param kind what kind of value the author gave
 * @param rawValue the value as written, trimmed, without any trailing note; empty when none
 * @param version the release the value names, when it names one (also for {@link Kind#MALFORMED}
 *     values whose intent is clear, such as {@code 1.9})
 * @param note text after the value, such as "(VMI-status based design)"; empty when none
 * @param past whether the bullet says "targeted" (a stage already shipped) rather than "targets"
 * @param origin front matter or legacy section
 * @param position the value's first character, or the start of the bullet when there is no value
 */
public record ReleaseTarget(
    String stage,
    Kind kind,
    String rawValue,
    Optional<ReleaseVersion> version,
    String note,
    boolean past,
    Origin origin,
    SourcePosition position) {

  /** What kind of value a target holds. */
  public enum Kind {
    /** A release in canonical form, {@code vX.Y} or {@code vX.Y.Z}. */
    VERSION,
    /** {@code TBD}: the stage is planned, the release not chosen. */
    TBD,
    /** {@code N/A}: the stage does not apply to this VEP. */
    NOT_APPLICABLE,
    /** Nothing after the colon. */
    EMPTY,
    /** The bullet is struck through ({@code ~...~}): explicitly not targeted. */
    NOT_TARGETED,
    /** Something that is none of the above, such as {@code 1.9} without the {@code v}. */
    MALFORMED
  }

  /**
   * Rejects nulls.
   *
   * @param stage the stage as written, lower-cased: {@code alpha}, {@code beta}, {@code ga}, or an
   *     extra stage such as {@code alpha2}
   * @param kind what kind of value the author gave
   * @param rawValue the value as written, trimmed, without any trailing note; empty when none
   * @param version the release the value names, when it names one (also for {@link Kind#MALFORMED}
   *     values whose intent is clear, such as {@code 1.9})
   * @param note text after the value, such as "(VMI-status based design)"; empty when none
   * @param past whether the bullet says "targeted" (a stage already shipped) rather than "targets"
   * @param origin front matter or legacy section
   * @param position the value's first character, or the start of the bullet when there is no value
   */
  public ReleaseTarget {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rawValue, "rawValue");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(position, "position");
  }

  /**
   * Whether the target names a release in canonical form.
   *
   * @return true when the value reads as a release such as {@code v1.9}
   */
  public boolean hasVersion() {
    return kind == Kind.VERSION;
  }
}
