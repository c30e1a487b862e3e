package io.github.veplint.lint.baseline;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a run's findings compare with what was there before: the base revision ({@code --base}) or a
 * baseline file ({@code --baseline}). A finding matches an earlier one with the same rule, the same
 * file (following renames) and the same {@link Fingerprint}; of several equal ones, as many as the
 * earlier state had are pre-existing, in report order.
 *
 * @param against what the findings were compared with, for messages (e.g. {@code the base
 *     origin/main (abc1234)}); empty for a run that compared with nothing
 * @param preExisting the findings that were already there
 * @param fixed the earlier findings that no longer occur, sorted
 * @param newOnly whether only new findings count toward {@code fail-on} ({@code --new-only}, or a
 *     baseline file, which never fails for what it lists)
 */
public record Comparison(Optional<String> against, Set<Finding> preExisting, List<BaselineEntry> fixed,
    boolean newOnly) {

  /** The comparison of a run that compared with nothing: every finding is its own. */
  public static final Comparison NONE = new Comparison(Optional.empty(), Set.of(), List.of(), false);

  /** Copies the collections so the record stays immutable. */
  public Comparison {
    Objects.requireNonNull(against, "against");
    preExisting = Set.copyOf(preExisting);
    fixed = fixed.stream().sorted().toList();
  }

  /** Whether the run was compared with anything. */
  public boolean compared() {
    return against.isPresent();
  }

  /** A finding's state; empty when the run compared with nothing. */
  public Optional<BaselineState> state(Finding finding) {
    if (against.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(preExisting.contains(finding) ? BaselineState.UNCHANGED : BaselineState.NEW);
  }

  /** Whether a finding counts toward {@code fail-on}: always, unless it is pre-existing and only new ones count. */
  public boolean counts(Finding finding) {
    return !(newOnly && preExisting.contains(finding));
  }

  /** Whether a finding at or above {@code threshold} counts toward {@code fail-on}. */
  public boolean fails(Collection<Finding> findings, Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold) && counts(f));
  }

  /**
   * Matches findings with earlier entries whose files are already given as the findings' paths
   * (renames followed by the caller).
   */
  public static Comparison match(String against, Collection<Finding> findings, Collection<BaselineEntry> earlier,
      boolean newOnly) {
    Map<String, Integer> remaining = new HashMap<>();
    for (BaselineEntry entry : earlier) {
      remaining.merge(entry.key(), 1, Integer::sum);
    }
    Set<Finding> preExisting = new HashSet<>();
    for (Finding finding : findings.stream().sorted().toList()) {
      String key = BaselineEntry.of(finding).key();
      Integer left = remaining.get(key);
      if (left != null && left > 0) {
        preExisting.add(finding);
        remaining.put(key, left - 1);
      }
    }
    List<BaselineEntry> fixed = new ArrayList<>();
    for (BaselineEntry entry : earlier.stream().sorted().toList()) {
      Integer left = remaining.get(entry.key());
      if (left != null && left > 0) {
        fixed.add(entry);
        remaining.put(entry.key(), left - 1);
      }
    }
    return new Comparison(Optional.of(against), preExisting, fixed, newOnly);
  }

  /** This comparison and another of the same run: pre-existing in either, fixed in either. */
  public Comparison and(Comparison other) {
    if (!other.compared()) {
      return this;
    }
    if (!compared()) {
      return other;
    }
    Set<Finding> both = new HashSet<>(preExisting);
    both.addAll(other.preExisting);
    List<BaselineEntry> fixedBoth = new ArrayList<>(fixed);
    fixedBoth.addAll(other.fixed);
    return new Comparison(Optional.of(against.get() + " and " + other.against.get()), both, fixedBoth,
        newOnly || other.newOnly);
  }
}
