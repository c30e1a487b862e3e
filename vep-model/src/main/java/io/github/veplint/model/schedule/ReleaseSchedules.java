package io.github.veplint.model.schedule;

import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.read.BoundedFetch;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every release schedule known to a run, by minor release, and the questions VEP governance asks of
 * them. Immutable.
 *
 * <p>Sources ({@link #load}):
 *
 * <ul>
 *   <li>a directory laid out like kubevirt/sig-release: {@code releases/vX.Y/schedule.yaml} under it
 *       (or {@code vX.Y/schedule.yaml} directly under it);
 *   <li>a single {@code schedule.yaml}, whose directory is named after its release ({@code vX.Y});
 *   <li>a URL pattern with {@code {release}}, e.g. {@code
 *       https://raw.githubusercontent.com/kubevirt/sig-release/main/releases/{release}/schedule.yaml}:
 *       only when network use is allowed; releases {@code v1.0}, {@code v1.1}, … are fetched until
 *       the first one that does not exist (HTTP 404), each whole response within {@link #TIMEOUT}, all within {@link #TOTAL_TIMEOUT}, at most 1 MiB each.
 * </ul>
 */
public final class ReleaseSchedules {

  /**
   * How long to wait for a connection, and for one schedule's whole response (headers and body),
   * when fetching a schedule.
   */
  public static final Duration TIMEOUT = BoundedFetch.TIMEOUT;

  /** How long fetching every schedule of a URL source may take together. */
  public static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(60);

  private static final String FILE_NAME = "schedule.yaml";
  private static final int MAX_RELEASES = 200;
  private static final long MAX_BYTES = 1 << 20;

  private final SortedMap<ReleaseVersion, ReleaseSchedule> byRelease;

  private ReleaseSchedules(SortedMap<ReleaseVersion, ReleaseSchedule> byRelease) {
    this.byRelease = Collections.unmodifiableSortedMap(new TreeMap<>(byRelease));
  }

  /**
   * Schedules from a collection (for tests and embedding).
   *
   * @param schedules the schedules, at most one per minor release
   * @return the schedules by release
   */
  public static ReleaseSchedules of(Collection<ReleaseSchedule> schedules) {
    SortedMap<ReleaseVersion, ReleaseSchedule> map = new TreeMap<>();
    schedules.forEach(s -> map.put(s.release().minorRelease(), s));
    return new ReleaseSchedules(map);
  }

  /**
   * Loads schedules from a source.
   *
   * @param source a directory, a file or a URL pattern (see the class comment)
   * @param base the directory a relative path is resolved against (the repository root)
   * @param allowNetwork whether a URL source may be fetched; when false a URL source is an error
   * @return the schedules the source holds
   * @throws ScheduleException when the source is missing, unreadable, invalid or offline
   */
  public static ReleaseSchedules load(String source, Path base, boolean allowNetwork) {
    String trimmed = source.strip();
    if (trimmed.startsWith("http://") || trimmed.startsWith("https://")) {
      if (!allowNetwork) {
        throw new ScheduleException("schedule source " + trimmed + " is a URL, and network use is opt-in: allow it"
            + " (vep-lint --allow-network), or point 'schedule' at a local kubevirt/sig-release checkout");
      }
      return fetch(trimmed);
    }
    Path path = base.resolve(trimmed).normalize();
    if (Files.isRegularFile(path)) {
      if (!path.getFileName().toString().equals(FILE_NAME)) {
        throw new ScheduleException(path + ": a schedule file is named " + FILE_NAME + " (e.g."
            + " releases/v1.9/" + FILE_NAME + "); this file was not read");
      }
      Path parent = path.toAbsolutePath().getParent();
      String name = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
      ReleaseVersion release = ReleaseVersion.parse(name).orElseThrow(() -> new ScheduleException(path
          + ": cannot tell which release this schedule is for: put it in a directory named after the release,"
          + " e.g. releases/v1.9/schedule.yaml"));
      Path boundary = boundary(base, path, parent);
      return of(List.of(ScheduleParser.parse(release, path.toString(), read(path, boundary))));
    }
    if (!Files.isDirectory(path)) {
      throw new ScheduleException(path + ": schedule source not found: give a kubevirt/sig-release checkout, a"
          + " schedule.yaml or a URL pattern with {release}");
    }
    Path boundary = boundary(base, path, path);
    Path releases = Files.isDirectory(path.resolve("releases")) ? path.resolve("releases") : path;
    SortedMap<ReleaseVersion, ReleaseSchedule> map = new TreeMap<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(releases)) {
      for (Path child : children) {
        Optional<ReleaseVersion> release = ReleaseVersion.parse(child.getFileName().toString());
        Path file = child.resolve(FILE_NAME);
        if (release.isPresent() && release.get().patch() < 0 && Files.isRegularFile(file)) {
          map.put(release.get(), ScheduleParser.parse(release.get(), file.toString(), read(file, boundary)));
        }
      }
    } catch (IOException e) {
      throw new ScheduleException(releases + ": cannot list release schedules (" + e.getMessage() + ")", e);
    }
    if (map.isEmpty()) {
      throw new ScheduleException(releases + ": no release schedules found (expected vX.Y/" + FILE_NAME + ")");
    }
    return new ReleaseSchedules(map);
  }

  /**
   * The real directory every schedule file of a source must lie in: the source's own (a
   * kubevirt/sig-release checkout, or a schedule's release directory). A source named inside the
   * repository must also really be inside it: a pull request can add symbolic links, and a link to
   * {@code /etc} or {@code /proc/self} must not get a file read, or its content quoted in an error.
   */
  private static Path boundary(Path base, Path source, Path directory) {
    Path root = base.toAbsolutePath().normalize();
    try {
      Path real = directory.toRealPath();
      if (source.toAbsolutePath().normalize().startsWith(root) && !real.startsWith(root.toRealPath())) {
        throw new ScheduleException(source + ": a symbolic link leads outside the repository; the schedule"
            + " source was not read (name the directory itself)");
      }
      return real;
    } catch (IOException e) {
      throw new ScheduleException(source + ": cannot resolve the schedule source (" + e.getMessage() + ")", e);
    }
  }

  /** A schedule file, when its real path lies in {@code boundary}; at most 1 MiB is ever read. */
  private static String read(Path file, Path boundary) {
    try {
      if (!file.toRealPath().startsWith(boundary)) {
        throw new ScheduleException(file + ": a symbolic link leads outside the schedule source; not read"
            + " (replace it with the file)");
      }
      byte[] bytes;
      try (java.io.InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        throw new ScheduleException(file + ": schedule is larger than 1 MiB");
      }
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ScheduleException(file + ": schedule is not valid UTF-8");
    } catch (IOException e) {
      throw new ScheduleException(file + ": cannot read the schedule (" + e.getMessage() + ")", e);
    }
  }

  private static ReleaseSchedules fetch(String pattern) {
    if (!pattern.contains("{release}")) {
      throw new ScheduleException("schedule URL " + pattern + " has no {release} placeholder: write e.g."
          + " https://raw.githubusercontent.com/kubevirt/sig-release/main/releases/{release}/schedule.yaml");
    }
    HttpClient client = BoundedFetch.client();
    SortedMap<ReleaseVersion, ReleaseSchedule> map = new TreeMap<>();
    long deadline = System.nanoTime() + TOTAL_TIMEOUT.toNanos();
    for (int minor = 0; minor < MAX_RELEASES; minor++) {
      ReleaseVersion release = new ReleaseVersion(1, minor, -1);
      String url = pattern.replace("{release}", release.toString());
      try {
        Optional<String> text = get(client, url, deadline);
        if (text.isEmpty()) {
          break;
        }
        map.put(release, ScheduleParser.parse(release, url, text.get()));
      } catch (ScheduleException e) {
        throw ScheduleException.remote(e);
      }
    }
    if (map.isEmpty()) {
      throw new ScheduleException("no release schedule at " + pattern.replace("{release}", "v1.0")
          + " (HTTP 404): check the schedule URL pattern");
    }
    return new ReleaseSchedules(map);
  }

  /**
   * The body, or empty for a 404; anything else is an error ({@link BoundedFetch}: the whole
   * exchange within {@link #TIMEOUT} and by {@code deadline}, at most 1 MiB of a body held).
   */
  private static Optional<String> get(HttpClient client, String url, long deadline) {
    try {
      return BoundedFetch.get(client, url, deadline, MAX_BYTES);
    } catch (BoundedFetch.FetchException e) {
      throw switch (e.failure()) {
        case INVALID_URL -> new ScheduleException("schedule URL " + url + " is not a valid URL (" + e.getMessage() + ")");
        case STATUS -> new ScheduleException("cannot fetch " + url + ": HTTP " + e.status());
        case TOO_LARGE -> new ScheduleException(url + ": schedule is larger than 1 MiB");
        case TIMEOUT -> new ScheduleException("cannot fetch " + url + " within " + TIMEOUT.toSeconds() + " s (the"
            + " schedules together within " + TOTAL_TIMEOUT.toSeconds() + " s): the server is too slow; use a local"
            + " kubevirt/sig-release checkout as the schedule source", e);
        case UNREACHABLE -> new ScheduleException("cannot fetch " + url + " (" + e.getMessage() + "): offline? Use a"
            + " local kubevirt/sig-release checkout as the schedule source", e.getCause());
        case INTERRUPTED -> new ScheduleException("interrupted while fetching " + url, e);
      };
    }
  }

  /**
   * Every schedule, by minor release.
   *
   * @return the schedules, sorted by release
   */
  public SortedMap<ReleaseVersion, ReleaseSchedule> byRelease() {
    return byRelease;
  }

  /**
   * The schedule of the minor release {@code release} belongs to.
   *
   * @param release a release, e.g. {@code v1.9.2}
   * @return its minor release's schedule; empty when there is none
   */
  public Optional<ReleaseSchedule> schedule(ReleaseVersion release) {
    return Optional.ofNullable(byRelease.get(release.minorRelease()));
  }

  /**
   * The VEP Freeze date of the minor release {@code release} belongs to; empty when no freeze is known.
   *
   * @param release a release, e.g. {@code v1.9.2}
   * @return the freeze date; empty when no freeze is known
   */
  public Optional<LocalDate> freezeDate(ReleaseVersion release) {
    return schedule(release).flatMap(ReleaseSchedule::freezeDate);
  }

  /**
   * Whether the release's VEP Freeze is in effect on {@code today}. The freeze date itself counts
   * as frozen: VEP 282's freeze enforcer blocks a merge when "today ≥ freeze date", and the VEP
   * must be merged <em>before</em> the freeze. Empty when no freeze is known.
   *
   * @param release a release, e.g. {@code v1.9}
   * @param today the date to judge on
   * @return whether it is frozen; empty when no freeze is known
   */
  public Optional<Boolean> isFrozen(ReleaseVersion release, LocalDate today) {
    return freezeDate(release).map(freeze -> !today.isBefore(freeze));
  }

  /**
   * The release being planned on {@code today}: the earliest release whose VEP Freeze has not
   * passed. When every known freeze has passed (the next schedule is not published yet), the minor
   * release after the latest one with a known freeze. Empty when no freeze is known at all.
   *
   * @param today the date to judge on
   * @return the release; empty when no freeze is known
   */
  public Optional<ReleaseVersion> upcoming(LocalDate today) {
    ReleaseVersion latest = null;
    for (Map.Entry<ReleaseVersion, ReleaseSchedule> entry : byRelease.entrySet()) {
      Optional<LocalDate> freeze = entry.getValue().freezeDate();
      if (freeze.isPresent()) {
        if (today.isBefore(freeze.get())) {
          return Optional.of(entry.getKey());
        }
        latest = entry.getKey();
      }
    }
    return Optional.ofNullable(latest).map(r -> new ReleaseVersion(r.major(), r.minor() + 1, -1));
  }
}
