package io.github.veplint.lint.release;

import io.github.veplint.lint.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cells of the check-in's per-VEP table, shared by the Markdown and HTML views: plain text, each
 * view escaping and linking it its own way.
 */
final class ReleaseRows {

  /** The column headings, in order. */
  static final List<String> HEADERS = List.of(
      "VEP", "owning SIG", "stage", "document", "board", "VEP reviewer", "tracking issue", "linked PRs", "lint", "flags");

  private ReleaseRows() {}

  static String stageCell(ReleaseView.Item item) {
    return item.stages().isEmpty()
        ? (item.document().otherTargets().isEmpty() ? "—" : String.join(", ", item.document().otherTargets()))
        : String.join(", ", item.stages());
  }

  static String boardCell(ReleaseView view, ReleaseView.Item item) {
    if (view.checkIn().board().isEmpty()) {
      return "no board read";
    }
    Optional<Board.Item> on = view.checkIn().item(item);
    return on.map(b -> b.status().orElse("no status")).orElse("not on the board");
  }

  /** The board's VEP reviewers, then the document's reviewers not among them ({@code TBD} included). */
  static List<String> reviewers(ReleaseView view, ReleaseView.Item item) {
    List<String> names = new ArrayList<>();
    view.checkIn().item(item).ifPresent(b -> b.reviewers().forEach(r -> names.add("@" + r)));
    for (String reviewer : item.reviewers()) {
      String name = reviewer.strip().startsWith("@") || reviewer.strip().equalsIgnoreCase("TBD")
          ? reviewer.strip() : "@" + reviewer.strip();
      if (!name.isEmpty() && names.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
        names.add(name);
      }
    }
    return names;
  }

  /** The tracking issue's last activity, e.g. {@code open, 2026-11-30} ({@code ""} when not read). */
  static String activity(ReleaseView view, ReleaseView.Item item) {
    return view.checkIn().item(item).flatMap(Board.Item::issue)
        .map(i -> (i.open() ? "open" : "closed") + i.lastActivity().map(d -> ", " + d).orElse("")).orElse("");
  }

  /** {@code owner/repo#N} of a pull request URL, or the URL. */
  static String shortPull(String url) {
    java.util.regex.Matcher m = PULL.matcher(url);
    return m.matches() ? m.group(1) + "#" + m.group(2) : url;
  }

  private static final java.util.regex.Pattern PULL =
      java.util.regex.Pattern.compile("https://github\\.com/([A-Za-z0-9-]{1,39}/[A-Za-z0-9._-]{1,100})/pull/([0-9]{1,9})");

  static List<String> pulls(ReleaseView view, ReleaseView.Item item) {
    return view.checkIn().linkedPulls(item);
  }

  static String lint(List<Finding> findings) {
    return MarkdownReleaseView.counts(findings);
  }

  /** The cross-checks' ids, then the VEP Freeze standing once it matters (after the freeze). */
  static String flags(ReleaseView view, ReleaseView.Item item) {
    List<String> flags = new ArrayList<>(view.checkIn().checks(item).stream().map(Finding::ruleId).distinct().toList());
    if (item.freeze() != ReleaseView.FreezeCompliance.NO_FREEZE_KNOWN
        && item.freeze() != ReleaseView.FreezeCompliance.BEFORE_FREEZE) {
      flags.add(item.freeze().label());
    }
    return flags.isEmpty() ? "—" : String.join(", ", flags);
  }

  /** The freeze line: {@code 2026-10-29 (in 12 days)}, {@code … (passed 3 days ago)} or not known. */
  static String date(java.time.LocalDate today, Optional<java.time.LocalDate> date, String unknown) {
    if (date.isEmpty()) {
      return unknown;
    }
    long days = ReleaseChecks.daysLeft(today, date.get());
    return date.get() + (days > 0 ? " (" + days + (days == 1 ? " day" : " days") + " left)"
        : days == 0 ? " (today)" : " (passed " + -days + (days == -1 ? " day" : " days") + " ago)");
  }

  static String boardLine(ReleaseView view) {
    return view.checkIn().board()
        .map(b -> "board: " + b.source() + ", " + b.items().size() + (b.items().size() == 1 ? " item" : " items"))
        .orElse("no board read");
  }

  /** The URL of a repository file on GitHub; characters other than safe ones percent-encoded. */
  static String fileUrl(String repository, String file) {
    StringBuilder url = new StringBuilder("https://github.com/" + repository + "/blob/main/");
    for (byte b : file.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 128 && (Character.isLetterOrDigit(c) || "/-_.~".indexOf(c) >= 0)) {
        url.append(c);
      } else {
        url.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return url.toString();
  }

}
