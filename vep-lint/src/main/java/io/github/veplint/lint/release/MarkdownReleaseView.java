package io.github.veplint.lint.release;

import io.github.veplint.lint.finding.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The release check-in as GitHub-flavoured Markdown, compact enough for a comment on a tracking
 * issue or a release tracker issue: the release state per owning SIG (board states and stages), the
 * VEP Freeze and code freeze with days left, the cross-checks that need attention, the review load
 * per person, and the full per-VEP table in a {@code <details>} block. Every text that comes from a
 * VEP document or the board is escaped: it is shown, never interpreted as Markdown, HTML or a
 * mention.
 */
public final class MarkdownReleaseView {

  private MarkdownReleaseView() {}

  /** Writes the view. */
  public static void write(ReleaseView view, Writer out) throws IOException {
    StringBuilder md = new StringBuilder();
    CheckIn checkIn = view.checkIn();
    String repository = checkIn.settings().repository();
    md.append("# KubeVirt ").append(view.release()).append(" release check-in\n\n");
    md.append("As of ").append(view.today())
        .append(" · VEP Freeze: ").append(ReleaseRows.date(view.today(), view.freezeDate(), "no freeze known"))
        .append(" · code freeze: ").append(ReleaseRows.date(view.today(), checkIn.codeFreeze(), "not in the schedule"))
        .append(" · ").append(escape(ReleaseRows.boardLine(view)))
        .append(" · ").append(view.veps().size()).append(view.veps().size() == 1 ? " VEP" : " VEPs").append("\n");
    for (String warning : checkIn.warnings()) {
      md.append("\n> Warning: ").append(escape(warning)).append('\n');
    }
    if (view.veps().isEmpty()) {
      md.append("\nNo VEP targets ").append(view.release()).append(".\n");
      out.write(md.toString());
      return;
    }
    ReleaseState state = ReleaseState.of(view);
    boolean board = checkIn.board().isPresent();
    md.append("\n## Release state\n\n| Owning SIG | VEPs | ").append(board ? "tracked | at risk | proposed | not on the board | " : "")
        .append(String.join(" | ", state.stages())).append(" |\n|---|")
        .append("---:|".repeat(1 + (board ? 4 : 0) + state.stages().size())).append('\n');
    for (ReleaseState.Row row : state.rows()) {
      boolean total = row.sig().equals(ReleaseState.TOTAL);
      md.append("| ").append(total ? "**" + row.sig() + "**" : escape(row.sig())).append(" | ").append(row.veps());
      for (BoardSettings.Tracking t : board ? BoardSettings.Tracking.values() : new BoardSettings.Tracking[0]) {
        md.append(" | ").append(row.count(t));
      }
      state.stages().forEach(stage -> md.append(" | ").append(row.byStage().getOrDefault(stage, 0)));
      md.append(" |\n");
    }
    if (checkIn.board().isPresent()) {
      md.append("\n## Needs attention\n\n");
      if (checkIn.checks().isEmpty()) {
        md.append("Nothing: the board, the tracking issues and the documents agree.\n");
      }
      for (ReleaseView.Item item : view.veps()) {
        for (Finding check : checkIn.checks(item)) {
          md.append("- ").append(vepLink(view, item)).append(" `").append(check.ruleId()).append("`: ")
              .append(escape(check.message())).append('\n');
        }
      }
    }
    md.append("\n## Review load\n\n");
    ReleaseLoad load = view.load();
    if (load.people().isEmpty()) {
      md.append("No VEP names a reviewer or approver yet (front matter, or the board's ")
          .append(escape(checkIn.settings().reviewerField())).append(" field).\n");
    } else {
      md.append("| Person | reviewing | approving |\n|---|---|---|\n");
      for (ReleaseLoad.PersonLoad person : load.people()) {
        md.append("| `").append(person.handle().replace("`", "")).append("` | ").append(commitments(person.reviewing()))
            .append(" | ").append(commitments(person.approving())).append(" |\n");
      }
    }
    md.append("\n<details><summary>All ").append(view.veps().size()).append(view.veps().size() == 1 ? " VEP" : " VEPs")
        .append("</summary>\n\n| ").append(String.join(" | ", ReleaseRows.HEADERS)).append(" |\n|")
        .append("---|".repeat(ReleaseRows.HEADERS.size())).append('\n');
    for (ReleaseView.Item item : view.veps()) {
      List<String> pulls = ReleaseRows.pulls(view, item).stream().map(ReleaseRows::shortPull)
          .map(MarkdownReleaseView::reference).toList();
      String activity = ReleaseRows.activity(view, item);
      md.append("| ").append(vepLink(view, item))
          .append(item.title().map(t -> " " + escape(shortened(t, 48))).orElse(""))
          .append(" | ").append(escape(item.sig()))
          .append(" | ").append(escape(ReleaseRows.stageCell(item)))
          .append(" | ").append(escape(item.documentLabel()))
          .append(" | ").append(escape(ReleaseRows.boardCell(view, item)))
          .append(" | ").append(people(ReleaseRows.reviewers(view, item)))
          .append(" | ").append(item.number().map(n -> reference(repository + "#" + n)).orElse("—"))
          .append(activity.isEmpty() ? "" : " (" + activity + ")")
          .append(" | ").append(pulls.isEmpty() ? "—" : String.join(" ", pulls))
          .append(" | ").append(ReleaseRows.lint(item.findings()))
          .append(" | ").append(ReleaseRows.flags(view, item))
          .append(" |\n");
    }
    md.append("\n</details>\n");
    linkDefinitions(view, md);
    out.write(md.toString());
  }

  /**
   * {@code [VEP 42][v1]}: a reference link to the VEP's file on GitHub, the URL written once at the
   * end ({@link #linkDefinitions}) however often the VEP is named.
   */
  private static String vepLink(ReleaseView view, ReleaseView.Item item) {
    return "[" + item.number().map(n -> "VEP " + n).orElse("VEP") + "][v" + (view.veps().indexOf(item) + 1) + "]";
  }

  private static void linkDefinitions(ReleaseView view, StringBuilder md) {
    md.append('\n');
    for (int i = 0; i < view.veps().size(); i++) {
      md.append("[v").append(i + 1).append("]: ")
          .append(ReleaseRows.fileUrl(view.checkIn().settings().repository(), view.veps().get(i).file())).append('\n');
    }
  }

  /** {@code owner/repo#N} as GitHub autolinks it; anything else escaped. */
  private static String reference(String text) {
    return text.matches("[A-Za-z0-9-]{1,39}/[A-Za-z0-9._-]{1,100}#[0-9]{1,9}") ? text : escape(text);
  }

  private static String commitments(List<String> veps) {
    return veps.isEmpty() ? "—" : veps.size() + " (" + escape(String.join(", ", veps.stream()
        .map(v -> v.contains(":") ? v.substring(0, v.indexOf(':')) : v).toList())) + ")";
  }

  private static String people(List<String> handles) {
    return handles.isEmpty() ? "—" : String.join(", ", handles.stream().map(h -> "`" + h.replace("`", "") + "`").toList());
  }

  private static String shortened(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
  }

  /**
   * Text shown as it is: Markdown punctuation backslash-escaped, {@code <}, {@code >}, {@code &}
   * and {@code @} as entities (no HTML, no mention), line breaks as spaces, table pipes escaped.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '@' -> out.append("&#64;");
        case '\r', '\n', '\t' -> out.append(' ');
        case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '|', '!', '~', '{', '}' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The stage columns of the per-SIG table: alpha, beta, ga, then any other stage that occurs. */
  static List<String> stageColumns(ReleaseLoad load) {
    List<String> stages = new java.util.ArrayList<>(ReleaseLoad.STAGES);
    load.sigs().stream().flatMap(s -> s.byStage().keySet().stream()).filter(s -> !stages.contains(s)).distinct()
        .sorted().forEach(stages::add);
    return stages;
  }

  /** The per-SIG table's rows, as its columns show them. */
  static List<List<String>> sigRows(ReleaseLoad load) {
    List<String> stages = stageColumns(load);
    List<List<String>> rows = new java.util.ArrayList<>();
    for (ReleaseLoad.SigLoad sig : load.sigs()) {
      List<String> row = new java.util.ArrayList<>();
      row.add(sig.sig());
      row.add(String.valueOf(sig.veps()));
      stages.forEach(stage -> row.add(String.valueOf(sig.byStage().getOrDefault(stage, 0))));
      row.add(String.valueOf(sig.tbdReviewers()));
      row.add(String.valueOf(sig.tbdApprovers()));
      row.add(String.valueOf(sig.notRecorded()));
      row.add(suggestion(sig));
      rows.add(row);
    }
    return rows;
  }

  private static String suggestion(ReleaseLoad.SigLoad sig) {
    boolean needed = sig.tbdReviewers() + sig.tbdApprovers() + sig.notRecorded() > 0;
    if (!needed) {
      return "—";
    }
    if (sig.ownersFile().isEmpty()) {
      return "none (no OWNERS file)";
    }
    List<String> parts = new java.util.ArrayList<>();
    if (!sig.suggestedReviewers().isEmpty()) {
      parts.add("reviewers " + String.join(", ", sig.suggestedReviewers()));
    }
    if (!sig.suggestedApprovers().isEmpty()) {
      parts.add("approvers " + String.join(", ", sig.suggestedApprovers()));
    }
    return parts.isEmpty() ? "none (" + sig.ownersFile().get() + " lists no reviewers or approvers)"
        : String.join("; ", parts) + " (" + sig.ownersFile().get() + ")";
  }

  /** The per-person table's rows. */
  static List<List<String>> personRows(ReleaseLoad load) {
    List<List<String>> rows = new java.util.ArrayList<>();
    for (ReleaseLoad.PersonLoad person : load.people()) {
      rows.add(List.of(person.handle(), String.valueOf(person.load()),
          person.reviewing().isEmpty() ? "—" : String.join(", ", person.reviewing()),
          person.approving().isEmpty() ? "—" : String.join(", ", person.approving())));
    }
    return rows;
  }

  static String name(ReleaseView.Item item) {
    String number = item.number().map(n -> "VEP " + n).orElse(item.file());
    return item.title().map(t -> number + ": " + t).orElse(number);
  }

  static String people(List<String> people, boolean olderLayout) {
    if (people.isEmpty()) {
      return olderLayout ? "not recorded" : "TBD";
    }
    return people.stream().map(String::strip).collect(Collectors.joining(", "));
  }

  static String counts(List<Finding> findings) {
    long errors = findings.stream().filter(f -> f.severity() == io.github.veplint.lint.finding.Severity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == io.github.veplint.lint.finding.Severity.WARNING).count();
    return findings.isEmpty() ? "none" : plural(errors, "error") + ", " + plural(warnings, "warning");
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
