package io.github.veplint.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.model.Vep;
import io.github.veplint.model.VepParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProseLinesTest {

  private static final String PATH = "veps/sig-compute/19-ibm-z-secure-execution/vep.md";

  @Test
  void blanksCodeSpansCommentsAndFencesKeepingColumns() {
    Vep vep =
        parse(
            "---\ntitle: x\n---\n# T\n\nSome `code` and <!-- a\nstill comment --> after\n"
                + "```yaml\nkey: NNNN\n```\n``a ` b`` c `unclosed\n");
    assertThat(ProseLines.of(vep))
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
      assertThat(ProseLines.of(vep)).as(text.toString()).isEqualTo(oracle(vep.lines()));
    }
  }

  private static Vep parse(String markdown) {
    return VepParser.parse(PATH, markdown.getBytes(StandardCharsets.UTF_8));
  }

  /** Masks code spans and comments one character at a time; fences as {@link ProseLines} does. */
  private static List<String> oracle(List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean inComment = false;
    String openFence = null;
    for (String line : lines) {
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
      java.util.regex.Matcher fence =
          java.util.regex.Pattern.compile("^[\\s>]*(`{3,}|~{3,})(.*)$").matcher(line);
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
