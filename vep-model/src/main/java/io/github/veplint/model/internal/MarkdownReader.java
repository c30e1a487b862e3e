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
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.veplint.model.HtmlComment;
import io.github.veplint.model.Section;
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
      Parser.builder(new MutableDataSet())
          .customInlineParserFactory(LinearMatchInlineParser::new)
          // flexmark adds its core paragraph pre-processor (reference definitions) only with its own
          // inline parser factory; with a custom one it must be named.
          .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
          .build();

  /** A comment; one never closed runs to the end of its block, as it does in a browser. */
  private static final Pattern COMMENT = Pattern.compile("<!--(.*?)(?:-->|\\z)", Pattern.DOTALL);

  /**
   * The body's structure.
   *
   * @param sections heading tree roots
   * @param links links, images and reference definitions
   * @param comments HTML comments (block and inline)
   * @param nonProseLines lines inside HTML blocks and code blocks, where prose patterns such as
   *     "Target releases" bullets must not be matched
   */
  public record Body(
      List<Section> sections,
      List<io.github.veplint.model.Link> links,
      List<HtmlComment> comments,
      BitSet nonProseLines) {}

  private final SourceText source;
  private final int baseOffset;
  private final List<io.github.veplint.model.Link> links = new ArrayList<>();
  private final List<HtmlComment> comments = new ArrayList<>();
  private final BitSet nonProseLines = new BitSet();

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
    Document document = PARSER.parse(source.text().substring(baseOffset));
    List<HeadingBuilder> headings = new ArrayList<>();
    HeadingBuilder current = null;
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading heading) {
        current = new HeadingBuilder(heading.getLevel(), headingText(heading), offset(heading));
        headings.add(current);
      } else if (current != null && !isBlank(block)) {
        current.ownBodyBlank = false;
      }
    }
    collectInlineFacts(document);
    return new Body(buildTree(headings), List.copyOf(links), List.copyOf(comments), nonProseLines);
  }

  private static String headingText(Heading heading) {
    return new TextCollectingVisitor().collectAndGetText(heading).strip();
  }

  private static boolean isBlank(Node block) {
    if (block instanceof BlankLine) {
      return true;
    }
    // A comment block runs to the end of the line holding "-->", so text after it is content.
    return (block instanceof HtmlBlock || block instanceof HtmlCommentBlock)
        && COMMENT.matcher(block.getChars()).replaceAll("").isBlank();
  }

  /** Walks every node without recursion, so deeply nested input cannot overflow the stack. */
  private void collectInlineFacts(Document document) {
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(document);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node instanceof Link link) {
        addLink(link.getUrl().toString(), false, node);
      } else if (node instanceof Image image) {
        addLink(image.getUrl().toString(), true, node);
      } else if (node instanceof Reference reference) {
        addLink(reference.getUrl().toString(), false, node);
      } else if (node instanceof AutoLink autoLink) {
        addLink(autoLink.getText().toString(), false, node);
      } else if (node instanceof HtmlCommentBlock
          || node instanceof HtmlInlineComment
          || node instanceof HtmlBlock) {
        addComments(node);
      }
      if (node instanceof HtmlBlock
          || node instanceof HtmlCommentBlock
          || node instanceof FencedCodeBlock
          || node instanceof IndentedCodeBlock) {
        markNonProse(node);
      }
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        pending.push(child);
      }
    }
    links.sort((a, b) -> a.position().compareTo(b.position()));
    comments.sort((a, b) -> a.position().compareTo(b.position()));
  }

  private void addLink(String destination, boolean image, Node node) {
    links.add(new io.github.veplint.model.Link(destination, image, source.position(offset(node))));
  }

  /**
   * Adds every comment of a node: a comment block may hold several on its line ({@code <!-- a -->
   * <!-- b -->}), and an HTML block such as {@code <details>} may hold comments among its tags.
   */
  private void addComments(Node node) {
    Matcher m = COMMENT.matcher(node.getChars());
    while (m.find()) {
      int start = offset(node) + m.start();
      int end = offset(node) + Math.max(m.start(), m.end() - 1);
      comments.add(new HtmlComment(m.group(1).strip(), source.position(start), source.lineOf(end)));
    }
  }

  private void markNonProse(Node node) {
    int first = source.lineOf(offset(node));
    int last = source.lineOf(Math.max(offset(node), baseOffset + node.getEndOffset() - 1));
    nonProseLines.set(first, last + 1);
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
