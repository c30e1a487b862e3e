package io.github.veplint.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.veplint.model.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Replacing flexmark's core block parsers by {@link CoreBlockStarts} changes no tree: every node,
 * its offsets and its parts (markers, text, info strings) are those of flexmark's own parse.
 */
class CoreBlockStartsTest {

  private static final Parser FLEXMARK = Parser.builder(new MutableDataSet()).build();
  private static final Parser CORE_BLOCK_STARTS =
      Parser.builder(CoreBlockStarts.configure(new MutableDataSet()))
          .customBlockParserFactory(new CoreBlockStarts())
          .build();

  @Test
  void sameTreeForEveryKindOfBlockStart() {
    List<String> samples =
        List.of(
            "# ATX\n## closed ##\n####### seven\n#nospace\n#\n",
            "Setext one\n===\nSetext two\n---\n\n---\n***\n* * *\n_ _ _\n- - -\n",
            "- item\n---\n- item\n  ---\n  text\n  ===\n",
            "```yaml\na: 1\n```\n~~~\n```\n~~~\n``` info `tick\n    ```\nindented fence\n```\n",
            "> quote\n> ```\n> code\n> ```\n> # heading\n>\n> - item\n",
            "1. one\n2) two\n   # heading in item\n   ```\n   code\n   ```\n10. ten\n",
            "<div>\n# not a heading\n</div>\n\n<!-- comment\n# hidden\n-->\ntext\n-->\n",
            "    indented code\n    # still code\n\n\tcode with tab\n",
            "para\n- list interrupts\npara\n1. only one interrupts\npara\n2. two does not\n",
            "- a\n\n  - b\n    - c\n      ```\n      x\n      ```\n   -- d\n  - e\n",
            "text\n=\ntext\n-\ntext\n--- \ntext\n- \n",
            "");
    for (String sample : samples) {
      assertThat(dump(CORE_BLOCK_STARTS.parse(sample))).as(sample).isEqualTo(dump(FLEXMARK.parse(sample)));
    }
  }

  @Test
  void sameTreeForRandomMixturesOfBlockLines() {
    String[] lines = {
      "", "text", "# h", "##", "===", "---", "- item", "  - nested", "***", "* * *", "_ _ _", "```",
      "``` go", "~~~", "~~~~ x ~", "> q", ">", "    code", "\tcode", "<div>", "</div>", "<!-- c -->",
      "<!--", "-->", "1. one", "2) two", "  3. three", "-", "=", "#", "####### x", "`` ` ``", "  ```",
      "[r]: ./x.md", "| a | b |", "|---|---|", "+ plus", "   > deep", "- [ ] task", "text  ",
      "---\u2028", "===\u0085", "* * *\u2029", "- -x", "== =", "-\t-\t-", "__", "**bold**"
    };
    Random random = new Random(20261201);
    for (int document = 0; document < 3000; document++) {
      StringBuilder text = new StringBuilder();
      int count = 1 + random.nextInt(24);
      for (int line = 0; line < count; line++) {
        text.append(lines[random.nextInt(lines.length)]).append(random.nextInt(8) == 0 ? "\r\n" : "\n");
      }
      String sample = text.toString();
      assertThat(dump(CORE_BLOCK_STARTS.parse(sample))).as(sample).isEqualTo(dump(FLEXMARK.parse(sample)));
    }
  }

  @Test
  void sameTreeForEveryMarkdownFileOfBothCorpora() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(Corpus.enhancements(), Corpus.newerEnhancements())) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("/.git/")).forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(100);
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      assertThat(dump(CORE_BLOCK_STARTS.parse(text))).as(file.toString()).isEqualTo(dump(FLEXMARK.parse(text)));
    }
  }

  @Test
  void nestingUpToTheLimitIsFlexmarksAndDeeperMarkersAreTextOfTheDeepestBlock() {
    // 300 list levels are 600 open blocks: under the limit, the tree is flexmark's own.
    String readable = "intro\n\n" + "- ".repeat(300) + "item\n";
    assertThat(dump(CORE_BLOCK_STARTS.parse(readable))).isEqualTo(dump(FLEXMARK.parse(readable)));
    assertThat(CoreBlockStarts.TOO_DEEP.get(CORE_BLOCK_STARTS.parse(readable))).isEmpty();

    String deep = "intro\n\n" + "> - ".repeat(3_000) + "item\n\ntext\n\n" + "1. ".repeat(3_000) + "x\n";
    Document document = CORE_BLOCK_STARTS.parse(deep);
    int secondDeepLine = deep.indexOf("1. ");
    assertThat(CoreBlockStarts.TOO_DEEP.get(document)).containsExactly(7, secondDeepLine);
    // The document, at most MAX_OPEN_BLOCKS blocks in it, the deepest paragraph and its text.
    assertThat(maxDepth(document)).isEqualTo(1 + CoreBlockStarts.MAX_OPEN_BLOCKS + 2);
    // Nothing is lost: the markers beyond the limit are the deepest paragraph's text.
    assertThat(document.getChars().toString()).isEqualTo(deep);
    Node deepest = null;
    for (Node node : document.getDescendants()) {
      if (node instanceof Paragraph && (deepest == null || depth(node) > depth(deepest))) {
        deepest = node;
      }
    }
    assertThat(deepest.getChars().toString()).endsWith("> - > - item\n").hasSizeGreaterThan(4_000);
  }

  private static int depth(Node node) {
    int depth = 0;
    for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
      depth++;
    }
    return depth;
  }

  private static int maxDepth(Node node) {
    int deepest = 0;
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      deepest = Math.max(deepest, maxDepth(child));
    }
    return deepest + 1;
  }

  private static String dump(Node root) {
    StringBuilder out = new StringBuilder();
    dump(root, 0, out);
    return out.toString();
  }

  private static void dump(Node node, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append(node.toAstString(true)).append('\n');
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      dump(child, depth + 1, out);
    }
  }
}
