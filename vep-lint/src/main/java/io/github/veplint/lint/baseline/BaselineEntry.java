package io.github.veplint.lint.baseline;

import io.github.veplint.lint.finding.Finding;
import java.util.Comparator;
import java.util.Objects;

/**
 * A finding as a baseline remembers it: where it was and what it said, without its position.
 *
 * @param rule the rule id
 * @param file the file, relative to the repository root, with {@code /} separators
 * @param fingerprint {@link Fingerprint#of(Finding)}
 * @param message the message, for a person reading the baseline file or the list of fixed findings
 */
public record BaselineEntry(String rule, String file, String fingerprint, String message)
    implements Comparable<BaselineEntry> {

  /** File, rule, fingerprint, message: the order of a baseline file. */
  public static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::file)
      .thenComparing(BaselineEntry::rule).thenComparing(BaselineEntry::fingerprint)
      .thenComparing(BaselineEntry::message);

  /** Rejects nulls. */
  public BaselineEntry {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(message, "message");
  }

  /** The entry of a finding. */
  public static BaselineEntry of(Finding finding) {
    return new BaselineEntry(finding.ruleId(), finding.file(), Fingerprint.of(finding), finding.message());
  }

  /** The same entry for a file at another path (a renamed file). */
  BaselineEntry at(String path) {
    return new BaselineEntry(rule, path, fingerprint, message);
  }

  /** The key findings are matched by: rule, file, fingerprint. */
  String key() {
    return rule + '\u0000' + file + '\u0000' + fingerprint;
  }

  @Override
  public int compareTo(BaselineEntry other) {
    return ORDER.compare(this, other);
  }
}
