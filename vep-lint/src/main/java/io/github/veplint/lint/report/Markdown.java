package io.github.veplint.lint.report;

/**
 * The one place that turns text from a repository (file names, messages that quote a VEP) into
 * GitHub Markdown for the job summary and the pull request comment. What comes out is shown as
 * written and does nothing: no HTML, no link or image, no emphasis, no table cell break, no line
 * break, and no {@code @mention} that would notify someone.
 */
final class Markdown {

  /** Characters that start Markdown syntax in inline text, escaped with a backslash. */
  private static final String SYNTAX = "\\`*_[]|~";
  /** After '@', so GitHub sees no mention; it renders as nothing. */
  private static final String ZERO_WIDTH_SPACE = "&#8203;";

  private Markdown() {}

  /** Inline text: one line, shown literally (table cells included: '|' is escaped). */
  static String text(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        out.append(' ');
      } else if (SYNTAX.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (c == '&') {
        out.append("&amp;");
      } else if (c == '@') {
        out.append('@').append(ZERO_WIDTH_SPACE);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A code span holding {@code text} literally (a file name in a heading): fenced by one backtick
   * more than the longest run inside it, with control characters as spaces. Nothing in a code span
   * is HTML, a link or a mention. Not for table cells, where a '|' would still end the cell.
   */
  static String code(String text) {
    String line = text.chars().map(c -> Character.isISOControl(c) ? ' ' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    int longest = 0;
    int run = 0;
    for (int i = 0; i < line.length(); i++) {
      run = line.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    // A space on each side when the text starts or ends with a backtick, which CommonMark strips.
    String pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
    return fence + pad + line + pad + fence;
  }
}
