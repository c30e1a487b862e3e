package io.github.veplint.lint.baseline;

/** Whether a finding is new in a run or was already there before it (SARIF's {@code baselineState}). */
public enum BaselineState {
  /** The run's change brought it: not in the base revision, not in the baseline file. */
  NEW("new"),
  /** It was already there: in the base revision, or listed in the baseline file. */
  UNCHANGED("unchanged");

  private final String label;

  BaselineState(String label) {
    this.label = label;
  }

  /** The name reports use: {@code new} or {@code unchanged}, as SARIF spells them. */
  public String label() {
    return label;
  }
}
