package io.github.veplint.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.veplint.lint.finding.Severity;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The marker grammar: what the linter is given, where each expectation points, what is refused. */
class FixtureTest {

  private static final String FILE = "veps/sig-a/1-one/vep.md";

  @Test
  void removesMarkerLinesAndCutsEndOfLineMarkersKeepingEverythingElse() {
    Fixture fixture = Fixture.parse(FILE,
        """
        # Title <!-- expect: title-format -->
          <!-- expect: a --> <!--expect: b "x"-->
        <!-- not a marker -->
        text\t<!-- expect: c -->  \s
        """);

    assertThat(fixture.linted()).isEqualTo("# Title\n<!-- not a marker -->\ntext\n");
    assertThat(fixture.expectations()).extracting(Expectation::describe)
        .containsExactly("1 title-format", "3 a", "3 b \"x\"", "4 c");
    assertThat(fixture.originalLine(1)).isEqualTo(1);
    assertThat(fixture.originalLine(2)).isEqualTo(3);
    assertThat(fixture.originalLine(3)).isEqualTo(4);
    assertThat(fixture.originalLine(4)).as("past the end keeps its distance").isEqualTo(5);
  }

  @Test
  void readsEveryAttributeInAnyOrder() {
    Fixture fixture = Fixture.parse(FILE,
        """
        <!-- expect: missing-section @3:5 "say \\"Alternatives\\" \\\\ here" severity=warning -->
        one
        two
        three <!-- expect: x.y_z severity=info @:2 -->
        """);

    assertThat(fixture.expectations()).containsExactly(
        new Expectation(FILE, "missing-section", 3, OptionalInt.of(5), Optional.of(Severity.WARNING),
            Optional.of("say \"Alternatives\" \\ here"), 1),
        new Expectation(FILE, "x.y_z", 4, OptionalInt.of(2), Optional.of(Severity.INFO), Optional.empty(), 4));
  }

  @Test
  void refusesMalformedMarkersNamingTheLine() {
    assertError("a\n<!-- expect: -->\nb\n", ":2: an expect marker starts with a rule id");
    assertError("a\n<!-- expect: r \"open -->\nb\n", ":2: the quoted message text is not closed");
    assertError("a <!-- expect: r\nb -->\n", ":1: the expect marker does not end with '-->' on the same line");
    assertError("<!-- expect: r --> text\nb\n", ":1: an expect marker must end its line, but 'text' follows it");
    assertError("a\n<!-- expect: r -->\n", ":2: the expect marker is on the last lines");
    assertError("<!-- expect: r level=high -->\nb\n", ":1: 'level=high' is none of");
    assertError("<!-- expect: r severity=fatal -->\nb\n", ":1: unknown severity 'fatal'");
    assertError("<!-- expect: r @x -->\nb\n", ":1: '@x' is no position");
    assertError("<!-- expect: r @1 -->\nb\n", ":1: @1 is no line the linter sees");
    assertError("<!-- expect: r @9 -->\nb\n", ":1: @9 is no line the linter sees");
    assertError("<!-- expect: r @2 @:1 -->\nb\n", ":1: an expect marker takes one position");
    assertError("<!-- expect: r \"a\" \"b\" -->\nb\n", ":1: an expect marker takes one quoted message text");
  }

  @Test
  void leavesLookAlikeCommentsAlone() {
    String text = "<!-- expected: r -->\n<!-- expect r -->\n<!-- vep-lint-disable r -->\n";
    Fixture fixture = Fixture.parse(FILE, text);
    assertThat(fixture.linted()).isEqualTo(text);
    assertThat(fixture.expectations()).isEmpty();
  }

  private static void assertError(String text, String message) {
    assertThatThrownBy(() -> Fixture.parse(FILE, text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(FILE)
        .hasMessageContaining(message);
  }
}
