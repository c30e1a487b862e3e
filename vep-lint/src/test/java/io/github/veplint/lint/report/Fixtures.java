package io.github.veplint.lint.report;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.Rule;
import io.github.veplint.model.SourcePosition;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Hand-built lint results and rules, so report tests depend on no rule's behavior. */
final class Fixtures {

  static final String HOTPLUG = "veps/sig-compute/42-hotplug/vep.md";
  static final String NOTES = "veps/sig-compute/42-hotplug/notes.md";
  static final String CLEAN = "veps/sig-network/7-clean/vep.md";
  /** A space and a non-ASCII letter, for URI encoding. */
  static final String UMLAUT = "veps/sig storage/9-ümlaut/vep.md";

  /** Everything a report must carry through its format's escaping. */
  static final String TRICKY = "100% wrong: a, b\nnext <line> & \"quoted\" ]]> 'x'";

  static final FakeRule TITLE_FORMAT = new FakeRule("title-format", Severity.ERROR,
      "The first heading is 'VEP #<number>: <title>'",
      "The template opens every VEP with a level-1 heading.\n\nBad:\n```markdown\n# Overview\n```\n");
  static final FakeRule MISSING_SECTION = new FakeRule("missing-section", Severity.WARNING,
      "Every template section is present", "Reviewers look for each section.\n");
  static final FakeRule UNUSED_SUPPRESSION = new FakeRule("unused-suppression", Severity.INFO,
      "A suppression comment suppresses nothing", "Remove it.\n");
  static final FakeRule NEVER_FIRES = new FakeRule("never-fires", Severity.WARNING,
      "A rule with no findings in this run", "Still listed in SARIF.\n");

  static final List<Rule> RULES = List.of(MISSING_SECTION, NEVER_FIRES, TITLE_FORMAT, UNUSED_SUPPRESSION);

  private Fixtures() {}

  /** A rule that checks nothing: reports only read its metadata. */
  record FakeRule(String id, Severity defaultSeverity, String summary, String description) implements Rule {}

  static Finding finding(String rule, Severity severity, String file, int line, int column, String message) {
    return new Finding(rule, severity, file, new SourcePosition(line, column), message);
  }

  /**
   * Four files, sorted as the engine sorts them (' ' before '-', so {@link #UMLAUT} first), one
   * clean; an error, a warning with {@link #TRICKY} text and an info in one VEP;
   * an info-only attachment; a finding in a path needing URI escapes; and a repository-wide
   * {@code internal-error} whose rule is not among {@link #RULES}.
   */
  static LintResult result() {
    return new LintResult("/nonexistent/repo", List.of(UMLAUT, NOTES, HOTPLUG, CLEAN), List.of(
        finding("title-format", Severity.ERROR, HOTPLUG, 1, 1, "the title heading has no VEP number: write '# VEP #42: Hotplug'"),
        finding("missing-section", Severity.WARNING, HOTPLUG, 12, 3, TRICKY),
        finding("unused-suppression", Severity.INFO, HOTPLUG, 30, 1, "this comment suppresses nothing"),
        finding("unused-suppression", Severity.INFO, NOTES, 4, 1, "this comment suppresses nothing"),
        finding("title-format", Severity.ERROR, UMLAUT, 2, 5, "the title heading has no title after the number"),
        finding("internal-error", Severity.ERROR, "", 1, 1, "rule 'numbering' failed (IllegalStateException)")));
  }

  static LintResult empty() {
    return new LintResult("/nonexistent/repo", List.of(), List.of());
  }

  static ReportContext context() {
    return context("1.2.3");
  }

  static ReportContext context(String version) {
    return new ReportContext(RULES, false, version);
  }

  static String render(ReportWriter writer, LintResult result, ReportContext context) {
    StringWriter out = new StringWriter();
    try {
      writer.write(result, context, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
