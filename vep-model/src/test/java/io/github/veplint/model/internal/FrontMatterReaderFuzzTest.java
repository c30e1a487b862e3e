package io.github.veplint.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.YamlNode;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the front matter reader: the input is the YAML between the {@code
 * ---} lines. Runs over {@code FrontMatterReaderFuzzTestInputs/} in every build; {@code fuzz/run.sh
 * FrontMatterReaderFuzzTest SECONDS} fuzzes it.
 */
class FrontMatterReaderFuzzTest {

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void read(byte[] yaml) {
    String text = new String(yaml, StandardCharsets.UTF_8);
    SourceText source = SourceText.of("---\n" + text + "\n---\n# VEP #1: body\n");
    FrontMatterReader.Result result = FrontMatterReader.read(source);
    int lastLine = source.lineCount() + 1;
    assertThat(result.bodyStartLine()).isBetween(1, lastLine);
    for (ParseProblem problem : result.problems()) {
      assertThat(problem.position().line()).isBetween(1, lastLine);
      assertThat(problem.message()).doesNotContain("\n");
    }
    result.frontMatter().flatMap(f -> f.root()).ifPresent(root -> walk(root, 0, lastLine));

    // The same text as a standalone document (the configuration file path) obeys the same bounds.
    FrontMatterReader.Result document = FrontMatterReader.readDocument(text);
    int documentLines = SourceText.of(text).lineCount() + 1;
    document.problems().forEach(p -> assertThat(p.position().line()).isBetween(1, documentLines));
  }

  private static void walk(YamlNode node, int depth, int lastLine) {
    assertThat(depth).isLessThanOrEqualTo(FrontMatterReader.MAX_DEPTH + 1);
    assertThat(node.position().line()).isBetween(1, lastLine);
    if (node instanceof YamlNode.Mapping mapping) {
      mapping.entries().forEach(e -> walk(e.value(), depth + 1, lastLine));
    } else if (node instanceof YamlNode.Sequence sequence) {
      sequence.items().forEach(i -> walk(i, depth + 1, lastLine));
    }
  }
}
