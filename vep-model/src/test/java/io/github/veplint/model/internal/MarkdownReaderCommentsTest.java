package io.github.veplint.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The comment scan finds what the regular expression it replaced found. */
class MarkdownReaderCommentsTest {

  private static final Pattern COMMENT = Pattern.compile("<!--(.*?)(?:-->|\\z)", Pattern.DOTALL);

  @Test
  void findsWhatTheCommentExpressionFinds() {
    List<String> texts = new ArrayList<>(List.of("", "<!---->", "<!-->", "a <!-- b --> c <!-- d", "<!--->x-->"));
    Random random = new Random(17);
    String[] pieces = {"<!--", "-->", "<", "!", "-", ">", "a", "\n", " "};
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      texts.add(text.toString());
    }
    for (String text : texts) {
      List<String> expected = new ArrayList<>();
      Matcher matcher = COMMENT.matcher(text);
      while (matcher.find()) {
        expected.add(matcher.start() + "-" + matcher.end() + ":" + matcher.group(1));
      }
      List<String> actual =
          MarkdownReader.comments(text).stream()
              .map(c -> c[0] + "-" + c[1] + ":" + text.substring(c[0] + 4, c[2]))
              .toList();
      assertThat(actual).as("'%s'", text).isEqualTo(expected);
    }
  }
}
