package io.github.veplint.lint.release;

import io.github.veplint.lint.finding.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The release view as GitHub-flavoured Markdown, to paste into a release tracking issue: a heading
 * with the VEP Freeze, one table row per VEP, then the findings per VEP.
 */
public final class MarkdownReleaseView {

  private MarkdownReleaseView() {}

  /** Writes the view. */
  public static void write(ReleaseView view, Writer out) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# VEPs targeting KubeVirt ").append(view.release()).append("\n\n");
    md.append("VEP Freeze: ").append(view.freezeDate().map(d -> d + (view.today().isBefore(d) ? "" : " (passed)"))
        .orElse("no freeze known")).append(" · as of ").append(view.today()).append(" · ")
        .append(view.veps().size()).append(view.veps().size() == 1 ? " VEP" : " VEPs").append("\n\n");
    if (view.veps().isEmpty()) {
      md.append("No VEP targets ").append(view.release()).append(".\n");
      out.write(md.toString());
      return;
    }
    md.append("| VEP | Owning SIG | Stage | Status | Reviewers | Approvers | VEP Freeze | Template | Findings |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    for (ReleaseView.Item item : view.veps()) {
      md.append("| ").append(cell(name(item)))
          .append(" | ").append(cell(item.owningSig().orElse("—")))
          .append(" | ").append(cell(String.join(", ", item.stages())))
          .append(" | ").append(cell(item.status().orElse(item.olderLayout() ? "(older layout)" : "?")))
          .append(" | ").append(cell(people(item.reviewers(), item.olderLayout())))
          .append(" | ").append(cell(people(item.approvers(), item.olderLayout())))
          .append(" | ").append(cell(item.freeze().label()))
          .append(" | ").append(cell(item.templateLabel()))
          .append(" | ").append(counts(item.findings()))
          .append(" |\n");
    }
    loadTables(view.load(), md);
    boolean any = false;
    for (ReleaseView.Item item : view.veps()) {
      if (item.findings().isEmpty()) {
        continue;
      }
      if (!any) {
        md.append("\n## Findings\n");
        any = true;
      }
      md.append("\n### ").append(name(item)).append("\n\n");
      for (Finding f : item.findings()) {
        md.append("- `").append(f.file()).append(':').append(f.line()).append(':').append(f.column()).append("` ")
            .append(f.severity().label()).append(" `").append(f.ruleId()).append("`: ")
            .append(f.message().replace("\n", " ")).append('\n');
      }
    }
    out.write(md.toString());
  }

  /** The per-SIG and per-person load tables, as {@code ##} sections. */
  static void loadTables(ReleaseLoad load, StringBuilder md) {
    md.append("\n## Load per owning SIG\n\n");
    md.append("| Owning SIG | VEPs | ").append(String.join(" | ", stageColumns(load)))
        .append(" | Reviewers TBD | Approvers TBD | Not recorded (older layout) | Suggested from OWNERS |\n");
    md.append("|---|---|").append("---|".repeat(stageColumns(load).size())).append("---|---|---|---|\n");
    for (List<String> row : sigRows(load)) {
      md.append("| ").append(row.stream().map(MarkdownReleaseView::cell).collect(Collectors.joining(" | "))).append(" |\n");
    }
    md.append("\n## Load per reviewer and approver\n\n");
    if (load.people().isEmpty()) {
      md.append("No VEP of the release names a reviewer or approver yet.\n");
      return;
    }
    md.append("| Person | VEPs | Reviewing | Approving |\n|---|---|---|---|\n");
    for (List<String> row : personRows(load)) {
      md.append("| ").append(row.stream().map(MarkdownReleaseView::cell).collect(Collectors.joining(" | "))).append(" |\n");
    }
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

  /** Escapes what would break a table cell. */
  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
