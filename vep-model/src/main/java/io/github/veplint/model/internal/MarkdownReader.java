package io.github.veplint.model.internal;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.veplint.model.HtmlComment;
import io.github.veplint.model.ParseProblem.Kind;
import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.Section;
import io.github.veplint.model.SourcePosition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the markdown body with flexmark's CommonMark core (no extensions: headings, code blocks,
 * HTML comments and links are all core syntax) into sections, links and comments.
 */
public final class MarkdownReader {

  /** Built once: flexmark parsers are immutable and safe to share between threads. */
  private static final Parser PARSER =
      Parser.builder(CoreBlockStarts.configure(new MutableDataSet()))
          .customBlockParserFactory(new CoreBlockStarts())
          .customInlineParserFactory(LinearMatchInlineParser::new)
          // flexmark adds its core paragraph pre-processor (reference definitions) only with its own
          // inline parser factory; with a custom one it must be named.
          .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
          .build();

  /**
   * The longest line outside fenced code blocks handed to flexmark, in characters, and the length
   * above which a paragraph's inline content is parsed in pieces ({@link LinearMatchInlineParser}).
   * Some inline searches cost the square of the text they run over; a line this long is no prose or
   * table row (the longest line in kubevirt/enhancements is under 8 000), while a long paragraph,
   * a 43 KB table or a 44 KB fenced code block (full CRD examples) is real content and is read.
   */
  static final int MAX_BLOCK_CHARS = 32 * 1024;

  /**
   * The body's structure.
   *
   * @param sections heading tree roots
   * @param links links, images and reference definitions
   * @param comments HTML comments (block and inline)
   * @param blockLines the lines of HTML blocks (comment blocks, {@code <details>}, {@code
   *     <table>}…) and of code blocks, fenced and indented, as the markdown parse finds them, whole
   *     lines: where the older layout's "Target releases" bullets and checklist items are not read.
   *     Not {@link io.github.veplint.model.Prose}, and not derived from it: a bullet is matched on
   *     the line as written (its value may be a code span, which prose blanks), the parse's block
   *     structure counts here (an HTML block or an indented code block is not prose to this reader,
   *     while prose keeps both), and it is needed while the {@link io.github.veplint.model.Vep} is
   *     built
   */
  public record Body(
      List<Section> sections,
      List<io.github.veplint.model.Link> links,
      List<HtmlComment> comments,
      BitSet blockLines,
      List<ParseProblem> problems) {}

  private final SourceText source;
  private final int baseOffset;
  private final List<io.github.veplint.model.Link> links = new ArrayList<>();
  private final List<ParseProblem> problems = new ArrayList<>();
  private final List<HtmlComment> comments = new ArrayList<>();
  private final BitSet blockLines = new BitSet();

  private MarkdownReader(SourceText source, int baseOffset) {
    this.source = source;
    this.baseOffset = baseOffset;
  }

  /** Reads the markdown that starts at {@code firstLine} (the line after any front matter). */
  public static Body read(SourceText source, int firstLine) {
    int base = firstLine > source.lineCount() ? source.text().length() : source.lineStart(firstLine);
    return new MarkdownReader(source, base).read();
  }

  private Body read() {
    String text = blankOverlongBlocks(source.text().substring(baseOffset));
    try {
      return read(text);
    } catch (StackOverflowError e) {
      // flexmark recurses (and its regular expressions recurse) once per nesting level; thousands
      // of nested quotes, lists or brackets exhaust the stack. Nothing of the body is kept.
      links.clear();
      comments.clear();
      blockLines.clear();
      int line = deepestLine(text);
      problems.add(
          new ParseProblem(
              Kind.LIMIT,
              "markdown nested too deeply to read (block quotes, lists or brackets thousands of"
                  + " levels deep); the body was not read: flatten the nesting",
              SourcePosition.lineStart(line)));
      return new Body(List.of(), List.of(), List.of(), new BitSet(), List.copyOf(problems));
    }
  }

  /**
   * The most work a paragraph may ask of flexmark's block parser, in characters copied. Since
   * {@link CoreBlockStarts} tries the heading parser only on lines that can be a heading, a
   * paragraph whose lines start at the margin (prose, a table, one list item's lazy continuation)
   * is read in time linear in its size (a 2 MB paragraph of 400 000 lines: half a second). What
   * stays quadratic is a paragraph continued by indented lines (inside a list item, flexmark
   * re-reads the paragraph at each indented line: 100 000 lines of {@code "  ab c"} under one
   * {@code - } item took 20 s), so a paragraph's work is its indented lines times its characters
   * over 2. 64 million keep the worst paragraph near a tenth of a second.
   */
  static final long MAX_PARAGRAPH_WORK = 64L << 20;

  /**
   * Blanks, with spaces, what flexmark cannot read in bounded time, so that it sees blank lines
   * there and every offset after it stays where it was, and reports each: a line longer than
   * {@link #MAX_BLOCK_CHARS}, or a paragraph that costs more than {@link #MAX_PARAGRAPH_WORK}. A
   * paragraph here is a run of non-blank lines that a line starting a list item or an ATX heading
   * ends, as it ends flexmark's paragraph: a list of 2 000 items, a run of 1 500 headings each with
   * one line, are that many short paragraphs, each read. Fenced code blocks are never blanked: flexmark neither inline-parses nor
   * re-reads them, so a 44 KB CRD example is read whatever its lines. Fences are found as
   * CommonMark finds them at the top level (up to three spaces of indentation, three or more
   * backticks or tildes, closed by at least as many of the same).
   */
  private String blankOverlongBlocks(String text) {
    if (text.length() <= MAX_BLOCK_CHARS) {
      // 32 KiB cannot hold a line that long nor a paragraph that costly: most VEPs skip the scan.
      return text;
    }
    Blanker blanker = new Blanker(text);
    boolean newlinesOnly = text.indexOf('\r') < 0;
    char fence = 0;
    int fenceLength = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd;
      if (newlinesOnly) {
        int newline = text.indexOf('\n', lineStart);
        lineEnd = newline < 0 ? text.length() : newline;
      } else {
        lineEnd = lineStart;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
          lineEnd++;
        }
      }
      int indent = 0;
      while (indent < 4 && lineStart + indent < lineEnd && text.charAt(lineStart + indent) == ' ') {
        indent++;
      }
      int markerAt = lineStart + indent;
      char marker = indent < 4 && markerAt < lineEnd ? text.charAt(markerAt) : 0;
      int run = 0;
      if (marker == '`' || marker == '~') {
        while (markerAt + run < lineEnd && text.charAt(markerAt + run) == marker) {
          run++;
        }
      }
      if (fence != 0) {
        if (marker == fence && run >= fenceLength && isBlank(text, markerAt + run, lineEnd)) {
          fence = 0;
        }
      } else if (run >= 3) {
        blanker.endParagraph(lineStart); // a fence interrupts a paragraph
        fence = marker;
        fenceLength = run;
      } else if (isBlank(text, lineStart, lineEnd)) {
        blanker.endParagraph(lineStart);
      } else {
        if (startsBlock(text, markerAt, lineEnd)) {
          blanker.endParagraph(lineStart);
        }
        blanker.line(lineStart, lineEnd, indent > 0 || text.charAt(lineStart) == '\t');
      }
      if (lineEnd == text.length()) {
        blanker.endParagraph(lineEnd);
        break;
      }
      lineStart = lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1);
    }
    return blanker.result();
  }

  /** The paragraph being scanned, and what has been blanked so far. */
  private final class Blanker {
    private final String text;
    private StringBuilder blanked;
    private int paragraphStart = -1;
    private int lines;
    private int indentedLines;
    private final List<int[]> longLines = new ArrayList<>();

    Blanker(String text) {
      this.text = text;
    }

    void line(int start, int end, boolean indented) {
      if (paragraphStart < 0) {
        paragraphStart = start;
      }
      lines++;
      if (indented) {
        indentedLines++;
      }
      if (end - start > MAX_BLOCK_CHARS) {
        longLines.add(new int[] {start, end});
      }
    }

    void endParagraph(int end) {
      if (paragraphStart < 0) {
        return;
      }
      long size = end - paragraphStart;
      if ((long) indentedLines * size / 2 > MAX_PARAGRAPH_WORK) {
        blank(paragraphStart, end);
        problems.add(
            new ParseProblem(
                Kind.LIMIT,
                "paragraph of "
                    + size
                    + " characters in "
                    + lines
                    + " lines, " + indentedLines + " of them indented, is more than vep-lint reads"
                    + " as one paragraph (the markdown parser re-reads a paragraph at each indented"
                    + " line); its text was not read: split it with blank lines, or put it in a"
                    + " fenced code block if it is code",
                source.position(baseOffset + paragraphStart)));
      } else {
        for (int[] line : longLines) {
          blank(line[0], line[1]);
          problems.add(
              new ParseProblem(
                  Kind.LIMIT,
                  "line of "
                      + (line[1] - line[0])
                      + " characters is longer than the "
                      + MAX_BLOCK_CHARS
                      + " a VEP line may be outside fenced code blocks; its text was not read:"
                      + " break it into lines",
                  source.position(baseOffset + line[0])));
        }
      }
      paragraphStart = -1;
      lines = 0;
      indentedLines = 0;
      longLines.clear();
    }

    private void blank(int from, int to) {
      if (blanked == null) {
        blanked = new StringBuilder(text);
      }
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c != '\n' && c != '\r') {
          blanked.setCharAt(i, ' ');
        }
      }
    }

    String result() {
      return blanked == null ? text : blanked.toString();
    }
  }

  /**
   * Whether the line, from its first non-blank character at {@code at}, starts a block that ends a
   * paragraph: an ATX heading ({@code #}), a bullet ({@code -}, {@code *}, {@code +} before a blank
   * or the line's end) or an ordered item (up to nine digits, then {@code .} or {@code )} before a
   * blank or the line's end). Looks at no more than the first ten characters.
   */
  private static boolean startsBlock(String text, int at, int end) {
    if (at >= end) {
      return false;
    }
    char first = text.charAt(at);
    if (first == '#') {
      return true;
    }
    int next = at + 1;
    if (first == '-' || first == '*' || first == '+') {
      return next == end || text.charAt(next) == ' ' || text.charAt(next) == '\t';
    }
    int digits = 0;
    while (at + digits < end && digits < 10 && text.charAt(at + digits) >= '0' && text.charAt(at + digits) <= '9') {
      digits++;
    }
    if (digits == 0 || digits > 9 || at + digits >= end) {
      return false;
    }
    char delimiter = text.charAt(at + digits);
    int after = at + digits + 1;
    return (delimiter == '.' || delimiter == ')')
        && (after == end || text.charAt(after) == ' ' || text.charAt(after) == '\t');
  }

  /** {@code text.substring(from, to).isBlank()} without the copy; most lines stop at once. */
  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The line with the longest run of quote, list and indentation markers at its start. */
  private int deepestLine(String text) {
    int best = 0;
    int bestOffset = 0;
    int lineStart = 0;
    int run = 0;
    boolean inPrefix = true;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        lineStart = i + 1;
        run = 0;
        inPrefix = true;
      } else if (inPrefix && (c == '>' || c == '-' || c == '*' || c == '+' || c == '[' || c == ' ')) {
        if (++run > best) {
          best = run;
          bestOffset = lineStart;
        }
      } else {
        inPrefix = false;
      }
    }
    return source.lineOf(baseOffset + bestOffset);
  }

  private Body read(String text) {
    Document document = PARSER.parse(text);
    for (int lineStart : CoreBlockStarts.TOO_DEEP.get(document)) {
      problems.add(
          new ParseProblem(
              Kind.LIMIT,
              "markdown nested too deeply (more than "
                  + CoreBlockStarts.MAX_OPEN_BLOCKS
                  + " block quotes, lists and list items open at once); what this line nests deeper"
                  + " was read as text: flatten the nesting",
              source.position(baseOffset + lineStart)));
    }
    List<HeadingBuilder> headings = new ArrayList<>();
    HeadingBuilder current = null;
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      Matcher atx = block instanceof Paragraph && startsWithHash(block) ? ATX_HEADING.matcher(firstLine(block)) : null;
      if (block instanceof Heading heading) {
        current = new HeadingBuilder(heading.getLevel(), headingText(heading), offset(heading));
        headings.add(current);
      } else if (atx != null && atx.matches()) {
        // CommonMark never starts a paragraph with an ATX heading line, but flexmark does after a
        // list item ending in an unclosed fenced code block (sig-compute/156's '## Repos'): read
        // the line as the heading it is on GitHub.
        current = new HeadingBuilder(atx.group(1).length(), atx.group(2) == null ? "" : atx.group(2).strip(),
            offset(block));
        headings.add(current);
        current.ownBodyBlank = block.getChars().toString().strip().indexOf('\n') < 0;
      } else if (current != null && !isBlank(block)) {
        current.ownBodyBlank = false;
      }
    }
    collectInlineFacts(document);
    return new Body(
        buildTree(headings),
        List.copyOf(links),
        List.copyOf(comments),
        blockLines,
        List.copyOf(problems));
  }

  /** An ATX heading line: up to three spaces, one to six '#', then blank or text; closing '#'s dropped. */
  private static final Pattern ATX_HEADING =
      Pattern.compile(" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*");

  /** Whether the block's first non-blank character, within three spaces, is '#': read without copying it. */
  private static boolean startsWithHash(Node block) {
    var chars = block.getChars();
    for (int i = 0; i < Math.min(4, chars.length()); i++) {
      char c = chars.charAt(i);
      if (c != ' ') {
        return c == '#';
      }
    }
    return false;
  }

  private static String firstLine(Node block) {
    String chars = block.getChars().toString();
    int end = chars.indexOf('\n');
    return (end < 0 ? chars : chars.substring(0, end)).replace("\r", "");
  }

  private static String headingText(Heading heading) {
    return new TextCollectingVisitor().collectAndGetText(heading).strip();
  }

  private static boolean isBlank(Node block) {
    if (block instanceof BlankLine) {
      return true;
    }
    // A comment block runs to the end of the line holding "-->", so text after it is content.
    if (!(block instanceof HtmlBlock || block instanceof HtmlCommentBlock)) {
      return false;
    }
    // Blank once its comments are taken out.
    String chars = block.getChars().toString();
    int from = 0;
    for (int[] comment : comments(chars)) {
      if (!isBlank(chars, from, comment[0])) {
        return false;
      }
      from = comment[1];
    }
    return isBlank(chars, from, chars.length());
  }

  /**
   * The comments in {@code text}, as (start, end exclusive, content end) triples, left to right:
   * what {@code <!--(.*?)(?:-->|\z)} (dot matching all) finds, by {@code indexOf}. A comment never
   * closed runs to the end of its block, as it does in a browser.
   */
  static List<int[]> comments(String text) {
    List<int[]> found = new ArrayList<>(0);
    for (int open = text.indexOf("<!--"); open >= 0; ) {
      int close = text.indexOf("-->", open + 4);
      if (close < 0) {
        found.add(new int[] {open, text.length(), text.length()});
        break;
      }
      found.add(new int[] {open, close + 3, close});
      open = text.indexOf("<!--", close + 3);
    }
    return found;
  }

  /**
   * Walks the tree in document order through parent and sibling links: no recursion, so deeply
   * nested input cannot overflow the stack, and no work list. Code and HTML blocks hold only text,
   * so the walk does not go into them.
   */
  private void collectInlineFacts(Document document) {
    Node node = document.getFirstChild();
    while (node != null) {
      boolean leaf = visit(node);
      Node next = leaf ? null : node.getFirstChild();
      while (next == null && node != null) {
        next = node.getNext();
        if (next == null) {
          node = node.getParent();
          if (node == document) {
            node = null;
          }
        }
      }
      node = next;
    }
    links.sort((a, b) -> a.position().compareTo(b.position()));
    comments.sort((a, b) -> a.position().compareTo(b.position()));
  }

  /** Records what one node holds; true when its children hold nothing more to record. */
  private boolean visit(Node node) {
    if (node instanceof Text) {
      return true;
    }
    if (node instanceof Link link) {
      addLink(link.getUrl().toString(), false, node);
    } else if (node instanceof Image image) {
      addLink(image.getUrl().toString(), true, node);
    } else if (node instanceof Reference reference) {
      addLink(reference.getUrl().toString(), false, node);
    } else if (node instanceof AutoLink autoLink) {
      addLink(autoLink.getText().toString(), false, node);
    } else if (node instanceof HtmlInlineComment) {
      addComments(node);
    } else if (node instanceof HtmlCommentBlock || node instanceof HtmlBlock) {
      addComments(node);
      markBlockLines(node);
      return true;
    } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
      markBlockLines(node);
      return true;
    }
    return false;
  }

  private void addLink(String destination, boolean image, Node node) {
    links.add(new io.github.veplint.model.Link(destination, image, source.position(offset(node))));
  }

  /**
   * Adds every comment of a node: a comment block may hold several on its line ({@code <!-- a -->
   * <!-- b -->}), and an HTML block such as {@code <details>} may hold comments among its tags.
   */
  private void addComments(Node node) {
    String chars = node.getChars().toString();
    for (int[] comment : comments(chars)) {
      int start = offset(node) + comment[0];
      int end = offset(node) + Math.max(comment[0], comment[1] - 1);
      String content = chars.substring(comment[0] + 4, comment[2]);
      comments.add(new HtmlComment(content.strip(), source.position(start), source.lineOf(end)));
    }
  }

  private void markBlockLines(Node node) {
    int first = source.lineOf(offset(node));
    int last = source.lineOf(Math.max(offset(node), baseOffset + node.getEndOffset() - 1));
    blockLines.set(first, last + 1);
  }

  private int offset(Node node) {
    return baseOffset + node.getStartOffset();
  }

  private List<Section> buildTree(List<HeadingBuilder> headings) {
    int lastLine = Math.max(1, source.lineCount());
    for (int i = 0; i < headings.size(); i++) {
      HeadingBuilder heading = headings.get(i);
      heading.endLine = lastLine;
      for (int j = i + 1; j < headings.size(); j++) {
        if (headings.get(j).level <= heading.level) {
          heading.endLine = Math.max(heading.startLine, headings.get(j).startLine - 1);
          break;
        }
      }
    }
    List<HeadingBuilder> roots = new ArrayList<>();
    Deque<HeadingBuilder> open = new ArrayDeque<>();
    for (HeadingBuilder heading : headings) {
      while (!open.isEmpty() && open.peek().level >= heading.level) {
        open.pop();
      }
      if (open.isEmpty()) {
        roots.add(heading);
      } else {
        open.peek().children.add(heading);
      }
      open.push(heading);
    }
    return roots.stream().map(HeadingBuilder::build).toList();
  }

  private final class HeadingBuilder {
    final int level;
    final String text;
    final int offset;
    final int startLine;
    int endLine;
    boolean ownBodyBlank = true;
    final List<HeadingBuilder> children = new ArrayList<>();

    HeadingBuilder(int level, String text, int offset) {
      this.level = level;
      this.text = text;
      this.offset = offset;
      this.startLine = source.lineOf(offset);
    }

    Section build() {
      return new Section(
          level,
          text,
          source.position(offset),
          startLine,
          endLine,
          ownBodyBlank,
          children.stream().map(HeadingBuilder::build).toList());
    }
  }
}
