package io.github.veplint.testkit;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Notice;
import java.util.List;

/**
 * What a {@link RuleCheck} found: the expectations of the fixtures, the findings of the run in
 * fixture coordinates (lines as the fixture is written, markers included), and which of each
 * went unmatched. {@link RuleCheck#verify} throws when {@link #passed()} is false; {@link
 * RuleCheck#run} hands this over for assertions of one's own.
 *
 * @param fixture the repository-relative path the fixture was linted at
 * @param source where the fixture came from (a resource name, or the path again), for messages
 * @param expectations every expectation of every fixture file, in file and line order
 * @param findings every finding of the run, sorted, positions in fixture coordinates
 * @param missing the expectations no finding met
 * @param unexpected the findings no expectation asked for
 * @param notices the run's notices: about the run, not a place in a file, so never expected
 */
public record RuleCheckResult(
    String fixture,
    String source,
    List<Expectation> expectations,
    List<Finding> findings,
    List<Expectation> missing,
    List<Finding> unexpected,
    List<Notice> notices) {

  /**
   * Copies the lists so the record stays immutable.
   *
   * @param fixture the repository-relative path the fixture was linted at
   * @param source where the fixture came from (a resource name, or the path again), for messages
   * @param expectations every expectation of every fixture file, in file and line order
   * @param findings every finding of the run, sorted, positions in fixture coordinates
   * @param missing the expectations no finding met
   * @param unexpected the findings no expectation asked for
   * @param notices the run's notices: about the run, not a place in a file, so never expected
   */
  public RuleCheckResult {
    expectations = List.copyOf(expectations);
    findings = List.copyOf(findings);
    missing = List.copyOf(missing);
    unexpected = List.copyOf(unexpected);
    notices = List.copyOf(notices);
  }

  /**
   * Whether every expectation met exactly one finding and every finding was expected.
   *
   * @return true when nothing is missing and nothing unexpected
   */
  public boolean passed() {
    return missing.isEmpty() && unexpected.isEmpty();
  }

  /**
   * The report of a failed check: the missing expectations, the unexpected findings, then every
   * finding of the run, each as {@code line:column}; files other than the fixture are named.
   *
   * @return the report, one item a line
   */
  public String failureMessage() {
    StringBuilder out = new StringBuilder();
    out.append(source.equals(fixture) ? fixture : source + " (linted as " + fixture + ")")
        .append(": ").append(missing.size()).append(" missing, ")
        .append(unexpected.size()).append(" unexpected\n");
    if (!missing.isEmpty()) {
      out.append("missing (expected, not reported):\n");
      for (Expectation e : missing) {
        out.append("  ").append(where(e.file())).append(e.describe())
            .append("   (marker on line ").append(e.markerLine()).append(")\n");
      }
    }
    if (!unexpected.isEmpty()) {
      out.append("unexpected (reported, not expected):\n");
      unexpected.forEach(f -> out.append("  ").append(describe(f)).append('\n'));
    }
    out.append("all findings of the run:");
    if (findings.isEmpty()) {
      out.append(" none");
    }
    out.append('\n');
    findings.forEach(f -> out.append("  ").append(describe(f)).append('\n'));
    if (!notices.isEmpty()) {
      out.append("notices of the run (never findings, so never expected):\n");
      notices.forEach(n -> out.append("  ").append(n.ruleId()).append(": ").append(n.message()).append('\n'));
    }
    return out.toString();
  }

  private String describe(Finding f) {
    return where(f.file()) + f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.severity().label()
        + " \"" + f.message() + "\"";
  }

  private String where(String file) {
    return file.equals(fixture) ? "" : file + ":";
  }
}
