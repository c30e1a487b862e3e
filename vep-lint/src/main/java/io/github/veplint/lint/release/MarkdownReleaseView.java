package io.github.veplint.lint.release;

import io.github.veplint.lint.Finding;
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
    long errors = findings.stream().filter(f -> f.severity() == io.github.veplint.lint.Severity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == io.github.veplint.lint.Severity.WARNING).count();
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
