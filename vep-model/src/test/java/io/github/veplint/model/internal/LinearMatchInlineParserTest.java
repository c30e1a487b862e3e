package io.github.veplint.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.veplint.model.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The faster inline parser builds exactly the tree flexmark's own does, except that a paragraph
 * without {@code [} or {@code <} keeps its text unparsed (it cannot hold a link or HTML).
 */
class LinearMatchInlineParserTest {

  private static final Parser FLEXMARK = Parser.builder(new MutableDataSet()).build();
  private static final Parser LINEAR =
      Parser.builder(new MutableDataSet())
          .customInlineParserFactory(LinearMatchInlineParser::new)
          .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
          .build();

  @Test
  void sameTreeForInlineConstructs() {
    List<String> samples =
        List.of(
            "Code `a` and ``b ` c`` and ```unclosed `x`\n",
            "[link](a.md \"title\") ![img](b.png) [ref][r] [r] <https://x.io> <a@b.c>\n\n[r]: ./c.md 'T'\n",
            "&amp; &#123; &#x1F600; &bogus; <span class=\"x\">html</span> <!-- comment -->\n",
            "*em* **strong** _u_ __uu__ ***both*** a*b*c\\*escaped\\* line  \nbreak\n",
            "> quoted [q](q.md)\n- item `code` [l](l.md)\n  1. nested <b>x</b>\n",
            "[unclosed(link.md) [a]( <spaced target.md> ) [b](<>) [c](d.md 'e\n\nnext paragraph\n");
    for (String sample : samples) {
      assertThat(dump(LINEAR.parse(sample))).as(sample).isEqualTo(dump(FLEXMARK.parse(sample)));
    }
  }

  @Test
  void sameTreeForEveryCorpusFile() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Corpus.enhancements().resolve("veps"))) {
      files = walk.filter(p -> p.toString().endsWith(".md")).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      assertThat(dump(LINEAR.parse(text))).as(file.toString()).isEqualTo(dump(FLEXMARK.parse(text)));
    }
  }

  @Test
  void paragraphWithoutLinkOrHtmlKeepsItsTextAsOneNode() {
    Node paragraph = LINEAR.parse("Some *emphasis* and `code` here.\n").getFirstChild();
    assertThat(paragraph).isInstanceOf(Paragraph.class);
    assertThat(paragraph.getFirstChild()).isInstanceOf(Text.class);
    assertThat(paragraph.getFirstChild().getNext()).isNull();
    assertThat(paragraph.getFirstChild().getChars().toString().strip())
        .isEqualTo("Some *emphasis* and `code` here.");
    // With a bracket, the paragraph is parsed as flexmark would.
    Node linked = LINEAR.parse("See *this* [link](a.md).\n").getFirstChild();
    assertThat(dump(linked)).isEqualTo(dump(FLEXMARK.parse("See *this* [link](a.md).\n").getFirstChild()));
    assertThat(dump(linked)).contains("Link[");
  }

  private static String dump(Node root) {
    StringBuilder out = new StringBuilder();
    dump(root, 0, out);
    return out.toString();
  }

  /** A paragraph whose inline parse the linear parser skips; its children are not compared. */
  private static boolean isPlainParagraph(Node node) {
    String chars = node.getChars().toString();
    return node instanceof Paragraph && chars.indexOf('[') < 0 && chars.indexOf('<') < 0;
  }

  private static void dump(Node node, int depth, StringBuilder out) {
    out.append("  ".repeat(depth))
        .append(node.getClass().getSimpleName())
        .append('[')
        .append(node.getStartOffset())
        .append(',')
        .append(node.getEndOffset())
        .append("] ")
        .append(node.getFirstChild() == null || isPlainParagraph(node) ? node.getChars().toString() : "")
        .append('\n');
    if (isPlainParagraph(node)) {
      return;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      dump(child, depth + 1, out);
    }
  }

  @Test
  void backtrackingExpressionsGiveUpInsteadOfHanging() {
    // flexmark's link label pattern backtracks exponentially over a run of backslashes that is
    // never closed; this took minutes before searches had a budget.
    String label = "[u\n" + "\\".repeat(80) + "# x\n";
    String title = "[a]: /url \"" + "\\".repeat(80) + "\n";
    String angles = "[a](<" + "\\".repeat(80) + " b)\n";
    for (String text : List.of(label, title, angles)) {
      Node document =
          org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
              java.time.Duration.ofSeconds(10), () -> LINEAR.parse(text), text);
      assertThat(document.getChars().toString()).isEqualTo(text);
    }
    // A well-formed label with escapes still parses as flexmark parses it.
    String escaped = "[a\\]b \\\\ c][r]\n\n[a\\]b \\\\ c]: /u\n";
    assertThat(dump(LINEAR.parse(escaped))).isEqualTo(dump(FLEXMARK.parse(escaped)));
  }
}
