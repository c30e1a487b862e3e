package io.github.veplint.model.internal;

import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.ParseProblem.Kind;
import io.github.veplint.model.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A file's bytes decoded to text, with the problems decoding met and an index from character
 * offsets to line and column. Decoding never fails: bad bytes become U+FFFD and a problem.
 */
public final class SourceText {

  private static final char REPLACEMENT = '\uFFFD';

  private final String text;
  private final int[] lineStarts;
  private final List<ParseProblem> problems;

  private SourceText(String text, List<ParseProblem> problems) {
    this.text = text;
    this.lineStarts = indexLines(text);
    this.problems = problems;
  }

  /** Decodes UTF-8 (with or without a byte-order mark), accepting UTF-16 with a byte-order mark. */
  public static SourceText decode(byte[] bytes) {
    List<ParseProblem> problems = new ArrayList<>();
    String decoded;
    int firstBad = -1;
    int badCount = 0;
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      var charset = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      decoded = new String(bytes, 2, bytes.length - 2, charset);
      problems.add(
          new ParseProblem(
              Kind.ENCODING,
              "file is UTF-16; VEPs are UTF-8: re-save it as UTF-8 without a byte-order mark",
              SourcePosition.START));
    } else {
      int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      // The String constructor is the JDK's fastest decoder but replaces bad bytes silently; a
      // result without U+FFFD came from valid UTF-8. Otherwise decode again to find and count them.
      String fast = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
      if (fast.indexOf(REPLACEMENT) < 0) {
        return withoutNul(fast, problems, -1, 0);
      }
      CharsetDecoder decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
      CharBuffer out = CharBuffer.allocate(bytes.length - skip + 1);
      while (true) {
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
          if (firstBad < 0) {
            firstBad = out.position();
          }
          badCount++;
          out.put(REPLACEMENT);
          in.position(in.position() + result.length());
        } else {
          break;
        }
      }
      decoder.flush(out);
      out.flip();
      decoded = out.toString();
    }
    return withoutNul(decoded, problems, firstBad, badCount);
  }

  /** Replaces NUL characters and records the decoding problems found. */
  private static SourceText withoutNul(
      String decoded, List<ParseProblem> problems, int firstBad, int badCount) {
    int nul = decoded.indexOf('\0');
    if (nul >= 0) {
      decoded = decoded.replace('\0', REPLACEMENT);
    }
    SourceText source = new SourceText(decoded, problems);
    if (firstBad >= 0) {
      problems.add(
          new ParseProblem(
              Kind.ENCODING,
              "invalid UTF-8 ("
                  + badCount
                  + (badCount == 1 ? " byte sequence" : " byte sequences")
                  + " replaced); re-save the file as UTF-8",
              source.position(firstBad)));
    }
    if (nul >= 0) {
      problems.add(
          new ParseProblem(
              Kind.BINARY,
              "file contains NUL bytes and looks binary, not markdown; a VEP must be a text file",
              source.position(nul)));
    }
    return source;
  }

  /** Wraps text that is already decoded. */
  public static SourceText of(String text) {
    return new SourceText(text, new ArrayList<>());
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int[] indexLines(String text) {
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    if (text.indexOf('\r') < 0) {
      // indexOf scans the string's bytes in one tight loop; charAt per character costs several
      // times more in the C1-compiled code a short run mostly executes.
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
      return Arrays.copyOf(starts, count);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (c == '\n' || (c == '\r' && !crlf)) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** The decoded text. */
  public String text() {
    return text;
  }

  /** The problems decoding met, in file order. */
  public List<ParseProblem> problems() {
    return problems;
  }

  /** How many lines the text has; a trailing line terminator does not start a counted line. */
  public int lineCount() {
    int count = lineStarts.length;
    return count > 1 && lineStarts[count - 1] == text.length() ? count - 1 : count;
  }

  /** The offset of the first character of a 1-based line. */
  public int lineStart(int line) {
    return lineStarts[Math.max(0, Math.min(line - 1, lineStarts.length - 1))];
  }

  /** One line's text without its terminator, 1-based. */
  public String line(int line) {
    int start = lineStart(line);
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Every line's text, in order. */
  public List<String> lines() {
    int count = lineCount();
    List<String> lines = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      lines.add(line(i));
    }
    return lines;
  }

  /** The 1-based line holding the character at {@code offset}. */
  public int lineOf(int offset) {
    int index = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** The line and column of the character at {@code offset}. */
  public SourcePosition position(int offset) {
    int line = lineOf(offset);
    return new SourcePosition(line, Math.max(0, offset - lineStarts[line - 1]) + 1);
  }
}
