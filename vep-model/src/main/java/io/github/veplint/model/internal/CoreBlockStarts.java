package io.github.veplint.model.internal;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * flexmark's seven core block parsers as one block parser factory, tried in the order flexmark
 * itself resolves them to, where three of them are skipped on a line whose first non-blank
 * character cannot start their block: a fenced code block ({@code `} or {@code ~}), a heading
 * ({@code #}, or a line of only {@code =} or only {@code -} and blanks under a paragraph) and a
 * thematic break (a line of only {@code *}, {@code _} or {@code -} and blanks). flexmark tries each
 * of those with a regular expression on every line, which in the CLI's short, C1-compiled runs
 * costs about a quarter of the parse.
 *
 * <p>Contract: up to the limit below, the parse is the one flexmark's core gives. The skipped
 * parsers start nothing on such a line (each one's pattern begins with those characters) and change
 * no state before that check; the others, whose first steps are cheap or have side effects (a list
 * parser forgets the line its item handled), are always tried. {@link #configure} turns flexmark's
 * own copies off, so each parser is tried once. Not carried over: the core factories' lead-in
 * handlers, which only flexmark's formatter uses for escaping.
 *
 * <p>One limit: no block starts inside more than {@link #MAX_OPEN_BLOCKS} open blocks (block quotes,
 * lists and their items); what a line nests deeper is read as the text of the deepest block, and
 * the line's start is listed in {@link #TOO_DEEP}. flexmark closes a list by walking down its last
 * items, so a line of ten thousand nested list markers would cost it the square of that.
 */
final class CoreBlockStarts implements CustomBlockParserFactory {

  /** The most blocks open around a block that starts; no VEP nests a tenth as deep. */
  static final int MAX_OPEN_BLOCKS = 1000;

  /**
   * Set on a parsed document when a line nested deeper than {@link #MAX_OPEN_BLOCKS}: the offsets
   * (in the parsed text) of the starts of those lines, in order.
   */
  static final DataKey<List<Integer>> TOO_DEEP = new DataKey<>("VEP_LINT_TOO_DEEP", List.of());

  /**
   * Whether a core parser may start a block on a line, from its first non-blank character and
   * whether the line holds nothing but that character and blanks.
   */
  private interface LineFilter {
    boolean mayStart(char first, boolean markerLine);
  }

  /** A core parser: its flexmark option, its factory, and the lines it may start a block on. */
  private record Core(DataKey<Boolean> option, CustomBlockParserFactory factory, LineFilter filter) {}

  private static final LineFilter ANY_LINE = (first, markerLine) -> true;

  /** flexmark's core block parsers, in the order its dependency rules give them. */
  private static final List<Core> CORE =
      List.of(
          new Core(Parser.BLOCK_QUOTE_PARSER, new BlockQuoteParser.Factory(), ANY_LINE),
          new Core(
              Parser.HEADING_PARSER,
              new HeadingParser.Factory(),
              (first, markerLine) -> first == '#' || markerLine && (first == '=' || first == '-')),
          new Core(
              Parser.FENCED_CODE_BLOCK_PARSER,
              new FencedCodeBlockParser.Factory(),
              (first, markerLine) -> first == '`' || first == '~'),
          new Core(Parser.HTML_BLOCK_PARSER, new HtmlBlockParser.Factory(), ANY_LINE),
          new Core(
              Parser.THEMATIC_BREAK_PARSER,
              new ThematicBreakParser.Factory(),
              (first, markerLine) -> markerLine && (first == '*' || first == '_' || first == '-')),
          new Core(Parser.LIST_BLOCK_PARSER, new ListBlockParser.Factory(), ANY_LINE),
          new Core(Parser.INDENTED_CODE_BLOCK_PARSER, new IndentedCodeBlockParser.Factory(), ANY_LINE));

  /** A builder's options with flexmark's own core block parsers off; this factory replaces them. */
  static MutableDataSet configure(MutableDataSet options) {
    CORE.forEach(core -> options.set(core.option(), false));
    return options;
  }

  @Override
  public BlockParserFactory apply(DataHolder options) {
    return new Starts(
        CORE.stream().map(core -> core.factory().apply(options)).toArray(BlockParserFactory[]::new),
        CORE.stream().map(Core::filter).toArray(LineFilter[]::new));
  }

  @Override
  public Set<Class<?>> getAfterDependents() {
    return null;
  }

  @Override
  public Set<Class<?>> getBeforeDependents() {
    return null;
  }

  @Override
  public boolean affectsGlobalScope() {
    return false;
  }

  /** The parsers of one document parse, in {@link #CORE} order, with their filters. */
  private static final class Starts implements BlockParserFactory {
    private final BlockParserFactory[] parsers;
    private final LineFilter[] filters;

    Starts(BlockParserFactory[] parsers, LineFilter[] filters) {
      this.parsers = parsers;
      this.filters = filters;
    }

    /** What flexmark's own loop over its factories returns: the first start, or none. */
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getActiveBlockParsers().size() > MAX_OPEN_BLOCKS) {
        MutableDataHolder document = state.getProperties();
        List<Integer> lines = document.contains(TOO_DEEP) ? TOO_DEEP.get(document) : null;
        if (lines == null) {
          lines = new ArrayList<>();
          document.set(TOO_DEEP, lines);
        }
        if (lines.isEmpty() || lines.get(lines.size() - 1).intValue() != state.getLineStart()) {
          lines.add(state.getLineStart());
        }
        return BlockStart.none();
      }
      BasedSequence line = state.getLine();
      int at = state.getNextNonSpaceIndex();
      char first = at < line.length() ? line.charAt(at) : '\n';
      // "- item" and "* item" start with a setext or thematic break character; only a line of
      // nothing else can be one.
      boolean markerLine =
          (first == '-' || first == '=' || first == '*' || first == '_') && isMarkerLine(line, at, first);
      for (int i = 0; i < parsers.length; i++) {
        if (filters[i].mayStart(first, markerLine) && matched.getBlockParser().canInterruptBy(parsers[i])) {
          BlockStart start = parsers[i].tryStart(state, matched);
          if (start != null) {
            return start;
          }
        }
      }
      return BlockStart.none();
    }

    /**
     * Whether the line from {@code at} holds only {@code marker}, spaces and tabs (and line
     * terminators, which a pattern's {@code $} may stand before): what a setext underline and a
     * thematic break are made of. Looked at from the end, which for a list item ("- item") is its
     * last character, so that a line of thousands of nested markers costs no square of its length.
     */
    private static boolean isMarkerLine(BasedSequence line, int at, char marker) {
      for (int i = line.length() - 1; i >= at; i--) {
        char c = line.charAt(i);
        if (c != marker && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\u0085'
            && c != '\u2028' && c != '\u2029') {
          return false;
        }
      }
      return true;
    }
  }
}
