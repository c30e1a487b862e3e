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
 * hides those of other SIGs in every table and chart; the release view's own script ({@code
 * release-filter.js}, allowed by its hash in the page's Content Security Policy) makes the counts
 * follow: the release state's total row, the headings' counts, each person's load, the charts'
 * rows closing up.
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
    // The page's policy also allows the release view's own script, by its hash.
    text = text.replace(SCRIPT_SRC, SCRIPT_SRC + FILTER_HASH + "' '");
    text = insert(text, "</head>", "<style>" + STYLE + "</style>\n", false);
    // The page opens with the charts: right at the start of <main>, before the summary.
    text = insert(text, MAIN, ReleaseChart.section(view) + ReleaseChart.people(view), true);
    // The load per person follows the load per owning SIG.
    int sigLoad = text.indexOf("<section id=\"" + SIG_LOAD_ID + "\">");
    int end = sigLoad < 0 ? -1 : text.indexOf("</section>\n", sigLoad);
    if (end >= 0) {
      int at = end + "</section>\n".length();
      text = text.substring(0, at) + people(view) + text.substring(at);
    }
    // After the page's filter script, so that it runs second on each change of the filter.
    text = insert(text, "</body>", "<script>" + FILTER + "</script>\n", false);
    out.write(text);
  }

  /** {@code text} with {@code addition} before (or after) the first {@code anchor}; unchanged without one. */
  private static String insert(String text, String anchor, String addition, boolean after) {
    int at = text.indexOf(anchor);
    if (at < 0) {
      return text;
    }
    int where = after ? at + anchor.length() : at;
    return text.substring(0, where) + addition + text.substring(where);
  }

  private static final String MAIN = "<main>\n";
  private static final String SCRIPT_SRC = "script-src '";

  /** The release view's filter script: the counts follow the page's SIG filter. */
  static final String FILTER = "\n" + resource("release-filter.js");
  private static final String FILTER_HASH = "sha256-" + java.util.Base64.getEncoder().encodeToString(sha256(FILTER));
  /** A list of VEPs in a cell: a comma between the shown ones. */
  private static final String STYLE = "td.veps span.vep:not([hidden]) ~ span.vep:not([hidden])::before { content: \", \"; }";

  /**
   * The load per reviewer and approver ({@value #PEOPLE_LOAD_ID}): one row per person, highest load
   * first, each VEP named with its owning SIG ({@code data-sig}, so the SIG filter hides those of
   * other SIGs) and the person's load per SIG ({@code data-load}, {@code sig=n …}) for the count to
   * follow the filter.
   */
  static String people(ReleaseView view) {
    ReleaseLoad load = view.load();
    Map<String, String> sigOf = new java.util.HashMap<>();
    view.veps().forEach(i -> sigOf.put(MarkdownReleaseView.name(i), i.sig()));
    StringBuilder html = new StringBuilder();
    html.append("<section id=\"").append(PEOPLE_LOAD_ID).append("\"><h2>Load per reviewer and approver")
        .append(load.people().isEmpty() ? ": no VEP of the release names one yet" : "").append("</h2>\n<table><thead><tr>");
    for (String header : List.of("person", "VEPs", "reviewing", "approving")) {
      html.append("<th>").append(escape(header)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (ReleaseLoad.PersonLoad person : load.people()) {
      html.append("<tr data-load=\"").append(escape(loadAttribute(person, sigOf))).append("\"><td>")
          .append(escape(person.handle())).append("</td><td>").append(person.load()).append("</td>");
      for (List<String> veps : List.of(person.reviewing(), person.approving())) {
        html.append("<td class=\"veps\">");
        for (String vep : veps) {
          html.append("<span class=\"vep\" data-sig=\"").append(escape(sigOf.getOrDefault(vep, ReleaseLoad.NO_SIG)))
              .append("\">").append(escape(vep)).append("</span>");
        }
        html.append("<span class=\"none\"").append(veps.isEmpty() ? "" : " hidden").append(">—</span></td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody></table></section>\n");
    return html.toString();
  }

  /**
   * {@code sig=n sig=n …}: a person's load per owning SIG (the VEPs they review or approve, each
   * once; each SIG percent-encoded), for the page's script.
   *
   * @param sigOf the owning SIG of each VEP, by its name in the load
   */
  static String loadAttribute(ReleaseLoad.PersonLoad person, Map<String, String> sigOf) {
    Map<String, Integer> bySig = new TreeMap<>();
    java.util.stream.Stream.concat(person.reviewing().stream(), person.approving().stream()).distinct()
        .forEach(v -> bySig.merge(sigOf.getOrDefault(v, ReleaseLoad.NO_SIG), 1, Integer::sum));
    StringBuilder text = new StringBuilder();
    bySig.forEach((sig, n) -> text.append(text.length() == 0 ? "" : " ").append(java.net.URLEncoder.encode(sig, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")).append('=').append(n));
    return text.toString();
  }

  private static String resource(String name) {
    try (java.io.InputStream in = HtmlReleaseView.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("vep-lint is missing its resource " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String escape(String text) {
    return ReleaseChart.escape(text);
  }


  /** The page without the charts and the load per person, for callers that add columns or tables of their own. */
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
            load.sigs().stream().map(ReleaseLoad.SigLoad::sig).toList(), List.of()));
  }
}
