package io.github.veplint.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void collapsesWhitespaceAndDropsMarkupAsTheTwoRegularExpressionsDid() {
    java.util.Random random = new java.util.Random(5);
    String alphabet = " \t\n\r\f*`_ab-";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(16); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String collapsed = text.toString().replaceAll("\\s+", " ");
      assertThat(Text.collapseWhitespace(text, false)).isEqualTo(collapsed);
      assertThat(Text.collapseWhitespace(text, true))
          .isEqualTo(collapsed.replaceAll("[*`_]", ""));
    }
    assertThat(Text.collapseWhitespace("a *\n b_c", true)).isEqualTo("a  bc");
  }

  @Test
  void findsAWordIgnoringCaseWhereverItsFirstLetterIsUpperOrLower() {
    assertThat(Text.indexOfIgnoreCase("A Fe FEATURE feature", "feature", 0)).isEqualTo(5);
    assertThat(Text.indexOfIgnoreCase("fea ture fEaTuRe", "feature", 0)).isEqualTo(9);
    assertThat(Text.indexOfIgnoreCase("features", "feature", 1)).isEqualTo(-1);
    assertThat(Text.indexOfIgnoreCase("no gate here", "feature", 0)).isEqualTo(-1);
  }
}
