package io.github.veplint.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.HtmlComment;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepParser;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the suppression-comment parser, fed the HTML comments the markdown
 * parser finds in fuzzed markdown. Runs over {@code SuppressionsFuzzTestInputs/} in every build;
 * {@code fuzz/run.sh SuppressionsFuzzTest SECONDS} fuzzes it.
 */
class SuppressionsFuzzTest {

  private static final Set<String> KNOWN = Set.of("broken-link", "empty-section", "title-format");

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void parse(FuzzedDataProvider data) {
    int findingLine = data.consumeInt(1, 200);
    String rule = data.pickValue(new String[] {"broken-link", "empty-section", "unknown-rule"});
    byte[] markdown = data.consumeRemainingAsBytes();
    Vep vep = VepParser.parse("veps/sig-compute/42-fuzzed/vep.md", markdown);
    int lastLine = Math.max(1, vep.lines().size());
    Suppressions suppressions = Suppressions.parse(vep.comments(), KNOWN, lastLine);
    Finding finding =
        new Finding(rule, Severity.ERROR, "f.md", new SourcePosition(findingLine, 1), "m");
    boolean suppressed = suppressions.suppresses(finding);
    assertThat(suppressions.suppresses(finding)).isEqualTo(suppressed);
    for (Suppressions.Unused unused : suppressions.unused()) {
      assertThat(unused.position().line()).isBetween(1, lastLine + 1);
      assertThat(unused.message()).isNotBlank();
    }
    if (suppressed) {
      assertThat(suppressions.isEmpty()).isFalse();
    }

    // Comments the markdown parser would never produce: arbitrary text and end lines.
    String text = new String(markdown, StandardCharsets.UTF_8);
    HtmlComment raw = new HtmlComment(text, new SourcePosition(findingLine, 1), findingLine);
    Suppressions direct = Suppressions.parse(java.util.List.of(raw), KNOWN, lastLine);
    direct.suppresses(finding);
    direct.unused();
  }
}
