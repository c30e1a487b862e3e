package io.github.veplint.lint.release;

import io.github.veplint.lint.Finding;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.TemplateStatus;
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
 * HTML id {@value #TABLE_ID}) above the per-VEP findings.
 */
public final class HtmlReleaseView {

  /** The HTML id of the release table; one {@code tbody} row per VEP. */
  public static final String TABLE_ID = "release";

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
    HtmlReport.render(page(view, context), out);
  }

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
    return HtmlPage.of(subset, context, List.of())
        .withTitle("vep-lint release view: KubeVirt " + view.release())
        .withTable(new HtmlPage.Table(TABLE_ID, heading, HEADERS, rows));
  }
}
