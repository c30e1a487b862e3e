package io.github.veplint.lint.release;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.template.TemplateStatus;
import io.github.veplint.lint.report.HtmlPage;
import io.github.veplint.lint.report.HtmlReport;
import io.github.veplint.lint.report.ReportContext;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The release view as one self-contained HTML page: the HTML report ({@link HtmlReport}, same
 * inline styles, script and Content Security Policy) of the VEPs that target the release, with the
 * release table (owning SIG, stage, status, reviewers, approvers, VEP Freeze, template, findings;
 * HTML id {@value #TABLE_ID}) and the load tables ({@value #SIG_LOAD_ID}, {@value #PEOPLE_LOAD_ID})
 * above the per-VEP findings. The page opens with {@link ReleaseChart}'s inline SVG chart.
 */
public final class HtmlReleaseView {

  /** The HTML id of the release table; one {@code tbody} row per VEP. */
  public static final String TABLE_ID = "release";

  /** The HTML id of the per-SIG load table. */
  public static final String SIG_LOAD_ID = "load-sigs";
  /** The HTML id of the per-person load table, highest load first. */
  public static final String PEOPLE_LOAD_ID = "load-people";

  /** The release table's column headings, in order. */
  public static final List<String> HEADERS = List.of(
      "VEP", "file", "owning SIG", "stage", "status", "reviewers", "approvers", "VEP Freeze", "template", "findings");

  private HtmlReleaseView() {}

  /**
   * Writes the page.
   *
   * @param view the release view
   * @param context the rules that ran (for their help) and the tool version
   */
  public static void write(ReleaseView view, ReportContext context, Writer out) throws IOException {
    java.io.StringWriter html = new java.io.StringWriter();
    HtmlReport.render(page(view, context), html);
    String text = html.toString();
    // The page opens with the chart: right at the start of <main>, before the summary.
    int main = text.indexOf(MAIN);
    if (main < 0) {
      out.write(text);
      return;
    }
    int at = main + MAIN.length();
    out.write(text.substring(0, at));
    out.write(ReleaseChart.section(view));
    out.write(text.substring(at));
  }

  private static final String MAIN = "<main>\n";

  /** The page, for callers that add columns or tables of their own. */
  public static HtmlPage page(ReleaseView view, ReportContext context) {
    Set<String> files = new LinkedHashSet<>();
    Set<Finding> findings = new LinkedHashSet<>();
    Map<String, TemplateStatus> templates = new TreeMap<>();
    List<List<String>> rows = new ArrayList<>();
    for (ReleaseView.Item item : view.veps()) {
      files.add(item.file());
      findings.addAll(item.findings());
      item.template().ifPresent(t -> templates.put(item.file(), t));
      rows.add(List.of(
          MarkdownReleaseView.name(item),
          item.file(),
          item.owningSig().orElse("—"),
          String.join(", ", item.stages()),
          item.status().orElse(item.olderLayout() ? "(older layout)" : "?"),
          MarkdownReleaseView.people(item.reviewers(), item.olderLayout()),
          MarkdownReleaseView.people(item.approvers(), item.olderLayout()),
          item.freeze().label(),
          item.templateLabel(),
          MarkdownReleaseView.counts(item.findings())));
    }
    LintResult subset = new LintResult("", files.stream().sorted().toList(), List.copyOf(findings), templates);
    String heading = "VEPs targeting KubeVirt " + view.release() + " · VEP Freeze: "
        + view.freezeDate().map(d -> d + (view.today().isBefore(d) ? "" : " (passed)")).orElse("no freeze known")
        + " · as of " + view.today() + " · " + view.veps().size() + (view.veps().size() == 1 ? " VEP" : " VEPs");
    ReleaseLoad load = view.load();
    List<String> sigHeaders = new ArrayList<>(List.of("owning SIG", "VEPs"));
    sigHeaders.addAll(MarkdownReleaseView.stageColumns(load));
    sigHeaders.addAll(List.of("reviewers TBD", "approvers TBD", "not recorded (older layout)", "suggested from OWNERS"));
    return HtmlPage.of(subset, context, List.of())
        .withTitle("vep-lint release view: KubeVirt " + view.release())
        .withTable(new HtmlPage.Table(TABLE_ID, heading, HEADERS, rows))
        .withTable(new HtmlPage.Table(SIG_LOAD_ID, "Load per owning SIG", sigHeaders, MarkdownReleaseView.sigRows(load)))
        .withTable(new HtmlPage.Table(PEOPLE_LOAD_ID,
            "Load per reviewer and approver" + (load.people().isEmpty() ? ": no VEP of the release names one yet" : ""),
            List.of("person", "VEPs", "reviewing", "approving"), MarkdownReleaseView.personRows(load)));
  }
}
