package io.github.veplint.lint;

import io.github.veplint.lint.baseline.BaselineState;
import io.github.veplint.lint.baseline.Comparison;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Notice;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.template.TemplateStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outcome of one lint run.
 *
 * @param repositoryRoot the repository root findings are relative to
 * @param files the markdown files that were linted, relative to the root, sorted
 * @param findings every finding, sorted by file, line, column and rule
 * @param templateStatuses how each linted VEP main file stands with today's template, by path
 *     relative to the root (computed whether or not {@code template-outdated} is enabled)
 * @param notices what the run could not decide, once each, sorted
 * @param comparison which findings were there before the run's change (with {@code --base} or
 *     {@code --baseline}), and whether only new ones count toward {@code fail-on}; {@link
 *     Comparison#NONE} for a run that compared with nothing
 */
public record LintResult(
    String repositoryRoot, List<String> files, List<Finding> findings, Map<String, TemplateStatus> templateStatuses,
    List<Notice> notices, Comparison comparison) {

  /** Copies the collections so the record stays immutable. */
  public LintResult {
    files = List.copyOf(files);
    findings = findings.stream().sorted().toList();
    templateStatuses = Collections.unmodifiableMap(new TreeMap<>(templateStatuses));
    notices = notices.stream().distinct().sorted().toList();
    java.util.Objects.requireNonNull(comparison, "comparison");
  }

  /** A result that compared with nothing. */
  public LintResult(
      String repositoryRoot, List<String> files, List<Finding> findings, Map<String, TemplateStatus> templateStatuses,
      List<Notice> notices) {
    this(repositoryRoot, files, findings, templateStatuses, notices, Comparison.NONE);
  }

  /** The same result compared with what was there before. */
  public LintResult withComparison(Comparison other) {
    return new LintResult(repositoryRoot, files, findings, templateStatuses, notices, other);
  }

  /** Whether a finding is new or was there before; empty when the run compared with nothing. */
  public Optional<BaselineState> baselineState(Finding finding) {
    return comparison.state(finding);
  }

  /** The findings that were already there before the run's change, in report order. */
  public List<Finding> preExistingFindings() {
    return findings.stream().filter(comparison.preExisting()::contains).toList();
  }

  /**
   * Whether the run fails at {@code threshold}: a finding at or above it that counts (with {@code
   * --new-only} or a baseline file, a pre-existing finding does not).
   */
  public boolean failsAt(Severity threshold) {
    return comparison.fails(findings, threshold);
  }

  /** A result without notices. */
  public LintResult(
      String repositoryRoot, List<String> files, List<Finding> findings, Map<String, TemplateStatus> templateStatuses) {
    this(repositoryRoot, files, findings, templateStatuses, List.of());
  }

  /** A result without template statuses. */
  public LintResult(String repositoryRoot, List<String> files, List<Finding> findings) {
    this(repositoryRoot, files, findings, Map.of(), List.of());
  }

  /** How a VEP main file stands with today's template, when it was linted as one. */
  public Optional<TemplateStatus> templateStatus(String file) {
    return Optional.ofNullable(templateStatuses.get(file));
  }

  /** How many findings there are of each severity (every severity present, zero included). */
  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return counts;
  }

  /** How many findings each rule raised, by rule id. */
  public Map<String, Integer> countsByRule() {
    Map<String, Integer> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
    return counts;
  }

  /** Whether any finding is at least as severe as {@code threshold}. */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
  }

  /** The findings of one file. */
  public List<Finding> findingsIn(String file) {
    return findings.stream().filter(f -> f.file().equals(file)).toList();
  }
}
