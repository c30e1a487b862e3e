package io.github.veplint.lint;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of one lint run.
 *
 * @param repositoryRoot the repository root findings are relative to
 * @param files the markdown files that were linted, relative to the root, sorted
 * @param findings every finding, sorted by file, line, column and rule
 */
public record LintResult(String repositoryRoot, List<String> files, List<Finding> findings) {

  /** Copies the lists so the record stays immutable. */
  public LintResult {
    files = List.copyOf(files);
    findings = findings.stream().sorted().toList();
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
