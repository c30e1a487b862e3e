package io.github.veplint.lint.report;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.template.TemplateStatus;
import io.github.veplint.lint.spi.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the HTML report shows, as plain values: the page is rendered from this, never from the lint
 * result directly, so a new view (a release table, a per-VEP column) is a new value here rather than
 * a change to the markup code.
 *
 * @param title the page title
 * @param toolVersion vep-lint's version
 * @param filesChecked how many files were linted
 * @param countsBySeverity findings per severity, every severity present
 * @param countsByRule findings per rule id, sorted by id
 * @param rules help for every rule that ran or raised a finding, sorted by id
 * @param columns headings of the extra per-VEP columns, in order
 * @param veps one row per linted file (and per file a finding names), sorted by path
 * @param repositoryFindings findings about the repository as a whole (no file)
 * @param tables extra tables shown after the summary, e.g. a release view
 */
public record HtmlPage(
    String title,
    String toolVersion,
    int filesChecked,
    Map<Severity, Integer> countsBySeverity,
    Map<String, Integer> countsByRule,
    List<RuleHelp> rules,
    List<String> columns,
    List<VepRow> veps,
    List<Finding> repositoryFindings,
    List<Table> tables) {

  /** The SIG shown for a file outside any SIG directory. */
  public static final String NO_SIG = "(none)";

  /** Copies every collection so the page stays immutable. */
  public HtmlPage {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(toolVersion, "toolVersion");
    countsBySeverity = Map.copyOf(countsBySeverity);
    countsByRule = Collections.unmodifiableMap(new TreeMap<>(countsByRule));
    rules = List.copyOf(rules);
    columns = List.copyOf(columns);
    veps = List.copyOf(veps);
    repositoryFindings = List.copyOf(repositoryFindings);
    tables = List.copyOf(tables);
  }

  /** The heading of the default per-VEP column showing {@link LintResult#templateStatuses()}. */
  public static final String TEMPLATE_COLUMN = "template";

  /**
   * The page for a lint result. When the result carries template statuses (a run of {@code
   * VepLinter} does), the first per-VEP column is {@value #TEMPLATE_COLUMN}: {@code current} or
   * {@code older (…)} with what to add, rename or move; empty for files that are not a VEP's main
   * file.
   *
   * @param extraColumns extra per-VEP columns, each filled for every file
   */
  public static HtmlPage of(LintResult result, ReportContext context, List<VepColumn> extraColumns) {
    List<VepColumn> columns = new ArrayList<>();
    if (!result.templateStatuses().isEmpty()) {
      columns.add(new VepColumn(TEMPLATE_COLUMN,
          file -> result.templateStatus(file).map(TemplateStatus::label).orElse("")));
    }
    columns.addAll(extraColumns);
    SortedSet<String> files = new TreeSet<>(result.files());
    result.findings().stream().map(Finding::file).filter(f -> !f.isEmpty()).forEach(files::add);
    List<VepRow> rows = new ArrayList<>();
    for (String file : files) {
      List<String> cells = columns.stream().map(c -> Objects.requireNonNullElse(c.cell().apply(file), "")).toList();
      rows.add(new VepRow(file, sigOf(file), result.findingsIn(file), cells));
    }
    SortedSet<String> ruleIds = new TreeSet<>(result.countsByRule().keySet());
    context.rules().forEach(r -> ruleIds.add(r.id()));
    List<RuleHelp> help = ruleIds.stream()
        .map(id -> context.rule(id).map(RuleHelp::of).orElseGet(() -> RuleHelp.unknown(id)))
        .toList();
    return new HtmlPage(
        title(result.repositoryRoot()),
        context.toolVersion(),
        result.files().size(),
        result.countsBySeverity(),
        result.countsByRule(),
        help,
        columns.stream().map(VepColumn::header).toList(),
        rows,
        result.findingsIn(""),
        List.of());
  }

  /**
   * "vep-lint report: NAME", NAME being the repository directory's name: which repository a saved
   * page is about, without the machine-specific path.
   */
  static String title(String repositoryRoot) {
    String name = repositoryRoot.replace('\\', '/').replaceAll("/+$", "");
    name = name.substring(name.lastIndexOf('/') + 1);
    return name.isEmpty() ? "vep-lint report" : "vep-lint report: " + name;
  }

  /** This page with another title. */
  public HtmlPage withTitle(String newTitle) {
    return new HtmlPage(newTitle, toolVersion, filesChecked, countsBySeverity, countsByRule, rules, columns, veps,
        repositoryFindings, tables);
  }

  /** This page with one more table after the summary. */
  public HtmlPage withTable(Table table) {
    List<Table> more = new ArrayList<>(tables);
    more.add(table);
    return new HtmlPage(title, toolVersion, filesChecked, countsBySeverity, countsByRule, rules, columns, veps,
        repositoryFindings, more);
  }

  /** The SIGs of the rows, sorted, for the filter. */
  public SortedSet<String> sigs() {
    SortedSet<String> sigs = new TreeSet<>();
    veps.forEach(v -> sigs.add(v.sig()));
    return sigs;
  }

  /**
   * The SIG directory a path lies in: the directory under the VEP root ({@code veps/}) that holds the
   * VEP, as in {@code veps/sig-compute/42-hotplug/vep.md}; {@link #NO_SIG} when there is none. The
   * path, not the front matter, decides, so a VEP with a broken {@code owning-sig} still has a row.
   */
  static String sigOf(String file) {
    List<String> segments = List.of(file.split("/"));
    int root = segments.lastIndexOf("veps");
    // At least a SIG directory and a file below the root.
    return segments.size() - root - 1 >= 2 ? segments.get(root + 1) : NO_SIG;
  }

  /**
   * One linted file.
   *
   * @param file the path relative to the repository root
   * @param sig the SIG directory it lies in, or {@link HtmlPage#NO_SIG}
   * @param findings its findings, in report order
   * @param cells the extra columns' cells, in the order of {@link HtmlPage#columns()}
   */
  public record VepRow(String file, String sig, List<Finding> findings, List<String> cells) {

    /** Copies the lists. */
    public VepRow {
      findings = List.copyOf(findings);
      cells = List.copyOf(cells);
    }

    /** How many of its findings have a severity. */
    public long count(Severity severity) {
      return findings.stream().filter(f -> f.severity() == severity).count();
    }
  }

  /**
   * A rule's help, embedded in the page so findings link to it offline.
   *
   * @param id the rule id
   * @param severity its default severity
   * @param summary one line
   * @param description markdown: why, a bad and a good example
   */
  public record RuleHelp(String id, Severity severity, String summary, String description) {

    static RuleHelp of(Rule rule) {
      return new RuleHelp(rule.id(), rule.defaultSeverity(), rule.summary(), rule.description());
    }

    static RuleHelp unknown(String id) {
      return new RuleHelp(id, Severity.ERROR,
          "Raised by vep-lint itself rather than by a rule; the message says what happened.", "");
    }
  }

  /**
   * A table of plain text (escaped when rendered).
   *
   * @param id the HTML id, for links to it
   * @param heading the heading above it
   * @param headers the column headings
   * @param rows the cells, each row as long as {@code headers}
   * @param rowSigs the owning SIG of each row, for the SIG filter ({@code data-sig}; {@code ""} for a
   *     row the filter leaves alone); empty for a table the filter leaves alone
   * @param links per row, the link of each cell ({@code ""} for none; only {@code https:} links are
   *     rendered); empty for a table without links
   */
  public record Table(String id, String heading, List<String> headers, List<List<String>> rows,
      List<String> rowSigs, List<List<String>> links) {

    /** Copies the lists and checks every row's length. */
    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
      rowSigs = List.copyOf(rowSigs);
      links = links.stream().map(List::copyOf).toList();
      for (List<String> row : rows) {
        if (row.size() != headers.size()) {
          throw new IllegalArgumentException(
              "table " + id + ": a row has " + row.size() + " cells for " + headers.size() + " headers");
        }
      }
      if (!rowSigs.isEmpty() && rowSigs.size() != rows.size() || !links.isEmpty() && links.size() != rows.size()) {
        throw new IllegalArgumentException("table " + id + ": SIGs or links for " + rows.size() + " rows expected");
      }
    }

    /** A table the SIG filter leaves alone, without links. */
    public Table(String id, String heading, List<String> headers, List<List<String>> rows) {
      this(id, heading, headers, rows, List.of(), List.of());
    }
  }
}
