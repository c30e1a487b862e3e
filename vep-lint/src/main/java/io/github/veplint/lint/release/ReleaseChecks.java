package io.github.veplint.lint.release;

import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.config.LintConfig;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.schedule.ScheduleEntry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The release check-in: the release view of the VEP documents joined with the project board and
 * the tracking issues, and the cross-checks between them, each a finding on the VEP's main file
 * with a stable id ({@link #IDS}) and a message that says what to do.
 */
public final class ReleaseChecks {

  /** Tracked on the board, but the document is not implementable (older layout: its checklist does not approve the target). */
  public static final String NOT_IMPLEMENTABLE = "board-not-implementable";
  /** Tracked on the board, but no stage of the document targets the release. */
  public static final String OTHER_RELEASE = "board-other-release";
  /** Implementable for the release in the document, but not tracked on the board. */
  public static final String NOT_ON_BOARD = "board-missing";
  /** Tracked without a VEP reviewer. */
  public static final String NO_REVIEWER = "board-no-reviewer";
  /** The board's target release differs from the document's. */
  public static final String TARGET_MISMATCH = "board-target-mismatch";
  /** The tracking issue is closed while the VEP is tracked. */
  public static final String ISSUE_CLOSED = "tracking-issue-closed";
  /** The tracking issue of a tracked VEP has not been updated for more than the stale days. */
  public static final String ISSUE_STALE = "tracking-issue-stale";
  /** Tracked after the VEP Freeze without the freeze exception label on its tracking issue. */
  public static final String NO_EXCEPTION = "freeze-no-exception";
  /** A SIG of the VEP (owning or participating) with no approving review by its approvers on the VEP's merge PR. */
  public static final String NO_SIGN_OFF = "sig-sign-off-missing";

  /** Every cross-check id, in the order they are reported per VEP. */
  public static final List<String> IDS = List.of(OTHER_RELEASE, NOT_IMPLEMENTABLE, NOT_ON_BOARD, NO_REVIEWER,
      TARGET_MISMATCH, ISSUE_CLOSED, ISSUE_STALE, NO_EXCEPTION, NO_SIGN_OFF);

  private static final Pattern CODE_FREEZE = Pattern.compile("(?i)\\bcode\\s*freeze\\b");

  private ReleaseChecks() {}

  /**
   * The check-in of {@code release}.
   *
   * @param result a lint run of the whole repository (its configuration, schedules and date count)
   * @param release the release
   * @param board the board as read, when one was asked for
   * @param extraWarnings warnings met before (e.g. the board could not be asked for)
   */
  public static ReleaseView build(LintResult result, ReleaseVersion release, Optional<Board> board,
      List<String> extraWarnings) {
    return build(result, release, board, extraWarnings, LinkedPulls.Result.NONE, (view, warnings) -> Map.of());
  }

  /**
   * The check-in of {@code release} with what the network adds beyond the board.
   *
   * @param result a lint run of the whole repository
   * @param release the release
   * @param board the board as read, when one was asked for
   * @param extraWarnings warnings met before
   * @param pulls the code pull requests referring to each VEP
   * @param signOffs the sign-off state of the view's VEPs by main file (adding a line to the
   *     warnings for what could not be read)
   */
  public static ReleaseView build(LintResult result, ReleaseVersion release, Optional<Board> board,
      List<String> extraWarnings, LinkedPulls.Result pulls,
      java.util.function.BiFunction<ReleaseView, List<String>, Map<String, SignOffs.SignOff>> signOffs) {
    LintConfig config = result.config();
    BoardSettings settings = BoardSettings.read(config.source());
    Map<Integer, Board.Item> byVep = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>(extraWarnings);
    board.ifPresent(b -> warnings.addAll(b.warnings()));
    warnings.addAll(pulls.warnings());
    for (Board.Item item : board.map(Board::items).orElse(List.of())) {
      if (item.isIssueOf(settings.repository())) {
        byVep.putIfAbsent(item.number().get(), item);
      }
    }
    ReleaseView view = ReleaseViews.build(result, release, Set.copyOf(byVep.keySet()));
    Set<Integer> documented = new TreeSet<>();
    view.veps().forEach(v -> v.number().ifPresent(documented::add));
    for (Map.Entry<Integer, Board.Item> entry : byVep.entrySet()) {
      if (!documented.contains(entry.getKey()) && settings.tracking(entry.getValue().status()).tracked()) {
        warnings.add("board: tracking issue #" + entry.getKey() + " is " + settings.tracking(entry.getValue().status())
            .label() + ", but no VEP numbered " + entry.getKey() + " is in the repository");
      }
    }
    Optional<LocalDate> codeFreeze = result.settings().calendar().schedules()
        .flatMap(s -> s.schedule(release.minorRelease()))
        .flatMap(s -> s.entries().stream().filter(e -> e.what().map(w -> CODE_FREEZE.matcher(w).find()).orElse(false))
            .map(ScheduleEntry::date).flatMap(Optional::stream).findFirst());
    CheckIn partial = new CheckIn(board, settings, byVep, List.of(), warnings, codeFreeze, pulls.byVep());
    Map<String, SignOffs.SignOff> signedOff = board.isPresent() ? signOffs.apply(view.withCheckIn(partial), warnings) : Map.of();
    List<Finding> checks = new ArrayList<>();
    if (board.isPresent()) {
      for (ReleaseView.Item vep : view.veps()) {
        checks.addAll(check(view, partial, vep, config.freezeExceptionLabel()));
        Optional.ofNullable(signedOff.get(vep.file())).ifPresent(s -> checks.addAll(signOff(settings, vep, s)));
      }
    }
    return view.withCheckIn(new CheckIn(board, settings, byVep, checks, warnings, codeFreeze, pulls.byVep()));
  }

  /** A finding per SIG of the VEP whose approvers have not approved its merge pull request. */
  static List<Finding> signOff(BoardSettings settings, ReleaseView.Item vep, SignOffs.SignOff signOff) {
    List<Finding> findings = new ArrayList<>();
    for (String sig : signOff.missing()) {
      List<String> approvers = signOff.approvers().get(sig).stream().map(a -> "@" + a).toList();
      findings.add(finding(NO_SIGN_OFF, vep, "no sign-off from " + sig + " recorded: none of its approvers ("
          + String.join(", ", approvers.size() > 5 ? approvers.subList(0, 5) : approvers)
          + (approvers.size() > 5 ? ", …" : "") + ") approved the VEP's merge PR " + settings.repository() + "#"
          + signOff.pull() + ": ask one of them for the SIG's sign-off (every SIG of the VEP signs off, the"
          + " enhancements README asks)"));
    }
    return findings;
  }

  /** The cross-checks' findings on one VEP. */
  static List<Finding> check(ReleaseView view, CheckIn checkIn, ReleaseView.Item vep, String exceptionLabel) {
    List<Finding> findings = new ArrayList<>();
    String release = view.release().toString();
    BoardSettings settings = checkIn.settings();
    BoardSettings.Tracking tracking = checkIn.tracking(vep);
    Optional<Board.Item> item = checkIn.item(vep);
    String issue = vep.number().map(n -> "tracking issue #" + n).orElse("the tracking issue");
    if (tracking.tracked()) {
      if (vep.stages().isEmpty()) {
        findings.add(finding(OTHER_RELEASE, vep, tracking.label() + " for " + release + " on the board, but the document"
            + " targets " + (vep.document().otherTargets().isEmpty() ? "no release"
                : String.join(", ", vep.document().otherTargets()))
            + ": record the " + release + " target in the document (milestone.<stage>, or 'This VEP targets <stage>"
            + " for version: " + release + "') or take the VEP off the " + release + " board"));
      } else if (!vep.documentReady()) {
        findings.add(finding(NOT_IMPLEMENTABLE, vep, vep.olderLayout()
            ? tracking.label() + " for " + release + " on the board, but the Release Signoff Checklist does not approve"
                + " the " + String.join(", ", vep.stages()) + " target: once the owning SIG approves it, check '(R) "
                + capitalized(vep.stages().get(0)) + " target version is explicitly mentioned and approved',"
                + " else set the board status to '" + first(settings.atRisk(), "At risk") + "'"
            : tracking.label() + " for " + release + " on the board, but the document is '" + vep.status().orElse("?")
                + "': the owning SIG's approvers make it implementable before the VEP Freeze, else set the board"
                + " status to '" + first(settings.atRisk(), "At risk") + "'"));
      }
      if (item.isPresent() && item.get().reviewers().isEmpty()) {
        findings.add(finding(NO_REVIEWER, vep, tracking.label() + " without a VEP reviewer: the owning SIG names one"
            + " in the board's '" + settings.reviewerField() + "' field (a requirement to become Tracked)"));
      }
      if (item.isPresent() && item.get().target().isPresent() && !vep.stages().isEmpty()) {
        Optional<ReleaseVersion> target = ReleaseVersion.parse(item.get().target().get().strip());
        if (target.isEmpty() || !target.get().minorRelease().equals(view.release())) {
          findings.add(finding(TARGET_MISMATCH, vep, "the board's '" + settings.targetField() + "' is '"
              + item.get().target().get() + "', the document targets " + release + " (" + String.join(", ", vep.stages())
              + "): correct the board or the document so both name the same release"));
        }
      }
      Optional<Board.TrackingIssue> state = item.flatMap(Board.Item::issue);
      if (state.isPresent() && !state.get().open()) {
        findings.add(finding(ISSUE_CLOSED, vep, issue + " is closed while the VEP is " + tracking.label() + " for "
            + release + ": reopen it (the release team follows the VEP there) or take the VEP off the board"));
      } else if (state.isPresent() && state.get().lastActivity().isPresent()) {
        long days = ChronoUnit.DAYS.between(state.get().lastActivity().get(), view.today());
        if (days > settings.staleDays()) {
          findings.add(finding(ISSUE_STALE, vep, issue + " has had no update for " + days + " days (since "
              + state.get().lastActivity().get() + "): the author posts this week's check-in on it"));
        }
      }
      boolean frozen = view.freezeDate().map(d -> !view.today().isBefore(d)).orElse(false);
      if (frozen && vep.freeze() == ReleaseView.FreezeCompliance.VIOLATION
          && state.map(s -> s.labels().stream().noneMatch(l -> l.equalsIgnoreCase(exceptionLabel))).orElse(true)) {
        findings.add(finding(NO_EXCEPTION, vep, tracking.label() + " after the VEP Freeze (" + view.freezeDate().get()
            + ") without the '" + exceptionLabel + "' label on " + issue + ": ask for an exception on the"
            + " kubevirt-dev mailing list, or move the VEP to the next release"));
      }
    } else if (!vep.stages().isEmpty() && vep.documentReady()) {
      findings.add(finding(NOT_ON_BOARD, vep, (vep.olderLayout() ? "the checklist approves the " : "implementable for the ")
          + String.join(", ", vep.stages()) + " target of " + release + ", but the VEP is "
          + (tracking == BoardSettings.Tracking.PROPOSED
              ? "only proposed on the board (status '" + item.flatMap(Board.Item::status).orElse("none") + "')"
              : "not on the board")
          + ": the release team adds " + issue + " with status '" + first(settings.tracked(), "Tracked") + "'"));
    }
    return findings;
  }

  private static Finding finding(String id, ReleaseView.Item vep, String message) {
    return new Finding(id, Severity.WARNING, vep.file(), vep.document().position(), message, Optional.empty());
  }

  private static String first(List<String> names, String fallback) {
    return names.isEmpty() ? fallback : names.get(0);
  }

  private static String capitalized(String stage) {
    return stage.equals("ga") ? "GA" : stage.isEmpty() ? stage : Character.toUpperCase(stage.charAt(0)) + stage.substring(1);
  }

  /** Days from {@code today} to {@code date} (negative once passed). */
  static long daysLeft(LocalDate today, LocalDate date) {
    return ChronoUnit.DAYS.between(today, date);
  }
}
