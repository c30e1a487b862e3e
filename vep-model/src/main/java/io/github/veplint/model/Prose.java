package io.github.veplint.model;

import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A VEP's lines with everything that is not prose blanked to spaces, so that every line keeps its
 * length and every line and column stays where it was in the file. Rules that look for words in
 * what the author wrote read it, so that a template prompt kept as a comment, a placeholder in a
 * YAML example or a name in a code span is not taken for prose. Get it from {@link Vep#prose()}.
 *
 * <p>Not prose, each a {@link Kind}:
 *
 * <ul>
 *   <li>{@link Kind#FRONT_MATTER}: every line before {@link #firstBodyLine()} (the front matter
 *       block, its {@code ---} lines included);
 *   <li>{@link Kind#FENCED_CODE}: a fenced code block, its fence lines included. A line opens one
 *       when, after any white space and {@code >} block quote markers (at any indentation), it has
 *       three or more backticks or tildes; not a backtick fence whose info string holds a backtick.
 *       The block ends at the first later line that, stripped of white space and {@code >}
 *       markers, is a run of at least as many of the same character and nothing else; a fence
 *       never closed runs to the end of the file. No fence opens inside an HTML comment;
 *   <li>{@link Kind#CODE_SPAN}: a run of n backticks up to the next run of exactly n backticks on
 *       the same line, both runs included ({@code ``a ` b``}). A backtick run that is not closed on
 *       its line is prose, and so is a code span broken across lines;
 *   <li>{@link Kind#HTML_COMMENT}: from {@code <!--} to the next {@code -->}, both included, across
 *       lines; a comment never closed runs to the end of the file. A {@code <!--} inside a code
 *       span or a fenced code block opens no comment, and backticks inside a comment open no code
 *       span.
 * </ul>
 *
 * <p>Everything else is prose, markup included (headings, list markers, emphasis, links, HTML
 * tags). In particular indented code blocks stay, and so do HTML blocks other than comments: a line
 * scanner cannot tell an indented code block from a list item's next paragraph, and for the rules
 * that read prose, keeping text only means looking at more of it. Where the scanner and a markdown
 * parse differ, the scanner's rule above holds: a {@code ```} line indented four or more spaces is
 * a fence here, a fence in a list item or block quote that ends before the fence is closed runs to
 * its closing line or the end of the file, a {@code <!--} that the parse reads as text (in an
 * indented code block, or an inline comment it rejects) opens a comment, and a code span across
 * lines is prose. No column ever moves. {@link
 * Vep#comments()} are the comments of the markdown parse; on every markdown file of
 * kubevirt/enhancements and of the VEPs written after it, they are exactly what {@link
 * Kind#HTML_COMMENT} blanks.
 *
 * <p>Immutable and safe to share between threads. The blanking is worked out on the first call
 * that needs it, once.
 */
public final class Prose {

  /** A kind of text that is not prose. */
  public enum Kind {
    /** The front matter block, its {@code ---} lines included. */
    FRONT_MATTER,
    /** A fenced code block, its fence lines included. */
    FENCED_CODE,
    /** An inline code span, its backticks included. */
    CODE_SPAN,
    /** An HTML comment, {@code <!--} and {@code -->} included. */
    HTML_COMMENT
  }

  private static final Kind[] KINDS = Kind.values();
  private static final Set<Kind> ALL = Set.copyOf(EnumSet.allOf(Kind.class));
  private static final Pattern FENCE = Pattern.compile("^[\\s>]*(`{3,}|~{3,})(.*)$");

  private final List<String> source;
  private final int firstBodyLine;
  private volatile Scan scan;

  private Prose(List<String> source, int firstBodyLine) {
    this.source = source;
    this.firstBodyLine = firstBodyLine;
  }

  /**
   * The prose of a file.
   *
   * @param lines the file's lines without line terminators, line {@code n} at index {@code n - 1}
   * @param firstBodyLine the first line after the front matter (1 when there is none)
   * @return the prose, its parts found once
   */
  public static Prose of(List<String> lines, int firstBodyLine) {
    if (firstBodyLine < 1) {
      throw new IllegalArgumentException("firstBodyLine < 1: " + firstBodyLine);
    }
    return new Prose(List.copyOf(lines), firstBodyLine);
  }

  /**
   * The first line after the front matter; 1 when there is none.
   *
   * @return the 1-based line number
   */
  public int firstBodyLine() {
    return firstBodyLine;
  }

  /**
   * The number of lines, as in the file.
   *
   * @return how many lines the file has
   */
  public int lineCount() {
    return source.size();
  }

  /**
   * The file's lines with every {@link Kind} blanked, line {@code n} at index {@code n - 1}; a line
   * without anything to blank is the file's own string.
   *
   * @return the lines, unmodifiable
   */
  public List<String> lines() {
    return scan().blanked;
  }

  /**
   * Line {@code number} (1-based) of {@link #lines()}; empty for a line outside the file.
   *
   * @param number a 1-based line number
   * @return the line as blanked; empty outside the file
   */
  public String line(int number) {
    return number >= 1 && number <= source.size() ? scan().blanked.get(number - 1) : "";
  }

  /**
   * The file's lines with only the kinds in {@code blanked} blanked: the same parts as {@link
   * #lines()} (they are found together, so a {@code <!--} in a code span is no comment here
   * either), of which the others are left as written. Made on each call; {@link #lines()} is the
   * view with every kind.
   *
   * @param blanked the kinds to blank
   * @return a new list of the file's lines
   */
  public List<String> lines(Set<Kind> blanked) {
    Scan s = scan();
    if (blanked.containsAll(ALL)) {
      return s.blanked;
    }
    if (blanked.isEmpty()) {
      return source;
    }
    String[] out = new String[source.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = s.view(i, source.get(i), blanked);
    }
    return List.of(out);
  }

  /**
   * Line {@code number} (1-based) of {@link #lines(Set)}, without making the other lines; empty
   * for a line outside the file.
   *
   * @param number a 1-based line number
   * @param blanked the kinds to blank
   * @return the line; empty outside the file
   */
  public String line(int number, Set<Kind> blanked) {
    if (number < 1 || number > source.size()) {
      return "";
    }
    return scan().view(number - 1, source.get(number - 1), blanked);
  }

  /**
   * The body as one text: every line of the file followed by {@code '\n'}, the lines before {@link
   * #firstBodyLine()} and the lines numbered (1-based) in {@code skipped} left empty, the others
   * with the kinds in {@code blanked} blanked (none: as written). Lines and columns stay those of
   * the file.
   *
   * @param blanked the kinds to blank in the body's lines
   * @param skipped 1-based numbers of lines to leave empty
   * @return the body, as long in lines as the file
   */
  public String body(Set<Kind> blanked, BitSet skipped) {
    StringBuilder text = new StringBuilder();
    for (int number = 1; number <= source.size(); number++) {
      if (number >= firstBodyLine && !skipped.get(number)) {
        text.append(blanked.isEmpty() ? source.get(number - 1) : line(number, blanked));
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** Whether this is the prose of {@code lines} with the body starting at {@code bodyLine}. */
  boolean isOf(List<String> lines, int bodyLine) {
    return bodyLine == firstBodyLine && (lines == source || source.equals(lines));
  }

  /** Equal when made of equal lines with the same first body line. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Prose that && isOf(that.source, that.firstBodyLine);
  }

  /** A hash of the lines and the first body line. */
  @Override
  public int hashCode() {
    return 31 * source.hashCode() + firstBodyLine;
  }

  /** The line count and the first body line (not the text). */
  @Override
  public String toString() {
    return "Prose[lines=" + source.size() + ", firstBodyLine=" + firstBodyLine + "]";
  }

  private Scan scan() {
    Scan result = scan;
    if (result == null) {
      synchronized (this) {
        result = scan;
        if (result == null) {
          result = new Scan(source, firstBodyLine);
          scan = result;
        }
      }
    }
    return result;
  }

  /** The blanked lines, and what was blanked where. */
  private static final class Scan {
    /** Every kind blanked. */
    final List<String> blanked;
    /** Per line: the kind's ordinal plus one when the whole line is of one kind, else 0. */
    final byte[] whole;
    /** Per line: (start, end exclusive, kind ordinal) triples of inline parts, or null. */
    final int[][] inline;

    Scan(List<String> lines, int firstBodyLine) {
      int count = lines.size();
      String[] out = new String[count];
      whole = new byte[count];
      inline = new int[count][];
      String openFence = null;
      boolean inComment = false;
      Parts parts = new Parts();
      for (int index = 0; index < count; index++) {
        String line = lines.get(index);
        if (index + 1 < firstBodyLine) {
          out[index] = blankWhole(index, line, Kind.FRONT_MATTER);
          continue;
        }
        if (openFence != null) {
          if (closes(line, openFence)) {
            openFence = null;
          }
          out[index] = blankWhole(index, line, Kind.FENCED_CODE);
          continue;
        }
        if (!inComment && mayOpenFence(line)) {
          Matcher fence = FENCE.matcher(line);
          if (fence.matches() && !(fence.group(1).charAt(0) == '`' && fence.group(2).contains("`"))) {
            openFence = fence.group(1);
            out[index] = blankWhole(index, line, Kind.FENCED_CODE);
            continue;
          }
        }
        // Each search below is one pass over the line; most prose lines need only these two.
        int firstTick = line.indexOf('`');
        if (!inComment && firstTick < 0 && line.indexOf("<!--") < 0) {
          out[index] = line;
          continue;
        }
        parts.clear();
        inComment = findInline(line, firstTick, parts, inComment);
        if (parts.size == 0) {
          out[index] = line;
          continue;
        }
        int[] found = parts.toArray();
        inline[index] = found;
        out[index] = blank(line, found, null);
      }
      blanked = List.of(out);
    }

    private String blankWhole(int index, String line, Kind kind) {
      whole[index] = (byte) (kind.ordinal() + 1);
      return " ".repeat(line.length());
    }

    /** Line {@code index} with only the kinds in {@code kinds} blanked. */
    String view(int index, String line, Set<Kind> kinds) {
      if (whole[index] != 0) {
        return kinds.contains(KINDS[whole[index] - 1]) ? blanked.get(index) : line;
      }
      int[] found = inline[index];
      return found == null ? line : blank(line, found, kinds);
    }
  }

  /**
   * {@code line} with the parts of {@code found} ((start, end, kind) triples) of the given kinds
   * ({@code null}: every kind) replaced by spaces; {@code line} itself when none is. Built from
   * whole strings, so a Latin-1 line is copied as bytes and never widened to UTF-16 and back, as
   * a {@code char[]} would.
   */
  private static String blank(String line, int[] found, Set<Kind> kinds) {
    StringBuilder masked = null;
    int copied = 0;
    for (int p = 0; p < found.length; p += 3) {
      if (kinds == null || kinds.contains(KINDS[found[p + 2]])) {
        if (masked == null) {
          masked = new StringBuilder(line.length());
        }
        masked.append(line, copied, found[p]).append(" ".repeat(found[p + 1] - found[p]));
        copied = found[p + 1];
      }
    }
    return masked == null ? line : masked.append(line, copied, line.length()).toString();
  }

  /**
   * Whether {@link #FENCE} can match: the first character that is neither {@code \s} white space
   * nor {@code >} starts three backticks or tildes. Checked first because it looks at a line's
   * start only, where the pattern would scan all of it.
   */
  private static boolean mayOpenFence(String line) {
    int i = 0;
    int length = line.length();
    while (i < length && (isPatternSpace(line.charAt(i)) || line.charAt(i) == '>')) {
      i++;
    }
    return line.startsWith("```", i) || line.startsWith("~~~", i);
  }

  /** {@code \s} of {@link Pattern}: ASCII white space only. */
  private static boolean isPatternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** A growing list of (start, end, kind) triples, reused from line to line. */
  private static final class Parts {
    int[] items = new int[12];
    int size;

    void clear() {
      size = 0;
    }

    void add(int start, int end, Kind kind) {
      if (start >= end) {
        return;
      }
      if (size + 3 > items.length) {
        items = Arrays.copyOf(items, items.length * 2);
      }
      items[size++] = start;
      items[size++] = end;
      items[size++] = kind.ordinal();
    }

    int[] toArray() {
      return Arrays.copyOf(items, size);
    }
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
   * Finds the comments and code spans of {@code line} into {@code parts}; returns whether a
   * comment is still open at its end. {@code firstTick} is {@code line.indexOf('`')}. Jumps from
   * one backtick or comment opener to the next (each searched for once, then reused until passed)
   * instead of testing every character.
   */
  private static boolean findInline(String line, int firstTick, Parts parts, boolean inComment) {
    int length = line.length();
    int i = 0;
    int nextTick = firstTick; // -1: none left
    int nextOpener = -2;
    while (i < length) {
      if (inComment) {
        int end = line.indexOf("-->", i);
        int stop = end < 0 ? length : end + 3;
        parts.add(i, stop, Kind.HTML_COMMENT);
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
        // The opener and the comment's text are one part.
        int end = line.indexOf("-->", nextOpener + 4);
        int stop = end < 0 ? length : end + 3;
        parts.add(nextOpener, stop, Kind.HTML_COMMENT);
        i = stop;
        inComment = end < 0;
      } else if (nextTick >= 0) {
        int run = runLength(line, nextTick, '`');
        int close = closingRun(line, nextTick + run, run);
        if (close < 0) {
          i = nextTick + run;
        } else {
          parts.add(nextTick, close + run, Kind.CODE_SPAN);
          i = close + run;
        }
      } else {
        break;
      }
    }
    return inComment;
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
}
