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
 * The release check-in as one self-contained HTML page: the HTML report ({@link HtmlReport}, same
 * inline styles, script and Content Security Policy) of the release's VEPs, opening with the charts
 * ({@link ReleaseChart}: per SIG and stage; per person by role), then the release state per owning
 * SIG (HTML id {@value #STATE_ID}), the cross-checks that need attention ({@value #ATTENTION_ID}),
 * one row per VEP with its links ({@value #TABLE_ID}) and the load tables ({@value #SIG_LOAD_ID},
 * {@value #PEOPLE_LOAD_ID}). Every row and chart bar carries its owning SIG, so the page's SIG filter
 * filters them all.
 */
public final class HtmlReleaseView {

  /** The HTML id of the release table; one {@code tbody} row per VEP. */
  public static final String TABLE_ID = "release";
  /** The HTML id of the release state table: per owning SIG, then all SIGs. */
  public static final String STATE_ID = "state";
  /** The HTML id of the cross-checks table. */
  public static final String ATTENTION_ID = "attention";
  /** The HTML id of the per-SIG load table. */
  public static final String SIG_LOAD_ID = "load-sigs";
  /** The HTML id of the per-person load table, highest load first. */
  public static final String PEOPLE_LOAD_ID = "load-people";

  /** The release table's column headings, in order. */
  public static final List<String> HEADERS = ReleaseRows.HEADERS;

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
    // The page opens with the charts: right at the start of <main>, before the summary.
    int main = text.indexOf(MAIN);
    if (main < 0) {
      out.write(text);
      return;
    }
    int at = main + MAIN.length();
    out.write(text.substring(0, at));
    out.write(ReleaseChart.section(view));
    out.write(ReleaseChart.people(view));
    out.write(text.substring(at));
  }

  private static final String MAIN = "<main>\n";

  /** The page, for callers that add columns or tables of their own. */
  public static HtmlPage page(ReleaseView view, ReportContext context) {
    Set<String> files = new LinkedHashSet<>();
    Set<Finding> findings = new LinkedHashSet<>();
    Map<String, TemplateStatus> templates = new TreeMap<>();
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> links = new ArrayList<>();
    List<String> sigs = new ArrayList<>();
    String repository = view.checkIn().settings().repository();
    for (ReleaseView.Item item : view.veps()) {
      files.add(item.file());
      findings.addAll(item.findings());
      item.template().ifPresent(t -> templates.put(item.file(), t));
      List<String> pulls = ReleaseRows.pulls(view, item);
      String activity = ReleaseRows.activity(view, item);
      sigs.add(item.sig());
      rows.add(List.of(
          MarkdownReleaseView.name(item),
          item.sig(),
          ReleaseRows.stageCell(item),
          item.documentLabel(),
          ReleaseRows.boardCell(view, item),
          ReleaseRows.reviewers(view, item).isEmpty() ? "—" : String.join(", ", ReleaseRows.reviewers(view, item)),
          item.number().map(n -> "#" + n + (activity.isEmpty() ? "" : " (" + activity + ")")).orElse("—"),
          pulls.isEmpty() ? "—" : String.join(" ", pulls.stream().map(ReleaseRows::shortPull).toList()),
          ReleaseRows.lint(item.findings()),
          ReleaseRows.flags(view, item)));
      links.add(List.of(
          ReleaseRows.fileUrl(repository, item.file()), "", "", "", "", "",
          item.number().map(n -> "https://github.com/" + repository + "/issues/" + n).orElse(""),
          pulls.size() == 1 && pulls.get(0).startsWith("https://github.com/") ? pulls.get(0) : "", "", ""));
    }
    LintResult subset = new LintResult("", files.stream().sorted().toList(), List.copyOf(findings), templates);
    String heading = "VEPs of KubeVirt " + view.release() + " · VEP Freeze: "
        + ReleaseRows.date(view.today(), view.freezeDate(), "no freeze known") + " · code freeze: "
        + ReleaseRows.date(view.today(), view.checkIn().codeFreeze(), "not in the schedule") + " · "
        + ReleaseRows.boardLine(view) + " · as of " + view.today() + " · " + view.veps().size()
        + (view.veps().size() == 1 ? " VEP" : " VEPs");
    ReleaseState state = ReleaseState.of(view);
    boolean board = view.checkIn().board().isPresent();
    List<String> stateHeaders = new ArrayList<>(List.of("owning SIG", "VEPs"));
    if (board) {
      for (BoardSettings.Tracking t : BoardSettings.Tracking.values()) {
        stateHeaders.add(t.label());
      }
    }
    stateHeaders.addAll(state.stages());
    List<List<String>> stateRows = new ArrayList<>();
    List<String> stateSigs = new ArrayList<>();
    for (ReleaseState.Row row : state.rows()) {
      List<String> cells = new ArrayList<>(List.of(row.sig(), String.valueOf(row.veps())));
      if (board) {
        for (BoardSettings.Tracking t : BoardSettings.Tracking.values()) {
          cells.add(String.valueOf(row.count(t)));
        }
      }
      state.stages().forEach(stage -> cells.add(String.valueOf(row.byStage().getOrDefault(stage, 0))));
      stateRows.add(cells);
      // The total row stays whatever the filter shows.
      stateSigs.add(row.sig().equals(ReleaseState.TOTAL) ? "" : row.sig());
    }
    List<List<String>> checkRows = new ArrayList<>();
    List<String> checkSigs = new ArrayList<>();
    for (ReleaseView.Item item : view.veps()) {
      for (Finding check : view.checkIn().checks(item)) {
        checkRows.add(List.of(MarkdownReleaseView.name(item), check.ruleId(), check.message()));
        checkSigs.add(item.sig());
      }
    }
    ReleaseLoad load = view.load();
    List<String> sigHeaders = new ArrayList<>(List.of("owning SIG", "VEPs"));
    sigHeaders.addAll(MarkdownReleaseView.stageColumns(load));
    sigHeaders.addAll(List.of("reviewers TBD", "approvers TBD", "not recorded (older layout)", "suggested from OWNERS"));
    HtmlPage page = HtmlPage.of(subset, context, List.of())
        .withTitle("vep-lint release check-in: KubeVirt " + view.release())
        .withTable(new HtmlPage.Table(STATE_ID, "Release state of KubeVirt " + view.release(), stateHeaders, stateRows,
            stateSigs, List.of()));
    if (board) {
      page = page.withTable(new HtmlPage.Table(ATTENTION_ID, "Needs attention: " + checkRows.size()
          + (checkRows.size() == 1 ? " cross-check" : " cross-checks"), List.of("VEP", "check", "what to do"),
          checkRows, checkSigs, List.of()));
    }
    return page
        .withTable(new HtmlPage.Table(TABLE_ID, heading, HEADERS, rows, sigs, links))
        .withTable(new HtmlPage.Table(SIG_LOAD_ID, "Load per owning SIG", sigHeaders, MarkdownReleaseView.sigRows(load),
            load.sigs().stream().map(ReleaseLoad.SigLoad::sig).toList(), List.of()))
        .withTable(new HtmlPage.Table(PEOPLE_LOAD_ID,
            "Load per reviewer and approver" + (load.people().isEmpty() ? ": no VEP of the release names one yet" : ""),
            List.of("person", "VEPs", "reviewing", "approving"), MarkdownReleaseView.personRows(load)));
  }
}
