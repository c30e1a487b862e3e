package io.github.veplint.model;

import io.github.veplint.model.read.VepParser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProseTest {

  private static final String PATH = "veps/sig-compute/19-ibm-z-secure-execution/vep.md";

  @Test
  void blanksFrontMatterCodeSpansCommentsAndFencesKeepingColumns() {
    Vep vep =
        parse(
            "---\ntitle: x\n---\n# T\n\nSome `code` and <!-- a\nstill comment --> after\n"
                + "```yaml\nkey: NNNN\n```\n``a ` b`` c `unclosed\n");
    assertThat(vep.prose().firstBodyLine()).isEqualTo(4);
    assertThat(vep.prose().lines())
        .containsExactly(
            "   ",
            "        ",
            "   ",
            "# T",
            "",
            "Some        and       ",
            "                  after",
            "       ",
            "         ",
            "   ",
            "          c `unclosed");
    assertThat(vep.prose().line(6)).isEqualTo("Some        and       ");
    assertThat(vep.prose().line(0)).isEmpty();
    assertThat(vep.prose().line(12)).isEmpty();
  }

  @Test
  void aCodeSpanRunsToTheNextRunOfAsManyBackticksOnItsLine() {
    assertThat(prose("a `b` c ``d ` e`` f ```g `` h``` i `j`` k ` l").lines())
        .containsExactly("a     c           f              i          l");
    assertThat(prose("x `j`` k").lines()).containsExactly("x `j`` k");
    // a span is not read across lines, and an unmatched run stays prose
    assertThat(prose("x `open\nclose` y ``").lines()).containsExactly("x `open", "close` y ``");
  }

  @Test
  void fencesOfBackticksOrTildesRunToAClosingFenceOrTheEnd() {
    assertThat(
            prose(
                    "a\n~~~\n`x` <!-- y\n```\n~~~~\nb `c`\n````js\n```\n````\n"
                        + "``` not `a` fence ```\n~~~\nno close")
                .lines())
        .containsExactly(
            "a",
            "   ",
            "          ", // a fence blanks what would be code spans and comments
            "   ", // ``` does not close ~~~
            "    ", // a longer run closes it
            "b    ",
            "      ",
            "   ", // shorter than the opening fence
            "    ",
            "                     ", // a backtick in the info string: code spans, not a fence
            "   ",
            "        "); // never closed: to the end of the file
  }

  @Test
  void aFenceInABlockQuoteOrIndentedIsAFence() {
    assertThat(prose("> Quote:\n> ```yaml\n> key: `v`\n>```\n> after `x`\n    ~~~\n    code\n  ~~~").lines())
        .containsExactly("> Quote:", "         ", "          ", "    ", "> after    ", "       ", "        ", "     ");
  }

  @Test
  void aCommentRunsAcrossLinesAndHidesFencesAndBackticks() {
    assertThat(prose("a <!-- b\n```\n`c` d\n--> e `f` <!-- g --> h\n`<!-- i -->` j <!-- k").lines())
        .containsExactly(
            "a       ",
            "   ", // no fence opens in a comment
            "     ",
            "    e                h", // the comment ends at -->, then the line is read again
            "             j       "); // a <!-- in a code span opens nothing; unclosed: to the end
  }

  @Test
  void viewsBlankOnlyTheKindsAsked() {
    Prose prose = prose("Gate `Foo` <!-- `Bar` -->\n```\n<!-- x -->\n```\nend <!-- y");
    assertThat(prose.lines(Set.of(Prose.Kind.HTML_COMMENT)))
        .containsExactly("Gate `Foo`               ", "```", "<!-- x -->", "```", "end       ");
    assertThat(prose.lines(Set.of(Prose.Kind.CODE_SPAN, Prose.Kind.FENCED_CODE)))
        .containsExactly("Gate       <!-- `Bar` -->", "   ", "          ", "   ", "end <!-- y");
    assertThat(prose.lines(Set.of())).isEqualTo(List.of(prose.lines(Set.of()).toArray(String[]::new)))
        .containsExactly("Gate `Foo` <!-- `Bar` -->", "```", "<!-- x -->", "```", "end <!-- y");
    assertThat(prose.lines(EnumSet.allOf(Prose.Kind.class))).isSameAs(prose.lines());
    assertThat(prose.line(1, Set.of(Prose.Kind.HTML_COMMENT))).isEqualTo("Gate `Foo`               ");
    assertThat(prose.line(3, Set.of(Prose.Kind.FENCED_CODE))).isEqualTo("          ");
    assertThat(prose.line(5, Set.of(Prose.Kind.CODE_SPAN))).isSameAs(prose.lines(Set.of()).get(4));
    assertThat(prose.line(6, Set.of(Prose.Kind.HTML_COMMENT))).isEmpty();
    Prose front = parse("---\na: 1\n---\nx <!-- y -->\n").prose();
    assertThat(front.lines(Set.of(Prose.Kind.HTML_COMMENT))).containsExactly("---", "a: 1", "---", "x           ");
    assertThat(front.lines(Set.of(Prose.Kind.FRONT_MATTER))).containsExactly("   ", "    ", "   ", "x <!-- y -->");
  }

  @Test
  void isWorkedOutOnceAndKeepsLinesWithNothingToBlank() {
    Vep vep = parse("# T\n\nplain line\n`x`\n");
    assertThat(vep.prose()).isSameAs(vep.prose());
    assertThat(vep.prose().lines()).isSameAs(vep.prose().lines());
    assertThat(vep.prose().line(3)).isSameAs(vep.line(3));
    assertThat(vep.prose().lineCount()).isEqualTo(vep.lines().size());
    assertThat(vep.prose()).isEqualTo(Prose.of(new ArrayList<>(vep.lines()), 1)).hasSameHashCodeAs(Prose.of(vep.lines(), 1));
  }

  @Test
  void aVepTakesOnlyItsOwnProse() {
    Vep vep = parse("---\na: 1\n---\nx\n");
    assertThatThrownBy(() -> withProse(vep, Prose.of(vep.lines(), 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> withProse(vep, Prose.of(List.of("other"), 4)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(withProse(vep, Prose.of(vep.lines(), 4))).isEqualTo(vep);
    assertThatThrownBy(() -> Prose.of(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The scanner jumps between backticks and comment openers; an oracle that tests every character,
   * as the first version did, must agree on random lines made of the characters that matter.
   */
  @Test
  void agreesWithACharacterByCharacterScanOnRandomLines() {
    Random random = new Random(3);
    String[] pieces = {"`", "``", "<!--", "-->", "<", "!", "-", ">", "a", " ", "```", "~~~"};
    for (int n = 0; n < 3_000; n++) {
      StringBuilder text = new StringBuilder("# T\n");
      for (int line = random.nextInt(8); line >= 0; line--) {
        for (int k = random.nextInt(10); k > 0; k--) {
          text.append(pieces[random.nextInt(pieces.length)]);
        }
        text.append('\n');
      }
      Vep vep = parse(text.toString());
      assertThat(vep.prose().lines()).as(text.toString()).isEqualTo(oracle(vep.lines(), 1));
    }
  }

  /**
   * Characterisation over both corpora: the prose of every markdown file is what the character by
   * character oracle gives, a line with nothing blanked is the file's own string, and the comments
   * {@link Prose.Kind#HTML_COMMENT} blanks are exactly the markdown parse's {@link Vep#comments()}
   * (each blanked from its {@code <!--} to the next {@code -->}), as the Javadoc says.
   */
  @Test
  void agreesWithTheOracleAndTheParsedCommentsOnBothCorpora() throws IOException {
    int files = 0;
    int withComments = 0;
    for (Path root : List.of(Corpus.enhancements(), Corpus.newerEnhancements())) {
      List<Path> markdown;
      try (var walk = Files.walk(root)) {
        markdown = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
      }
      for (Path file : markdown) {
        Vep vep = VepParser.parse(root, root.resolve("veps"), file);
        Prose prose = vep.prose();
        String name = file.toString();
        assertThat(prose.lines()).as(name).isEqualTo(oracle(vep.lines(), prose.firstBodyLine()));
        for (int n = 1; n <= vep.lines().size(); n++) {
          if (prose.line(n).equals(vep.line(n)) && !vep.line(n).isBlank()) {
            assertThat(prose.line(n)).as(name + ":" + n).isSameAs(vep.line(n));
          }
        }
        assertThat(prose.lines(Set.of(Prose.Kind.HTML_COMMENT)))
            .as(name)
            .isEqualTo(parsedCommentsBlanked(vep, prose.firstBodyLine()));
        files++;
        withComments += vep.comments().isEmpty() ? 0 : 1;
      }
    }
    assertThat(files).isGreaterThan(130);
    assertThat(withComments).as("files with comments, so the check is not vacuous").isGreaterThan(40);
  }

  private static List<String> parsedCommentsBlanked(Vep vep, int firstBodyLine) {
    List<String> lines = vep.lines();
    StringBuilder text = new StringBuilder();
    int[] lineStart = new int[lines.size() + 2];
    for (int n = 1; n <= lines.size(); n++) {
      lineStart[n] = text.length();
      text.append(lines.get(n - 1)).append('\n');
    }
    lineStart[lines.size() + 1] = text.length();
    for (HtmlComment comment : vep.comments()) {
      int line = comment.position().line();
      int start = lineStart[line] + comment.position().column() - 1;
      int close = text.indexOf("-->", start + 4);
      int end = close >= 0 ? close + 3 : text.length();
      for (int i = start; i < end; i++) {
        if (text.charAt(i) != '\n') {
          text.setCharAt(i, ' ');
        }
      }
    }
    List<String> out = new ArrayList<>(List.of(text.toString().split("\n", -1)));
    out.remove(out.size() - 1);
    assertThat(firstBodyLine).isPositive();
    return out;
  }

  private static Vep withProse(Vep v, Prose prose) {
    return new Vep(
        v.location(), v.layout(), v.frontMatter(), v.title(), v.sections(), v.metadata(), v.legacy(),
        v.links(), v.comments(), v.lines(), v.problems(), prose);
  }

  private static Prose prose(String markdown) {
    Prose prose = parse(markdown).prose();
    assertThat(Optional.of(prose.firstBodyLine())).contains(1);
    return prose;
  }

  private static Vep parse(String markdown) {
    return VepParser.parse(PATH, markdown.getBytes(StandardCharsets.UTF_8));
  }

  /** Masks code spans and comments one character at a time; fences as {@link Prose} does. */
  private static List<String> oracle(List<String> lines, int firstBodyLine) {
    List<String> out = new ArrayList<>();
    boolean inComment = false;
    String openFence = null;
    Pattern fencePattern = Pattern.compile("^[\\s>]*(`{3,}|~{3,})(.*)$");
    for (int number = 1; number <= lines.size(); number++) {
      String line = lines.get(number - 1);
      if (number < firstBodyLine) {
        out.add(" ".repeat(line.length()));
        continue;
      }
      if (openFence != null) {
        String stripped = line.strip();
        while (stripped.startsWith(">")) {
          stripped = stripped.substring(1).strip();
        }
        int run = 0;
        while (run < stripped.length() && stripped.charAt(run) == openFence.charAt(0)) {
          run++;
        }
        if (run >= openFence.length() && stripped.substring(run).isBlank()) {
          openFence = null;
        }
        out.add(" ".repeat(line.length()));
        continue;
      }
      Matcher fence = fencePattern.matcher(line);
      if (!inComment
          && fence.matches()
          && !(fence.group(1).charAt(0) == '`' && fence.group(2).contains("`"))) {
        openFence = fence.group(1);
        out.add(" ".repeat(line.length()));
        continue;
      }
      StringBuilder masked = new StringBuilder(line);
      int i = 0;
      while (i < masked.length()) {
        if (inComment) {
          int end = masked.indexOf("-->", i);
          int stop = end < 0 ? masked.length() : end + 3;
          blank(masked, i, stop);
          i = stop;
          inComment = end < 0;
        } else if (masked.toString().startsWith("<!--", i)) {
          blank(masked, i, i + 4);
          i += 4;
          inComment = true;
        } else if (masked.charAt(i) == '`') {
          int run = 0;
          while (i + run < masked.length() && masked.charAt(i + run) == '`') {
            run++;
          }
          int close = -1;
          for (int j = i + run; j < masked.length(); ) {
            int r = 0;
            while (j + r < masked.length() && masked.charAt(j + r) == '`') {
              r++;
            }
            if (r == run) {
              close = j;
              break;
            }
            j += Math.max(r, 1);
          }
          if (close < 0) {
            i += run;
          } else {
            blank(masked, i, close + run);
            i = close + run;
          }
        } else {
          i++;
        }
      }
      out.add(masked.toString());
    }
    return out;
  }

  private static void blank(StringBuilder line, int from, int to) {
    for (int i = from; i < to; i++) {
      line.setCharAt(i, ' ');
    }
  }
}
