package io.github.veplint.lint.fix;

import io.github.veplint.lint.finding.Fix;
import io.github.veplint.model.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A file's bytes as text that edits can be applied to and written back exactly: the byte-order
 * mark and every line terminator not touched by an edit come back as they were, and line breaks
 * in inserted text take the file's own line ending. Lines and columns are counted as {@link
 * io.github.veplint.model.Vep#lines()} counts them ({@code \n}, {@code \r\n} and a lone {@code \r}
 * end a line), so positions from a parse of the same bytes address the same characters.
 */
final class EditableText {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** An edit resolved to character offsets; {@code order} keeps insertions at one point in sequence. */
  record Span(int start, int end, String replacement, int order) {
    boolean overlaps(Span other) {
      if (start == end || other.start == other.end) {
        int point = start == end ? start : other.start;
        Span range = start == end ? other : this;
        return range.start < point && point < range.end;
      }
      return start < other.end && other.start < end;
    }
  }

  private final boolean bom;
  private final String text;
  private final int[] lineStarts;
  private final String lineEnding;

  private EditableText(boolean bom, String text) {
    this.bom = bom;
    this.text = text;
    this.lineStarts = lineStarts(text);
    this.lineEnding = firstLineEnding(text);
  }

  /**
   * Reads bytes, or says why they cannot be edited without changing bytes the edits do not touch:
   * text that is not UTF-8 (a re-encoding would replace what could not be decoded) or holds NUL.
   */
  static Result read(byte[] bytes) {
    boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    int skip = bom ? BOM.length : 0;
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      return new Result(Optional.empty(), Optional.of("not valid UTF-8, so it cannot be rewritten without changing"
          + " bytes no fix touches; re-save it as UTF-8"));
    }
    if (text.indexOf('\0') >= 0) {
      return new Result(Optional.empty(), Optional.of("holds NUL bytes: not a text file"));
    }
    return new Result(Optional.of(new EditableText(bom, text)), Optional.empty());
  }

  /** The text, or why there is none. */
  record Result(Optional<EditableText> text, Optional<String> problem) {}

  /** The decoded text without the byte-order mark. */
  String text() {
    return text;
  }

  /** The character offset a position names (see {@link Fix} for positions past an end). */
  int offset(SourcePosition position) {
    int lines = lineCount();
    if (position.line() > lines) {
      return text.length();
    }
    int start = lineStarts[position.line() - 1];
    int end = position.line() < lineStarts.length ? lineStarts[position.line()] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return Math.min(start + position.column() - 1, end);
  }

  /** The edit as offsets into this text, with its line breaks in this file's line ending. */
  Span span(Fix.Edit edit, int order) {
    String replacement = lineEnding.equals("\n") ? edit.replacement() : edit.replacement().replace("\n", lineEnding);
    return new Span(offset(edit.start()), offset(edit.end()), replacement, order);
  }

  /** The bytes after applying non-overlapping spans. */
  byte[] apply(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> s.end() - s.start()).thenComparingInt(Span::order));
    StringBuilder out = new StringBuilder(text.length() + 256);
    int at = 0;
    for (Span span : sorted) {
      if (span.start() < at) {
        throw new IllegalArgumentException("overlapping edits at offset " + span.start());
      }
      out.append(text, at, span.start()).append(span.replacement());
      at = span.end();
    }
    out.append(text, at, text.length());
    byte[] encoded = out.toString().getBytes(StandardCharsets.UTF_8);
    if (!bom) {
      return encoded;
    }
    byte[] withBom = Arrays.copyOf(BOM, BOM.length + encoded.length);
    System.arraycopy(encoded, 0, withBom, BOM.length, encoded.length);
    return withBom;
  }

  private int lineCount() {
    int count = lineStarts.length;
    return count > 1 && lineStarts[count - 1] == text.length() ? count - 1 : count;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static String firstLineEnding(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return "\n";
      }
      if (c == '\r') {
        return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
      }
    }
    return "\n";
  }
}
