package io.github.veplint.model.internal;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, with {@link #match} and {@link #matchWithGroups} taking the match
 * bounds from the {@link Matcher} itself. flexmark's own versions call {@code
 * Matcher.toMatchResult()}, which on JDK 17 copies the whole input ({@code input.toString()}: the
 * paragraph, one {@code charAt} through the segment tree per character) on every backtick, link,
 * entity and inline HTML match: a paragraph with k code spans costs k copies of itself. This was
 * the largest single cost of parsing a VEP. Results are identical: same regions, same matches.
 */
final class LinearMatchInlineParser extends InlineParserImpl {

  LinearMatchInlineParser(
      DataHolder options,
      BitSet specialCharacters,
      BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors,
      LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> inlineParserExtensions) {
    super(
        options,
        specialCharacters,
        delimiterCharacters,
        delimiterProcessors,
        linkRefProcessors,
        inlineParserExtensions);
  }

  /**
   * Paragraphs without {@code [} or {@code <} cannot hold what the model reads from inline content
   * (links, images, autolinks, inline HTML comments), so their inline parse is skipped: they keep
   * their text as one {@link Text} node. Most prose paragraphs of a VEP are like this, and the
   * inline parser is the most expensive part of a parse. Headings are always parsed, since their
   * text is read without emphasis markers and escapes.
   */
  @Override
  public void parse(BasedSequence content, Node block) {
    if (block instanceof Paragraph && content.length() > CHUNKED_ABOVE) {
      parseInChunks(content, block);
      return;
    }
    if (block instanceof Paragraph && !mayHoldLinksOrHtml(block.getChars())) {
      block.appendChild(new Text(content));
      return;
    }
    super.parse(content, block);
  }

  /**
   * The inline parse of long paragraphs, a piece at a time. Some inline searches rescan the rest of
   * the paragraph at every opener (a run of {@code [x](} costs the square of its length: 0.6 s for
   * 32 KB, 146 s for 512 KB), but no real construct is that long: a table of 43 KB, which
   * CommonMark reads as one paragraph, is rows of a few hundred characters. So a paragraph over
   * {@link #CHUNKED_ABOVE} characters (the longest in kubevirt/enhancements is under 8 000) is
   * parsed in pieces of at most {@link #CHUNK_CHARS}, cut at line ends (else at a space): each
   * costs what a short paragraph costs, the whole stays linear, and only a link broken across a
   * cut is read as text.
   */
  private void parseInChunks(BasedSequence content, Node block) {
    int length = content.length();
    int start = 0;
    while (start < length) {
      int end = chunkEnd(content, start, length);
      BasedSequence chunk = content.subSequence(start, end);
      if (mayHoldLinksOrHtml(chunk)) {
        // Parsed under a node of its own, then moved: the parse walks its block's children, which
        // for the paragraph itself would grow with every piece.
        Paragraph piece = new Paragraph(chunk);
        super.parse(chunk, piece);
        for (Node child = piece.getFirstChild(); child != null; ) {
          Node next = child.getNext();
          child.unlink();
          block.appendChild(child);
          child = next;
        }
      } else {
        block.appendChild(new Text(chunk));
      }
      start = end;
    }
  }

  /** Paragraphs longer than this are parsed in pieces. */
  static final int CHUNKED_ABOVE = 8 * 1024;

  /** The longest pieces a long paragraph is parsed in. */
  static final int CHUNK_CHARS = 2048;

  private static int chunkEnd(BasedSequence content, int start, int length) {
    int limit = start + CHUNK_CHARS;
    if (limit >= length) {
      return length;
    }
    for (int i = limit - 1; i > start; i--) {
      if (content.charAt(i) == '\n') {
        return i + 1;
      }
    }
    for (int i = limit - 1; i > start; i--) {
      if (content.charAt(i) == ' ') {
        return i + 1;
      }
    }
    return Character.isHighSurrogate(content.charAt(limit - 1)) ? limit + 1 : limit;
  }

  private boolean mayHoldLinksOrHtml(BasedSequence chars) {
    if (!(chars.getBase() instanceof String base)) {
      return true;
    }
    int start = chars.getStartOffset();
    int end = Math.min(chars.getEndOffset(), base.length());
    return nextBracket.in(base, start) < end || nextAngle.in(base, start) < end;
  }

  private final NextIndex nextBracket = new NextIndex('[');
  private final NextIndex nextAngle = new NextIndex('<');

  /**
   * The next index of one character, remembered: paragraphs come in document order, so one search
   * serves every paragraph up to the character found, and a document is scanned about once.
   */
  private static final class NextIndex {
    private final char wanted;
    private String text;
    private int from = Integer.MAX_VALUE;
    private int found;

    NextIndex(char wanted) {
      this.wanted = wanted;
    }

    /** The first index of the character at or after {@code start}, or {@code MAX_VALUE}. */
    int in(String base, int start) {
      if (base != text || start < from || (found != Integer.MAX_VALUE && found < start)) {
        int at = base.indexOf(wanted, start);
        text = base;
        from = start;
        found = at < 0 ? Integer.MAX_VALUE : at;
      }
      return found;
    }
  }

  @Override
  public BasedSequence match(Pattern re) {
    Matcher matcher = findAtIndex(re);
    return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    Matcher matcher = findAtIndex(re);
    if (matcher == null) {
      return null;
    }
    BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
    groups[0] = input.subSequence(matcher.start(), matcher.end());
    for (int i = 1; i < groups.length; i++) {
      if (matcher.start(i) >= 0) {
        groups[i] = input.subSequence(matcher.start(i), matcher.end(i));
      }
    }
    return groups;
  }

  /**
   * Finds {@code re} in the input from {@code index} on and moves past the match; else null.
   *
   * <p>Some of flexmark's expressions backtrack exponentially: its link label, angle-bracket
   * destination and title patterns allow a backslash both as an escape and on its own, so {@code
   * [u} followed by 80 backslashes and no {@code ]} took longer than anyone waits (found by
   * fuzzing). A search may read at most {@link #READ_BUDGET} characters per character of the rest
   * of the paragraph; one that needs more is abandoned as no match, so the construct stays plain
   * text and the rest of the document is read as usual. A normal search reads each character a
   * few times.
   */
  private Matcher findAtIndex(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    long budget = (long) READ_BUDGET * (input.length() - index) + 4096;
    Matcher matcher = re.matcher(new BudgetedSequence(input, budget));
    matcher.region(index, input.length());
    try {
      if (!matcher.find()) {
        return null;
      }
    } catch (BudgetedSequence.Exhausted e) {
      return null;
    }
    index = matcher.end();
    return matcher;
  }

  /** Characters a search may read per character of the text it searches. */
  static final int READ_BUDGET = 64;

  /** A view of a sequence that stops a search reading more than a set number of characters. */
  private static final class BudgetedSequence implements CharSequence {
    private final CharSequence text;
    private long left;

    BudgetedSequence(CharSequence text, long budget) {
      this.text = text;
      this.left = budget;
    }

    @Override
    public char charAt(int index) {
      if (--left < 0) {
        throw new Exhausted();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text.toString();
    }

    /** Thrown out of a search that used up its budget; no stack trace, it is not an error. */
    static final class Exhausted extends RuntimeException {
      Exhausted() {
        super(null, null, false, false);
      }
    }
  }
}
