package io.github.veplint.lint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.veplint.lint.baseline.Fingerprint;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.schemas.VepSchemas;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The machine-readable format: one JSON object with the tool version, the linted files, every
 * finding and counts, as described by the JSON Schema {@value VepSchemas#REPORT_ID} (shipped in
 * vep-schemas as {@value VepSchemas#REPORT_RESOURCE}).
 *
 * <pre>{@code
 * {
 *   "$schema": "https://veplint.github.io/schemas/vep-lint-report.schema.json",
 *   "version": "0.1.0",
 *   "files": ["veps/sig-compute/42-hotplug/vep.md"],
 *   "findings": [{"rule": "title-format", "severity": "error",
 *                 "file": "veps/sig-compute/42-hotplug/vep.md", "line": 1, "column": 1,
 *                 "message": "..."}],
 *   "summary": {"files": 1, "filesWithFindings": 1, "errors": 1, "warnings": 0, "infos": 0,
 *               "byRule": {"title-format": 1}}
 * }
 * }</pre>
 *
 * <p>Paths stay relative to the repository root, and the root itself is left out, so a report is
 * the same on every machine and can be compared between runs.
 */
public final class JsonReport implements ReportWriter {

  @Override
  public String format() {
    return "json";
  }

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    ObjectNode report = JsonOutput.object();
    report.put("$schema", VepSchemas.REPORT_ID);
    report.put("version", context.toolVersion());
    ArrayNode files = report.putArray("files");
    result.files().forEach(files::add);
    ArrayNode findings = report.putArray("findings");
    for (Finding finding : result.findings()) {
      ObjectNode node = finding(findings.addObject(), finding);
      result.baselineState(finding).ifPresent(state ->
          node.put("baseline", state.label()).put("fingerprint", Fingerprint.of(finding)));
    }
    if (!result.notices().isEmpty()) {
      ArrayNode notices = report.putArray("notices");
      result.notices().forEach(n -> notices.addObject().put("rule", n.ruleId()).put("message", n.message()));
    }
    Map<Severity, Integer> counts = result.countsBySeverity();
    ObjectNode summary = report.putObject("summary");
    summary.put("files", result.files().size());
    summary.put("filesWithFindings", result.findings().stream().map(Finding::file).distinct().count());
    summary.put("errors", counts.get(Severity.ERROR));
    summary.put("warnings", counts.get(Severity.WARNING));
    summary.put("infos", counts.get(Severity.INFO));
    if (result.comparison().compared()) {
      summary.put("preExisting", result.preExistingFindings().size());
      summary.put("fixed", result.comparison().fixed().size());
    }
    long fixable = result.findings().stream().filter(f -> f.fix().isPresent()).count();
    if (fixable > 0) {
      summary.put("fixable", fixable);
    }
    ObjectNode byRule = summary.putObject("byRule");
    result.countsByRule().forEach(byRule::put);
    JsonOutput.write(report, out);
  }

  /**
   * Writes a finding as the report's schema describes it ({@code rule}, {@code severity}, {@code
   * file}, {@code line}, {@code column}, {@code message}, and {@code fix} when the rule offers one):
   * the one place findings become JSON, for
   * this report and the release view alike.
   */
  public static ObjectNode finding(ObjectNode node, Finding finding) {
    node.put("rule", finding.ruleId())
        .put("severity", finding.severity().label())
        .put("file", finding.file())
        .put("line", finding.line())
        .put("column", finding.column())
        .put("message", finding.message());
    finding.fix().ifPresent(fix -> node.put("fix", fix.description()));
    return node;
  }
}
