package io.github.veplint.testkit;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One {@code <!-- expect: ... -->} marker of a fixture: a finding the rule under test must report.
 * Lines and columns are those of the fixture as written, markers included, so they are the
 * numbers an editor shows (see {@link RuleCheck} for the grammar).
 *
 * @param file the file the marker is in, relative to the repository root, with {@code /}
 * @param ruleId the id of the rule that must report the finding
 * @param line the 1-based fixture line the finding must be on
 * @param column the 1-based column it must start at; empty: any column
 * @param severity the severity it must have after configuration; empty: any severity
 * @param messageContains a text its message must contain; empty: any message
 * @param markerLine the fixture line the marker itself is written on
 */
public record Expectation(
    String file,
    String ruleId,
    int line,
    OptionalInt column,
    Optional<Severity> severity,
    Optional<String> messageContains,
    int markerLine) {

  /**
   * Rejects nulls and positions that are not 1-based.
   *
   * @param file the file the marker is in, relative to the repository root, with {@code /}
   * @param ruleId the id of the rule that must report the finding
   * @param line the 1-based fixture line the finding must be on
   * @param column the 1-based column it must start at; empty: any column
   * @param severity the severity it must have after configuration; empty: any severity
   * @param messageContains a text its message must contain; empty: any message
   * @param markerLine the fixture line the marker itself is written on
   */
  public Expectation {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(messageContains, "messageContains");
    if (line < 1 || markerLine < 1 || (column.isPresent() && column.getAsInt() < 1)) {
      throw new IllegalArgumentException("positions are 1-based");
    }
  }

  /**
   * Whether a finding, in fixture coordinates, meets this expectation: same file, rule and line,
   * and the column, severity and message text when the marker gives them.
   *
   * @param finding a finding of the run, its position in fixture coordinates
   * @return whether it is the finding this marker asks for
   */
  public boolean matches(Finding finding) {
    return finding.file().equals(file)
        && finding.ruleId().equals(ruleId)
        && finding.line() == line
        && (column.isEmpty() || finding.column() == column.getAsInt())
        && severity.map(s -> s == finding.severity()).orElse(true)
        && messageContains.map(m -> finding.message().contains(m)).orElse(true);
  }

  /**
   * The expectation as a marker would write it with an explicit position, e.g. {@code 12:3
   * missing-section severity=warning "Alternatives"}; failure messages list it this way.
   *
   * @return the marker's text after {@code expect:}, with the line always written
   */
  public String describe() {
    StringBuilder out = new StringBuilder().append(line);
    column.ifPresent(c -> out.append(':').append(c));
    out.append(' ').append(ruleId);
    severity.ifPresent(s -> out.append(" severity=").append(s.label()));
    messageContains.ifPresent(m -> out.append(" \"").append(m.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
    return out.toString();
  }
}
