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
      if (!inComment && (line.contains("```") || line.contains("~~~"))) {
        Matcher fence = FENCE.matcher(line);
        if (fence.matches() && !(fence.group(1).charAt(0) == '`' && fence.group(2).contains("`"))) {
          openFence = fence.group(1);
          out.add(blank(line));
          continue;
        }
      }
      if (!inComment && line.indexOf('`') < 0 && line.indexOf("<!--") < 0) {
        // Nothing to mask: most prose lines skip the copy and the per-character scan.
        out.add(line);
        continue;
      }
      // A StringBuilder keeps a Latin-1 line in one byte per character (a char[] would widen it
      // and the String narrow it back).
      StringBuilder masked = new StringBuilder(line);
      inComment = maskInline(line, masked, inComment);
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

  /**
   * Blanks comments and code spans of {@code line} in {@code masked} (its copy); returns whether a
   * comment is still open. Jumps from one backtick or comment opener to the next (each searched for
   * once, then reused until passed) instead of testing every character.
   */
  private static boolean maskInline(String line, StringBuilder masked, boolean inComment) {
    int length = line.length();
    int i = 0;
    int nextTick = -2; // -2: not searched yet; -1: none left
    int nextOpener = -2;
    while (i < length) {
      if (inComment) {
        int end = line.indexOf("-->", i);
        int stop = end < 0 ? length : end + 3;
        fill(masked, i, stop);
        i = stop;
        inComment = end < 0;
        continue;
      }
      if (nextTick != -1 && nextTick < i) {
        nextTick = line.indexOf('`', i);
      }
      if (nextOpener != -1 && nextOpener < i) {
        nextOpener = line.indexOf("<!--", i);
      }
      if (nextOpener >= 0 && (nextTick < 0 || nextOpener < nextTick)) {
        fill(masked, nextOpener, nextOpener + 4);
        i = nextOpener + 4;
        inComment = true;
      } else if (nextTick >= 0) {
        int run = runLength(line, nextTick, '`');
        int close = closingRun(line, nextTick + run, run);
        if (close < 0) {
          i = nextTick + run;
        } else {
          fill(masked, nextTick, close + run);
          i = close + run;
        }
      } else {
        break;
      }
    }
    return inComment;
  }

  /** Sets {@code masked}'s characters from {@code from} (inclusive) to {@code to} to spaces. */
  private static void fill(StringBuilder masked, int from, int to) {
    if (from < to) {
      masked.replace(from, to, " ".repeat(to - from)); // one copy, not a check per character
    }
  }

  private static int runLength(String text, int from, char c) {
    int end = from;
    while (end < text.length() && text.charAt(end) == c) {
      end++;
    }
    return end - from;
  }

  /** The start of the next backtick run of exactly {@code length}, or -1. */
  private static int closingRun(String text, int from, int length) {
    for (int i = text.indexOf('`', from); i >= 0; ) {
      int run = runLength(text, i, '`');
      if (run == length) {
        return i;
      }
      i = text.indexOf('`', i + run);
    }
    return -1;
  }

  private static String blank(String line) {
    return " ".repeat(line.length());
  }
}
