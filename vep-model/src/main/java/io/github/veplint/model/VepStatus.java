package io.github.veplint.model;

import java.util.Locale;
import java.util.Optional;

/** The seven proposal states of VEP 282. */
public enum VepStatus {
  /** Open for design discussion. */
  PROVISIONAL,
  /** Design approved; tracked for a release. */
  IMPLEMENTABLE,
  /** The feature reached GA; the VEP is complete. */
  IMPLEMENTED,
  /** Not actively progressing; removed from release tracking. */
  DEFERRED,
  /** Will not proceed. */
  REJECTED,
  /** The author discontinued the proposal. */
  WITHDRAWN,
  /** Superseded by another VEP. */
  REPLACED;

  /**
   * The value as written in front matter, e.g. {@code implementable}.
   *
   * @return the front matter value
   */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a front matter value; empty for anything that is not one of the seven states.
   *
   * @param value a front matter value
   * @return the state; empty for anything else
   */
  public static Optional<VepStatus> fromYaml(String value) {
    for (VepStatus status : values()) {
      if (status.yamlName().equals(value)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether no further transition is allowed out of this state.
   *
   * @return true for a state no transition leaves
   */
  public boolean isTerminal() {
    return this == REJECTED || this == WITHDRAWN || this == REPLACED || this == IMPLEMENTED;
  }
}
