package io.github.veplint.lint.release;

import java.util.Set;
import java.util.TreeSet;

/**
 * The VEPs a pull request's body refers to, matched as {@code kubevirt/kubevirt}'s {@code
 * label-approved-veps.py} matches them: {@code kubevirt/enhancements/issues/N} (with or without
 * {@code https://github.com/} before it) and {@code enhancements#N} (with or without {@code
 * kubevirt/} before it), case-sensitive, {@code N} one or more decimal digits. A body is hostile
 * input: the scan is linear (no regular expression), reads at most {@link #MAX_CHARS} characters
 * and takes numbers of at most {@link #MAX_DIGITS} digits (a longer run is no VEP number).
 */
public final class PullReferences {

  /** The most characters of a body read: GitHub's own limit on a pull request body. */
  public static final int MAX_CHARS = 65_536;

  /** The most digits of a VEP number. */
  public static final int MAX_DIGITS = 9;

  private static final String ISSUE_URL = "kubevirt/enhancements/issues/";
  private static final String SHORT = "enhancements#";

  private PullReferences() {}

  /** The VEP numbers {@code body} refers to, ascending; empty for a null body. */
  public static Set<Integer> in(String body) {
    Set<Integer> numbers = new TreeSet<>();
    if (body == null) {
      return numbers;
    }
    String text = body.length() > MAX_CHARS ? body.substring(0, MAX_CHARS) : body;
    collect(text, ISSUE_URL, numbers);
    collect(text, SHORT, numbers);
    return numbers;
  }

  /** Adds the number after each occurrence of {@code prefix}; each character is looked at a bounded number of times. */
  private static void collect(String text, String prefix, Set<Integer> numbers) {
    for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
      int from = at + prefix.length();
      int to = from;
      long value = 0;
      while (to < text.length() && Character.isDigit(text.charAt(to))) {
        value = to - from < MAX_DIGITS ? value * 10 + Character.digit(text.charAt(to), 10) : value;
        to++;
      }
      if (to > from && to - from <= MAX_DIGITS) {
        numbers.add((int) value);
      }
    }
  }
}
