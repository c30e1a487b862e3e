package io.github.veplint.model;

/**
 * Plain-text helpers for rules that search what an author wrote, written as single scans rather
 * than regular expressions run over a whole body.
 */
public final class Text {

  private Text() {}

  /**
   * The first index at or after {@code from} of {@code lowerCaseWord} in {@code text} ignoring
   * ASCII case, or -1: two {@code indexOf} scans for its first letter instead of a
   * case-insensitive regular expression tried at every character.
   *
   * @param text the text to search
   * @param lowerCaseWord what to find, in lower case
   * @param from the index to start at
   * @return the index of the first match; -1 when there is none
   */
  public static int indexOfIgnoreCase(String text, String lowerCaseWord, int from) {
    char lower = lowerCaseWord.charAt(0);
    char upper = Character.toUpperCase(lower);
    int nextLower = text.indexOf(lower, from);
    int nextUpper = text.indexOf(upper, from);
    while (nextLower >= 0 || nextUpper >= 0) {
      int at = nextUpper < 0 || (nextLower >= 0 && nextLower < nextUpper) ? nextLower : nextUpper;
      if (text.regionMatches(true, at, lowerCaseWord, 0, lowerCaseWord.length())) {
        return at;
      }
      if (at == nextLower) {
        nextLower = text.indexOf(lower, at + 1);
      } else {
        nextUpper = text.indexOf(upper, at + 1);
      }
    }
    return -1;
  }

  /**
   * What {@code text.replaceAll("\\s+", " ")} returns, and then, with {@code dropMarkup}, without
   * the emphasis and code markers {@code * ` _}: one pass instead of two regular expressions.
   *
   * @param text the text
   * @param dropMarkup whether to drop the emphasis and code markers too
   * @return the text with each run of white space one space
   */
  public static String collapseWhitespace(CharSequence text, boolean dropMarkup) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        if (!inRun) {
          out.append(' ');
          inRun = true;
        }
        continue;
      }
      inRun = false;
      if (!dropMarkup || (c != '*' && c != '`' && c != '_')) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The Levenshtein distance between two strings (insertions, deletions and substitutions of one
   * character each count one), compared as written: for "did you mean" hints and typo checks.
   *
   * @param a one string
   * @param b the other
   * @return the number of one-character edits that turn {@code a} into {@code b}
   */
  public static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
