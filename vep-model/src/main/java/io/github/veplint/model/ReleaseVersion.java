package io.github.veplint.model;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A KubeVirt release number, {@code vX.Y} or {@code vX.Y.Z}. Ordered by number, so {@code v1.10}
 * comes after {@code v1.9}; a missing patch sorts before patch 0.
 *
 * @param major major number
 * @param minor minor number
 * @param patch patch number, or -1 when the release was written as {@code vX.Y}
 */
public record ReleaseVersion(int major, int minor, int patch) implements Comparable<ReleaseVersion> {

  private static final Pattern CANONICAL = Pattern.compile("v(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,4}))?");
  private static final Pattern LENIENT = Pattern.compile("[vV]?\\.?(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,4}))?");
  private static final Comparator<ReleaseVersion> ORDER =
      Comparator.comparingInt(ReleaseVersion::major)
          .thenComparingInt(ReleaseVersion::minor)
          .thenComparingInt(ReleaseVersion::patch);

  /**
   * Parses exactly {@code vX.Y} or {@code vX.Y.Z}.
   *
   * @param text what was written
   * @return the version; empty for anything else
   */
  public static Optional<ReleaseVersion> parse(String text) {
    return match(CANONICAL.matcher(text));
  }

  /**
   * Parses what authors write when they mean a release: {@code 1.9}, {@code v.1.9}, {@code V1.9.0}.
   * Use it to understand intent; {@link #parse} decides validity.
   *
   * @param text what was written
   * @return the version meant; empty when no release can be read
   */
  public static Optional<ReleaseVersion> parseLenient(String text) {
    return match(LENIENT.matcher(text));
  }

  private static Optional<ReleaseVersion> match(Matcher m) {
    if (!m.matches()) {
      return Optional.empty();
    }
    int patch = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
    return Optional.of(
        new ReleaseVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), patch));
  }

  /**
   * The minor release this version belongs to, {@code vX.Y}: the unit release schedules use.
   *
   * @return this version without its patch number
   */
  public ReleaseVersion minorRelease() {
    return new ReleaseVersion(major, minor, -1);
  }

  @Override
  public int compareTo(ReleaseVersion other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return "v" + major + "." + minor + (patch < 0 ? "" : "." + patch);
  }
}
