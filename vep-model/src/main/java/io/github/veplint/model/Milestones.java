package io.github.veplint.model;

import java.util.List;
import java.util.Optional;

/**
 * A VEP's target releases per stage, in the order they were written.
 *
 * @param targets every target, including extra stages such as {@code alpha2} and stages that are
 *     explicitly not targeted
 */
public record Milestones(List<ReleaseTarget> targets) {

  /** No targets at all. */
  public static final Milestones NONE = new Milestones(List.of());

  /**
   * Copies the list so the record stays immutable.
   *
   * @param targets every target, including extra stages such as {@code alpha2} and stages that are
   *     explicitly not targeted
   */
  public Milestones {
    targets = List.copyOf(targets);
  }

  /**
   * The first target for exactly the given stage ({@code alpha}, {@code beta}, {@code ga}).
   *
   * @param stage {@code alpha}, {@code beta} or {@code ga}
   * @return its first target; empty when the stage has none
   */
  public Optional<ReleaseTarget> stage(String stage) {
    return targets.stream().filter(t -> t.stage().equals(stage)).findFirst();
  }

  /**
   * The alpha target, if any.
   *
   * @return the first alpha target; empty when there is none
   */
  public Optional<ReleaseTarget> alpha() {
    return stage("alpha");
  }

  /**
   * The beta target, if any.
   *
   * @return the first beta target; empty when there is none
   */
  public Optional<ReleaseTarget> beta() {
    return stage("beta");
  }

  /**
   * The GA target, if any.
   *
   * @return the first GA target; empty when there is none
   */
  public Optional<ReleaseTarget> ga() {
    return stage("ga");
  }

  /**
   * Whether no stage has a target.
   *
   * @return true when no target is written
   */
  public boolean isEmpty() {
    return targets.isEmpty();
  }
}
