package io.github.veplint.lint.rules;

import io.github.veplint.model.Vep;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A VEP's lines with everything that is not prose blanked out: the front matter, fenced code
 * blocks, code spans and HTML comments become spaces, so columns stay where they were. Rules that
 * look for words in the text use it so that a template prompt kept as a comment, or a placeholder
 * in a YAML example, is not mistaken for the author's prose.
 *
 * <p>A light line scanner rather than a full markdown parse: it errs towards treating text as prose
 * (an indented code block stays), which for its users only means looking at more text.
 */
final class ProseLines {

  private static final Pattern FENCE = Pattern.compile("^[\\s>]*(`{3,}|~{3,})(.*)$");

  private ProseLines() {}

  /** The file's lines, 1-based line {@code n} at index {@code n - 1}, with non-prose blanked. */
  static List<String> of(Vep vep) {
    int bodyStart = vep.frontMatter().map(f -> f.endLine() + 1).orElse(1);
    List<String> out = new ArrayList<>(vep.lines().size());
    String openFence = null;
    boolean inComment = false;
    for (int number = 1; number <= vep.lines().size(); number++) {
      String line = vep.line(number);
      if (number < bodyStart) {
        out.add(blank(line));
        continue;
      }
      if (openFence != null) {
        if (closes(line, openFence)) {
          openFence = null;
        }
        out.add(blank(line));
        continue;
      }
      Matcher fence = FENCE.matcher(line);
      if (!inComment
          && fence.matches()
          && !(fence.group(1).charAt(0) == '`' && fence.group(2).contains("`"))) {
        openFence = fence.group(1);
        out.add(blank(line));
        continue;
      }
      if (!inComment && line.indexOf('`') < 0 && line.indexOf("<!--") < 0) {
        // Nothing to mask: most prose lines skip the copy and the per-character scan.
        out.add(line);
        continue;
      }
      StringBuilder masked = new StringBuilder(line);
      inComment = maskInline(masked, inComment);
      out.add(masked.toString());
    }
    return List.copyOf(out);
  }

  private static boolean closes(String line, String openFence) {
    String stripped = line.strip();
    while (stripped.startsWith(">")) {
      stripped = stripped.substring(1).strip();
    }
    char marker = openFence.charAt(0);
    int run = 0;
    while (run < stripped.length() && stripped.charAt(run) == marker) {
      run++;
    }
    return run >= openFence.length() && stripped.substring(run).isBlank();
  }

  /** Blanks comments and code spans in one line; returns whether a comment is still open. */
  private static boolean maskInline(StringBuilder line, boolean inComment) {
    int i = 0;
    while (i < line.length()) {
      if (inComment) {
        int end = line.indexOf("-->", i);
        int stop = end < 0 ? line.length() : end + 3;
        blank(line, i, stop);
        i = stop;
        inComment = end < 0;
      } else if (startsWith(line, i, "<!--")) {
        blank(line, i, i + 4);
        i += 4;
        inComment = true;
      } else if (line.charAt(i) == '`') {
        int run = runLength(line, i, '`');
        int close = closingRun(line, i + run, run);
        if (close < 0) {
          i += run;
        } else {
          blank(line, i, close + run);
          i = close + run;
        }
      } else {
        i++;
      }
    }
    return inComment;
  }

  /**
   * Whether {@code text} has {@code prefix} at {@code from}. ({@code indexOf(prefix, from) == from}
   * searched the rest of the line at every character: quadratic on a 1 MiB line.)
   */
  private static boolean startsWith(CharSequence text, int from, String prefix) {
    if (from + prefix.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (text.charAt(from + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int runLength(CharSequence text, int from, char c) {
    int end = from;
    while (end < text.length() && text.charAt(end) == c) {
      end++;
    }
    return end - from;
  }

  /** The start of the next backtick run of exactly {@code length}, or -1. */
  private static int closingRun(CharSequence text, int from, int length) {
    int i = from;
    while (i < text.length()) {
      if (text.charAt(i) == '`') {
        int run = runLength(text, i, '`');
        if (run == length) {
          return i;
        }
        i += run;
      } else {
        i++;
      }
    }
    return -1;
  }

  private static void blank(StringBuilder line, int from, int to) {
    for (int i = from; i < to; i++) {
      line.setCharAt(i, ' ');
    }
  }

  private static String blank(String line) {
    return " ".repeat(line.length());
  }
}
