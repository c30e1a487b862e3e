package io.github.veplint.lint.spi;

import static io.github.veplint.model.VepStatus.DEFERRED;
import static io.github.veplint.model.VepStatus.IMPLEMENTABLE;
import static io.github.veplint.model.VepStatus.IMPLEMENTED;
import static io.github.veplint.model.VepStatus.PROVISIONAL;
import static io.github.veplint.model.VepStatus.REJECTED;
import static io.github.veplint.model.VepStatus.REPLACED;
import static io.github.veplint.model.VepStatus.WITHDRAWN;

import io.github.veplint.model.VepStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which {@code status} changes a pull request may make, and which states a new VEP may start in.
 *
 * <p>{@link #COMMUNITY} is the table of kubevirt/enhancements' own front matter validator, read from
 * VEP 282's states: deferred, rejected, withdrawn and replaced are final (VEP 282 sets them "any
 * time" and draws no way out), implemented only moves on to replaced. A repository that revives
 * deferred VEPs (as the VEP 307 discussion asked) lists its own rows under {@code
 * status-transitions} in {@code .vep-lint.yaml}; each row given replaces that state's row.
 *
 * @param allowed per state at the base, the states it may change to; a state without a row is final
 * @param initial the states a VEP new since the base may start in
 */
public record StatusTransitions(Map<VepStatus, Set<VepStatus>> allowed, Set<VepStatus> initial) {

  /** kubevirt/enhancements' table; a new VEP starts as provisional or implementable. */
  public static final StatusTransitions COMMUNITY = new StatusTransitions(
      Map.of(
          PROVISIONAL, EnumSet.of(IMPLEMENTABLE, DEFERRED, REJECTED, WITHDRAWN, REPLACED),
          IMPLEMENTABLE, EnumSet.of(IMPLEMENTED, DEFERRED, REJECTED, WITHDRAWN, REPLACED),
          IMPLEMENTED, EnumSet.of(REPLACED)),
      EnumSet.of(PROVISIONAL, IMPLEMENTABLE));

  /** Copies the collections so the record stays immutable. */
  public StatusTransitions {
    Map<VepStatus, Set<VepStatus>> rows = new EnumMap<>(VepStatus.class);
    Objects.requireNonNull(allowed, "allowed").forEach((from, to) -> {
      if (!to.isEmpty()) {
        rows.put(from, Set.copyOf(to));
      }
    });
    allowed = Map.copyOf(rows);
    initial = Set.copyOf(Objects.requireNonNull(initial, "initial"));
  }

  /** Whether a VEP may change from {@code from} at the base to {@code to}; staying put always may. */
  public boolean allows(VepStatus from, VepStatus to) {
    return from == to || next(from).contains(to);
  }

  /** The states {@code from} may change to, in VEP 282's order; empty for a final state. */
  public Set<VepStatus> next(VepStatus from) {
    Set<VepStatus> next = EnumSet.noneOf(VepStatus.class);
    next.addAll(allowed.getOrDefault(from, Set.of()));
    return next;
  }

  /** Whether no change leads out of {@code state}. */
  public boolean isFinal(VepStatus state) {
    return !allowed.containsKey(state);
  }

  /** The same table with {@code from}'s row replaced (an empty row makes the state final). */
  public StatusTransitions withRow(VepStatus from, Set<VepStatus> to) {
    Map<VepStatus, Set<VepStatus>> rows = new EnumMap<>(VepStatus.class);
    rows.putAll(allowed);
    rows.put(from, to);
    return new StatusTransitions(rows, initial);
  }

  /** The same table with other initial states. */
  public StatusTransitions withInitial(Set<VepStatus> states) {
    return new StatusTransitions(allowed, states);
  }
}
