package io.github.veplint.lint.report;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Notice;
import io.github.veplint.lint.finding.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The default human format: {@code path:line:col  severity  rule  message}, grouped by file with a
 * blank line between files, and a summary line ({@linkplain ReportContext#quiet quiet}: without the
 * summary line, and nothing at all without findings). When the run compared with a base revision or
 * a baseline file, the findings that were already there follow as a separate group, with their count.
 */
public final class TextReport implements ReportWriter {

  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";
  private static final Map<Severity, String> COLORS =
      Map.of(Severity.ERROR, "\u001B[31m", Severity.WARNING, "\u001B[33m", Severity.INFO, "\u001B[36m");

  @Override
  public String format() {
    return "text";
  }

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    StringWriter text = new StringWriter();
    writeAll(result, context, text);
    if (!context.quiet()) {
      out.write(text.toString());
    } else if (!result.findings().isEmpty()) {
      String all = text.toString().stripTrailing();
      out.write(all.substring(0, all.lastIndexOf('\n') + 1).stripTrailing() + System.lineSeparator());
    }
  }

  private static void writeAll(LintResult result, ReportContext context, Writer out) throws IOException {
    List<Finding> preExisting = result.preExistingFindings();
    List<Finding> fresh =
        result.findings().stream().filter(f -> !result.comparison().preExisting().contains(f)).toList();
    writeFindings(fresh, context, out);
    if (!preExisting.isEmpty()) {
      if (!fresh.isEmpty()) {
        out.write(System.lineSeparator());
      }
      out.write(preExisting.size() + (preExisting.size() == 1 ? " finding was" : " findings were")
          + " already there in " + result.comparison().against().orElse("the base")
          + (result.comparison().newOnly() ? " (they fail nothing)" : "") + ":" + System.lineSeparator());
      writeFindings(preExisting, context, out);
    }
    if (!result.findings().isEmpty()) {
      out.write(System.lineSeparator());
    }
    if (!result.comparison().fixed().isEmpty()) {
      int fixed = result.comparison().fixed().size();
      out.write("fixed: " + fixed + (fixed == 1 ? " finding" : " findings") + " of "
          + result.comparison().against().orElse("the base") + " no longer occur" + (fixed == 1 ? "s" : "")
          + System.lineSeparator());
    }
    for (Notice notice : result.notices()) {
      out.write("note: " + notice.ruleId() + ": " + notice.message() + System.lineSeparator());
    }
    long fixable = result.findings().stream().filter(f -> f.fix().isPresent()).count();
    if (fixable > 0) {
      out.write("fix: " + fixable + (fixable == 1 ? " finding has" : " findings have")
          + " a mechanical fix: 'vep-lint fix' applies it (add --dry-run --diff to see it first)"
          + System.lineSeparator());
    }
    out.write(summary(result) + System.lineSeparator());
  }

  /** Findings grouped by file, a blank line between files. */
  private static void writeFindings(List<Finding> findings, ReportContext context, Writer out) throws IOException {
    String previousFile = null;
    for (Finding finding : findings) {
      if (previousFile != null && !previousFile.equals(finding.file())) {
        out.write(System.lineSeparator());
      }
      previousFile = finding.file();
      String location = finding.file() + ":" + finding.line() + ":" + finding.column();
      String severity = String.format("%-7s", finding.severity().label());
      if (context.color()) {
        location = BOLD + location + RESET;
        severity = COLORS.get(finding.severity()) + severity + RESET;
      }
      out.write(location + "  " + severity + "  " + finding.ruleId() + "  " + finding.message()
          + System.lineSeparator());
    }
  }

  /** One line: how many files, errors, warnings and infos. */
  public static String summary(LintResult result) {
    Map<Severity, Integer> counts = result.countsBySeverity();
    long filesWithFindings = result.findings().stream().map(Finding::file).distinct().count();
    return String.format(
        "%d %s checked, %d with findings: %d %s, %d %s, %d info",
        result.files().size(), result.files().size() == 1 ? "file" : "files",
        filesWithFindings,
        counts.get(Severity.ERROR), counts.get(Severity.ERROR) == 1 ? "error" : "errors",
        counts.get(Severity.WARNING), counts.get(Severity.WARNING) == 1 ? "warning" : "warnings",
        counts.get(Severity.INFO));
  }
}
