package io.github.veplint.lint.finding;

import java.util.Objects;

/**
 * What a run could not decide, said once per run rather than per file: e.g. that date rules had no
 * release schedule, or that missing sections could not be dated. A notice is about the run, not
 * about a place in a file, so it is no {@link Finding}: it counts towards no severity and never
 * fails a run.
 *
 * @param ruleId the rule concerned
 * @param message what was not decided and how to get an exact verdict
 */
public record Notice(String ruleId, String message) implements Comparable<Notice> {

  /** Rejects nulls. */
  public Notice {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public int compareTo(Notice other) {
    int byRule = ruleId.compareTo(other.ruleId);
    return byRule != 0 ? byRule : message.compareTo(other.message);
  }
}
