package io.github.veplint.lint.release;

import io.github.veplint.lint.finding.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The release team's side of a release view: what the project board and the tracking issues say,
 * and the cross-checks between them and the VEP documents ({@link ReleaseChecks}).
 *
 * @param board the board as read, when one was asked for
 * @param settings how the board was read
 * @param byVep the board item of each VEP number (its tracking issue in the VEP repository)
 * @param checks the cross-checks' findings, by VEP file
 * @param warnings what could not be read (the view is made from the rest), one line each
 * @param codeFreeze the release's code freeze, when the schedule names one
 * @param referencingPulls the URLs of the code pull requests whose body refers to each VEP number
 *     ({@link LinkedPulls}), when they were read
 */
public record CheckIn(Optional<Board> board, BoardSettings settings, Map<Integer, Board.Item> byVep,
    List<Finding> checks, List<String> warnings, Optional<LocalDate> codeFreeze,
    Map<Integer, List<String>> referencingPulls) {

  /** No board asked for. */
  public static final CheckIn NONE =
      new CheckIn(Optional.empty(), BoardSettings.KUBEVIRT, Map.of(), List.of(), List.of(), Optional.empty());

  /** A check-in without pull requests read. */
  public CheckIn(Optional<Board> board, BoardSettings settings, Map<Integer, Board.Item> byVep,
      List<Finding> checks, List<String> warnings, Optional<LocalDate> codeFreeze) {
    this(board, settings, byVep, checks, warnings, codeFreeze, Map.of());
  }

  /** Copies the collections. */
  public CheckIn {
    Objects.requireNonNull(board, "board");
    Objects.requireNonNull(settings, "settings");
    byVep = Map.copyOf(byVep);
    checks = List.copyOf(checks);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(codeFreeze, "codeFreeze");
    Map<Integer, List<String>> pulls = new java.util.TreeMap<>();
    referencingPulls.forEach((n, urls) -> pulls.put(n, List.copyOf(urls)));
    referencingPulls = java.util.Collections.unmodifiableMap(pulls);
  }

  /**
   * The pull requests linked to a VEP: the board's linked pull requests, then the code pull requests
   * whose body refers to it, each once.
   */
  public List<String> linkedPulls(ReleaseView.Item vep) {
    java.util.Set<String> urls = new java.util.LinkedHashSet<>();
    item(vep).ifPresent(i -> urls.addAll(i.linkedPullRequests()));
    vep.number().map(referencingPulls::get).ifPresent(urls::addAll);
    return List.copyOf(urls);
  }

  /** The board item of a VEP, when it is on the board. */
  public Optional<Board.Item> item(ReleaseView.Item vep) {
    return vep.number().map(byVep::get);
  }

  /** Where a VEP stands on the board ({@link BoardSettings.Tracking#NOT_TRACKED} when not on it). */
  public BoardSettings.Tracking tracking(ReleaseView.Item vep) {
    return item(vep).map(i -> settings.tracking(i.status())).orElse(BoardSettings.Tracking.NOT_TRACKED);
  }

  /** The cross-checks' findings on a VEP. */
  public List<Finding> checks(ReleaseView.Item vep) {
    return checks.stream().filter(f -> f.file().equals(vep.file())).toList();
  }
}
