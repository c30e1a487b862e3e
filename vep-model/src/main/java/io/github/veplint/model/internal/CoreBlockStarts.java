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
 * <p>Contract: the parse is the one flexmark's core gives. The skipped parsers start nothing on such
 * a line (each one's pattern begins with those characters) and change no state before that check;
 * the others, whose first steps are cheap or have side effects (a list parser forgets the line its
 * item handled), are always tried. {@link #configure} turns flexmark's own copies off, so each
 * parser is tried once. Not carried over: the core factories' lead-in handlers, which only flexmark's
 * formatter uses for escaping.
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

  /** flexmark's options for its core block parsers, in the order its dependency rules give them. */
  private static final List<DataKey<Boolean>> CORE_PARSER_OPTIONS =
      List.of(
          Parser.BLOCK_QUOTE_PARSER,
          Parser.HEADING_PARSER,
          Parser.FENCED_CODE_BLOCK_PARSER,
          Parser.HTML_BLOCK_PARSER,
          Parser.THEMATIC_BREAK_PARSER,
          Parser.LIST_BLOCK_PARSER,
          Parser.INDENTED_CODE_BLOCK_PARSER);

  /** A builder's options with flexmark's own core block parsers off; this factory replaces them. */
  static MutableDataSet configure(MutableDataSet options) {
    CORE_PARSER_OPTIONS.forEach(key -> options.set(key, false));
    return options;
  }

  @Override
  public BlockParserFactory apply(DataHolder options) {
    return new Starts(
        new BlockParserFactory[] {
          new BlockQuoteParser.Factory().apply(options),
          new HeadingParser.Factory().apply(options),
          new FencedCodeBlockParser.Factory().apply(options),
          new HtmlBlockParser.Factory().apply(options),
          new ThematicBreakParser.Factory().apply(options),
          new ListBlockParser.Factory().apply(options),
          new IndentedCodeBlockParser.Factory().apply(options)
        });
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

  /** The parsers of one document parse, in {@link #CORE_PARSER_OPTIONS} order. */
  private static final class Starts implements BlockParserFactory {
    private static final int HEADING = 1;
    private static final int FENCED_CODE = 2;
    private static final int THEMATIC_BREAK = 4;

    private final BlockParserFactory[] parsers;

    Starts(BlockParserFactory[] parsers) {
      this.parsers = parsers;
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
        if (mayStart(i, first, markerLine) && matched.getBlockParser().canInterruptBy(parsers[i])) {
          BlockStart start = parsers[i].tryStart(state, matched);
          if (start != null) {
            return start;
          }
        }
      }
      return BlockStart.none();
    }

    private static boolean mayStart(int parser, char first, boolean markerLine) {
      switch (parser) {
        case HEADING:
          return first == '#' || markerLine && (first == '=' || first == '-');
        case FENCED_CODE:
          return first == '`' || first == '~';
        case THEMATIC_BREAK:
          return markerLine && (first == '*' || first == '_' || first == '-');
        default:
          return true;
      }
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
