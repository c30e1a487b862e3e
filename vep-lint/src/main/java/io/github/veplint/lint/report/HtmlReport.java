package io.github.veplint.lint.report;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.report.HtmlPage.RuleHelp;
import io.github.veplint.lint.report.HtmlPage.Table;
import io.github.veplint.lint.report.HtmlPage.VepRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page for people: counts by severity and by rule, a row per VEP file, a
 * table of findings per file with each rule id linked to that rule's help further down the page,
 * and filters by SIG and severity. Styles and the small filter script are inline and a Content
 * Security Policy forbids loading anything else, so the file works offline, attached to a CI run
 * or opened from disk.
 *
 * <p>Elements tests and scripts may rely on: {@code [data-count=error|warning|info|files|
 * files-with-findings]} hold the summary numbers, {@code [data-rule-count=ID]} a rule's count,
 * {@code tr.finding[data-severity][data-sig]} one finding, {@code #filter-sig} and {@code
 * input[name=severity]} the filters, {@code #shown-count} how many findings the filters show.
 *
 * <p>The page is rendered from an {@link HtmlPage}; {@link #render(HtmlPage, Writer)} renders one
 * that a caller has extended (extra columns via {@link VepColumn}, extra tables).
 */
public final class HtmlReport implements ReportWriter {

  private static final String STYLE = resource("html-report.css");
  // The script element's exact text, and its hash for the Content Security Policy: only this
  // script may run, so markup that slipped into the page (an inline handler) could not.
  private static final String SCRIPT = "\n" + resource("html-report.js");
  private static final String SCRIPT_HASH = "sha256-" + Base64.getEncoder().encodeToString(sha256(SCRIPT));

  // Rule descriptions are our own markdown, but plug-in rules bring theirs: raw HTML in them is
  // shown as text, and javascript: links are dropped (flexmark's default suppressed links).
  private static final DataHolder MARKDOWN = new MutableDataSet()
      .set(HtmlRenderer.ESCAPE_HTML, true)
      .set(HtmlRenderer.SOFT_BREAK, " ")
      .toImmutable();
  private static final Parser PARSER = Parser.builder(MARKDOWN).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(MARKDOWN).build();

  private final List<VepColumn> columns;

  /** The report with no extra columns, as {@code --format html} writes it. */
  public HtmlReport() {
    this(List.of());
  }

  /** The report with extra per-VEP columns. */
  public HtmlReport(List<VepColumn> columns) {
    this.columns = List.copyOf(columns);
  }

  @Override
  public String format() {
    return "html";
  }

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    HtmlPage page = HtmlPage.of(result, context, columns);
    if (!result.notices().isEmpty()) {
      page = page.withTable(new HtmlPage.Table("notices", "Notices", List.of("rule", "what this run could not decide"),
          result.notices().stream().map(n -> List.of(n.ruleId(), n.message())).toList()));
    }
    render(page, out);
  }

  /** Renders a page. */
  public static void render(HtmlPage page, Writer out) throws IOException {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src '").append(SCRIPT_HASH).append("'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"vep-lint ").append(escape(page.toolVersion())).append("\">\n")
        .append("<title>").append(escape(page.title())).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    html.append("<header><h1>").append(escape(page.title())).append("</h1><p class=\"muted\">")
        .append("KubeVirt Enhancement Proposals checked by vep-lint ").append(escape(page.toolVersion()))
        .append(". Rule ids link to the rule's help below.</p></header>\n<main>\n");
    summary(page, html);
    filters(page, html);
    for (Table table : page.tables()) {
      table(table, html);
    }
    overview(page, html);
    findings(page, html);
    ruleHelp(page, html);
    html.append("</main>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    out.write(html.toString());
  }

  private static void summary(HtmlPage page, StringBuilder html) {
    Map<Severity, Integer> counts = page.countsBySeverity();
    long withFindings = page.veps().stream().filter(v -> !v.findings().isEmpty()).count()
        + (page.repositoryFindings().isEmpty() ? 0 : 1);
    html.append("<section id=\"summary\"><h2>Summary</h2>\n<div class=\"cards\">\n");
    card(html, "error", "errors", counts.get(Severity.ERROR));
    card(html, "warning", "warnings", counts.get(Severity.WARNING));
    card(html, "info", "info", counts.get(Severity.INFO));
    card(html, "files", "files checked", page.filesChecked());
    card(html, "files-with-findings", "files with findings", withFindings);
    html.append("</div>\n<table class=\"by-rule\"><caption>Findings by rule</caption>\n")
        .append("<thead><tr><th>rule</th><th>default</th><th>summary</th><th class=\"num\">findings</th></tr></thead>\n<tbody>\n");
    for (RuleHelp rule : page.rules()) {
      int count = page.countsByRule().getOrDefault(rule.id(), 0);
      if (count == 0) {
        continue;
      }
      html.append("<tr><td>").append(ruleLink(rule.id())).append("</td><td>")
          .append(badge(rule.severity())).append("</td><td>").append(escape(rule.summary()))
          .append("</td><td class=\"num\" data-rule-count=\"").append(escape(rule.id())).append("\">")
          .append(count).append("</td></tr>\n");
    }
    html.append("</tbody></table></section>\n");
  }

  private static void card(StringBuilder html, String key, String label, long value) {
    html.append("<div class=\"card ").append(key).append("\"><span class=\"value\" data-count=\"").append(key)
        .append("\">").append(value).append("</span><span class=\"label\">").append(label).append("</span></div>\n");
  }

  private static void filters(HtmlPage page, StringBuilder html) {
    html.append("<section id=\"filters\" class=\"filters\"><label>SIG <select id=\"filter-sig\">")
        .append("<option value=\"\">all SIGs</option>");
    for (String sig : page.sigs()) {
      html.append("<option value=\"").append(escape(sig)).append("\">").append(escape(sig)).append("</option>");
    }
    html.append("</select></label>\n");
    for (Severity severity : Severity.values()) {
      html.append("<label><input type=\"checkbox\" name=\"severity\" value=\"").append(severity.label())
          .append("\" checked> ").append(severity.label()).append("</label>\n");
    }
    int total = page.countsBySeverity().values().stream().mapToInt(Integer::intValue).sum();
    html.append("<span class=\"muted\">showing <span id=\"shown-count\">").append(total)
        .append("</span> of ").append(total).append(" findings</span></section>\n");
  }

  private static void table(Table table, StringBuilder html) {
    html.append("<section id=\"").append(escape(table.id())).append("\"><h2>").append(escape(table.heading()))
        .append("</h2>\n<table><thead><tr>");
    table.headers().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
    html.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < table.rows().size(); r++) {
      html.append(table.rowSigs().isEmpty() || table.rowSigs().get(r).isEmpty() ? "<tr>" : "<tr data-sig=\"" + escape(table.rowSigs().get(r)) + "\">");
      List<String> row = table.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        String link = table.links().isEmpty() ? "" : table.links().get(r).get(c);
        html.append("<td>").append(link.startsWith("https://")
            ? "<a href=\"" + escape(link) + "\">" + escape(row.get(c)) + "</a>" : escape(row.get(c))).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody></table></section>\n");
  }

  private static void overview(HtmlPage page, StringBuilder html) {
    html.append("<section id=\"veps\"><h2>VEPs</h2>\n<table class=\"overview\"><thead><tr><th>file</th><th>SIG</th>");
    page.columns().forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
    html.append("<th class=\"num\">errors</th><th class=\"num\">warnings</th><th class=\"num\">info</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < page.veps().size(); i++) {
      VepRow row = page.veps().get(i);
      html.append("<tr class=\"vep-row\" data-sig=\"").append(escape(row.sig())).append("\"><td>");
      if (row.findings().isEmpty()) {
        html.append(escape(row.file()));
      } else {
        html.append("<a href=\"#").append(fileId(i)).append("\">").append(escape(row.file())).append("</a>");
      }
      html.append("</td><td>").append(escape(row.sig())).append("</td>");
      row.cells().forEach(c -> html.append("<td>").append(escape(c)).append("</td>"));
      for (Severity severity : Severity.values()) {
        long count = row.count(severity);
        html.append("<td class=\"num").append(count == 0 ? " zero" : "").append("\">").append(count).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody></table></section>\n");
  }

  private static void findings(HtmlPage page, StringBuilder html) {
    html.append("<section id=\"findings\"><h2>Findings</h2>\n");
    if (!page.repositoryFindings().isEmpty()) {
      findingTable("repository", "the repository as a whole", HtmlPage.NO_SIG, page.repositoryFindings(), html);
    }
    for (int i = 0; i < page.veps().size(); i++) {
      VepRow row = page.veps().get(i);
      if (!row.findings().isEmpty()) {
        findingTable(fileId(i), row.file(), row.sig(), row.findings(), html);
      }
    }
    if (page.veps().stream().allMatch(v -> v.findings().isEmpty()) && page.repositoryFindings().isEmpty()) {
      html.append("<p class=\"clean\">No findings: every VEP follows the template and VEP 282's rules.</p>\n");
    }
    html.append("</section>\n");
  }

  private static void findingTable(String id, String file, String sig, List<Finding> findings, StringBuilder html) {
    html.append("<section class=\"vep\" id=\"").append(id).append("\" data-sig=\"").append(escape(sig))
        .append("\"><h3>").append(escape(file)).append(" <span class=\"muted\">").append(escape(sig))
        .append("</span></h3>\n<table class=\"findings\"><thead><tr><th class=\"num\">line:col</th>")
        .append("<th>severity</th><th>rule</th><th>message</th></tr></thead>\n<tbody>\n");
    for (Finding finding : findings) {
      html.append("<tr class=\"finding\" data-severity=\"").append(finding.severity().label())
          .append("\" data-sig=\"").append(escape(sig)).append("\"><td class=\"num\">")
          .append(finding.line()).append(':').append(finding.column()).append("</td><td>")
          .append(badge(finding.severity())).append("</td><td>").append(ruleLink(finding.ruleId()))
          .append("</td><td class=\"message\">").append(escape(finding.message())).append("</td></tr>\n");
    }
    html.append("</tbody></table></section>\n");
  }

  private static void ruleHelp(HtmlPage page, StringBuilder html) {
    html.append("<section id=\"rules\"><h2>Rules</h2>\n");
    for (RuleHelp rule : page.rules()) {
      html.append("<article class=\"rule\" id=\"").append(ruleId(rule.id())).append("\"><h3>")
          .append(escape(rule.id())).append(' ').append(badge(rule.severity())).append("</h3>\n<p class=\"summary\">")
          .append(escape(rule.summary())).append("</p>\n");
      if (!rule.description().isBlank()) {
        html.append("<div class=\"description\">").append(RENDERER.render(PARSER.parse(rule.description())))
            .append("</div>\n");
      }
      html.append("</article>\n");
    }
    html.append("</section>\n");
  }

  private static String ruleLink(String id) {
    return "<a class=\"rule-link\" href=\"#" + ruleId(id) + "\">" + escape(id) + "</a>";
  }

  private static String badge(Severity severity) {
    return "<span class=\"badge " + severity.label() + "\">" + severity.label() + "</span>";
  }

  /** The anchor of a rule's help; rule ids are kebab-case, anything else is made safe. */
  static String ruleId(String id) {
    return "rule-" + id.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static String fileId(int index) {
    return "file-" + (index + 1);
  }

  /** Escapes text for an HTML element or a double-quoted attribute. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("vep-lint is missing its resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
