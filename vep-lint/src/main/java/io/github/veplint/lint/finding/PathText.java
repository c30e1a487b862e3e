package io.github.veplint.lint.finding;

/**
 * File names as findings and reports carry them. A name from a pull request is data: one holding a
 * control character (a line break, a tab, an escape) could start a new line in a line-based report
 * or workflow command, so such a file is not linted; it gets one finding on its {@link #safe safe
 * rendering} instead, which has no control character.
 */
public final class PathText {

  private PathText() {}

  /** Whether {@code path} holds a control character (Unicode category Cc). */
  public static boolean hasControl(String path) {
    return path.chars().anyMatch(Character::isISOControl);
  }

  /**
   * {@code path} with each control character written as a Java-style escape ({@code \n}, {@code
   * \t}, {@code \r}, else {@code \}{@code uXXXX}) and each backslash doubled, so different names
   * stay different; a name without control characters is returned as it is.
   */
  public static String safe(String path) {
    if (!hasControl(path)) {
      return path;
    }
    StringBuilder out = new StringBuilder(path.length() + 8);
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c)) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
