package io.github.veplint.maven;

import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Notice;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.report.ReportContext;
import io.github.veplint.lint.report.SarifReport;
import io.github.veplint.lint.spi.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.doxia.sink.Sink;

/**
 * The "VEP lint" page of a Maven site, drawn through a Doxia {@link Sink}: a summary (VEP files
 * checked, errors, warnings, infos), a table of the rules that raised findings with their counts,
 * a table of the files with findings, and each file's findings (line:column, severity, rule,
 * message), as maven-checkstyle-plugin's report lays out its page.
 *
 * <p>VEP content is hostile input: every value (paths, titles quoted in messages, rule summaries)
 * reaches the page through {@link Sink#text(String)}, which escapes it; nothing is written raw. The
 * only links are a built-in rule's documentation ({@link SarifReport#helpUri}) and anchors within
 * the page, named by position, never by content.
 */
final class SiteReportPage {

  /** The page's title, and its name in the site's menu. */
  static final String TITLE = "VEP lint";

  private static final String REPOSITORY = "(the repository)";

  private final Sink sink;

  SiteReportPage(Sink sink) {
    this.sink = sink;
  }

  /** Draws the whole page, from head to body, for one lint run. */
  void render(LintResult result, ReportContext context) {
    sink.head();
    sink.title();
    sink.text(TITLE);
    sink.title_();
    sink.head_();
    sink.body();
    sink.section1();
    sink.sectionTitle1();
    sink.text(TITLE);
    sink.sectionTitle1_();
    paragraph("The findings of vep-lint " + context.toolVersion()
        + " on the VEPs (KubeVirt Enhancement Proposals) of this repository. This page shows them;"
        + " the vep-lint:check goal is what fails a build.");
    summary(result);
    Map<String, List<Finding>> byFile = byFile(result.findings());
    if (!byFile.isEmpty()) {
      rules(result, context);
      files(byFile);
      findings(byFile);
    }
    notices(result.notices());
    sink.section1_();
    sink.body_();
    sink.flush();
  }

  private void summary(LintResult result) {
    section("Summary");
    Map<Severity, Integer> counts = result.countsBySeverity();
    long withFindings = result.findings().stream().map(Finding::file).filter(f -> !f.isEmpty()).distinct().count();
    table(List.of("VEP files checked", "With findings", "Errors", "Warnings", "Infos"),
        List.of(List.of(cell(result.files().size()), cell(withFindings), cell(counts.get(Severity.ERROR)),
            cell(counts.get(Severity.WARNING)), cell(counts.get(Severity.INFO)))));
    if (result.findings().isEmpty()) {
      paragraph("No findings.");
    }
    sink.section2_();
  }

  private void rules(LintResult result, ReportContext context) {
    section("Rules");
    List<List<Cell>> rows = new ArrayList<>();
    result.countsByRule().forEach((id, count) -> {
      Optional<Rule> rule = context.rule(id);
      rows.add(List.of(
          new Cell(id, rule.flatMap(SarifReport::helpUri)),
          cell(rule.map(Rule::summary).orElse("")),
          cell(count)));
    });
    table(List.of("Rule", "Checks", "Findings"), rows);
    sink.section2_();
  }

  private void files(Map<String, List<Finding>> byFile) {
    section("Files");
    List<List<Cell>> rows = new ArrayList<>();
    int index = 0;
    for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
      index++;
      rows.add(List.of(new Cell(shown(file.getKey()), Optional.of("#" + anchor(index))),
          cell(count(file.getValue(), Severity.ERROR)), cell(count(file.getValue(), Severity.WARNING)),
          cell(count(file.getValue(), Severity.INFO))));
    }
    table(List.of("File", "Errors", "Warnings", "Infos"), rows);
    sink.section2_();
  }

  private void findings(Map<String, List<Finding>> byFile) {
    section("Findings");
    int index = 0;
    for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
      index++;
      sink.section3();
      sink.sectionTitle3();
      sink.anchor(anchor(index));
      sink.text(shown(file.getKey()));
      sink.anchor_();
      sink.sectionTitle3_();
      List<List<Cell>> rows = new ArrayList<>();
      for (Finding finding : file.getValue()) {
        rows.add(List.of(cell(finding.line() + ":" + finding.column()),
            cell(finding.severity().name().toLowerCase(Locale.ROOT)), cell(finding.ruleId()), cell(finding.message())));
      }
      table(List.of("Line:Column", "Severity", "Rule", "Message"), rows);
      sink.section3_();
    }
    sink.section2_();
  }

  private void notices(List<Notice> notices) {
    if (notices.isEmpty()) {
      return;
    }
    section("Notes");
    sink.list();
    for (Notice notice : notices) {
      sink.listItem();
      sink.text(notice.ruleId() + ": " + notice.message());
      sink.listItem_();
    }
    sink.list_();
    sink.section2_();
  }

  /** Opens a second-level section with its title; the caller closes it. */
  private void section(String title) {
    sink.section2();
    sink.sectionTitle2();
    sink.text(title);
    sink.sectionTitle2_();
  }

  private void paragraph(String text) {
    sink.paragraph();
    sink.text(text);
    sink.paragraph_();
  }

  private void table(List<String> headings, List<List<Cell>> rows) {
    sink.table();
    sink.tableRows();
    sink.tableRow();
    for (String heading : headings) {
      sink.tableHeaderCell();
      sink.text(heading);
      sink.tableHeaderCell_();
    }
    sink.tableRow_();
    for (List<Cell> row : rows) {
      sink.tableRow();
      for (Cell cell : row) {
        sink.tableCell();
        cell.link().ifPresent(sink::link);
        sink.text(cell.text());
        cell.link().ifPresent(l -> sink.link_());
        sink.tableCell_();
      }
      sink.tableRow_();
    }
    sink.tableRows_();
    sink.table_();
  }

  /** The findings grouped by file, in the result's order (by file, then position). */
  private static Map<String, List<Finding>> byFile(List<Finding> findings) {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    findings.forEach(f -> byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
    return byFile;
  }

  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** A finding's file as the page names it: relative to the repository root. */
  private static String shown(String file) {
    return file.isEmpty() ? REPOSITORY : file;
  }

  /** The id of a file's findings section: by position in the page, so no content becomes an id. */
  private static String anchor(int index) {
    return "vep-lint-file-" + index;
  }

  private static Cell cell(Object text) {
    return new Cell(String.valueOf(text), Optional.empty());
  }

  /** One table cell: its text, and where it links to, if anywhere. */
  private record Cell(String text, Optional<String> link) {}
}
