package io.github.veplint.model;

import java.util.Optional;

/**
 * The VEP's title heading, {@code # VEP #<n>: <title>}, taken apart.
 *
 * @param heading the heading text as written, trimmed
 * @param numberText the digits after {@code VEP} / {@code VEP #} as written (e.g. {@code 0171}),
 *     or empty when the heading has no number
 * @param number the number's value, leading zeros ignored
 * @param separator what separates number and title: {@code ":"}, {@code "-"}, or empty
 * @param text the title proper, trimmed; empty when the heading has none
 * @param hasVepPrefix whether the heading starts with {@code VEP}
 * @param position the heading's first character
 */
public record VepTitle(
    String heading,
    Optional<String> numberText,
    Optional<Integer> number,
    String separator,
    String text,
    boolean hasVepPrefix,
    SourcePosition position) {

  /**
   * Whether the heading has the canonical form {@code VEP #<n>: <title>} or {@code VEP <n>: <title>}.
   *
   * @return true for a heading in one of the canonical forms
   */
  public boolean isWellFormed() {
    return hasVepPrefix && number.isPresent() && separator.equals(":") && !text.isEmpty();
  }
}
