package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.FrontMatterFixture.PATH;
import static io.github.veplint.lint.rules.FrontMatterFixture.VALID;
import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandleFormatRuleTest {

  private final HandleFormatRule rule = new HandleFormatRule();

  @Test
  void reportsEachBadEntryAtItsValueWithTheHandleItMeans() {
    String markdown =
        VALID.replace("  - \"@bgaussen\"", "  - TBD")
            .replace("  - \"@alicefr\"", "  - alicefr")
            .replace("  - \"@EdDev\"", "  - Ed Dev (@EdDev)");

    List<Finding> findings = tester().check(rule, PATH, markdown);

    assertThat(findings).extracting(Finding::position).containsExactly(
        new SourcePosition(7, 5), new SourcePosition(11, 5), new SourcePosition(13, 5));
    assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(findings.get(0).message()).startsWith("an author cannot be TBD");
    assertThat(findings.get(1).message())
        .isEqualTo("'alicefr' is not a GitHub handle: write \"@alicefr\" (or TBD until the owning SIG assigns the reviewer)");
    assertThat(findings.get(2).message()).startsWith("'Ed Dev (@EdDev)' is not a GitHub handle: write \"@EdDev\"");
  }

  @Test
  void asksForTbdInCapitals() {
    List<Finding> findings = tester().check(rule, PATH, VALID.replace("  - \"@EdDev\"", "  - tbd"));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(13, 5));
      assertThat(f.message()).startsWith("write TBD in capitals");
    });
  }

  @Test
  void acceptsHandlesAndTbdReviewers() {
    assertThat(tester().check(rule, PATH, VALID)).isEmpty();
    assertThat(tester().check(rule, PATH, VALID.replace("  - \"@alicefr\"", "  - TBD"))).isEmpty();
  }
}
