package io.github.veplint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.veplint.lint.report.JsonReport;
import io.github.veplint.lint.report.ReportContext;
import io.github.veplint.model.Corpus;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The whole real corpus, linted with the default configuration, compared finding by finding with a
 * reviewed JSON report. Every finding in {@code golden/kubevirt-enhancements.json} was read as a
 * KubeVirt maintainer would; a change of behaviour shows up here as lines added or removed.
 *
 * <p>After a reviewed change of behaviour, regenerate with {@code -Dvep.golden.update=true} and
 * review the diff before committing it.
 */
class CorpusGoldenTest {

  /** The corpus snapshot's date, so date-based rules give the same answer on any day. */
  static final LocalDate TODAY = LocalDate.of(2026, 8, 18);

  private static final Path GOLDEN = Path.of("src/test/resources/golden/kubevirt-enhancements.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void corpusReportEqualsTheReviewedOne() throws Exception {
    Path corpus = Corpus.enhancements();
    VepLinter linter = VepLinter.builder().today(TODAY).build();
    LintResult result = linter.lint(List.of(corpus));
    StringWriter out = new StringWriter();
    new JsonReport().write(result, new ReportContext(linter.rules(), false, "golden"), out);
    JsonNode actual = JSON.readTree(out.toString());
    ((ObjectNode) actual).remove("version");

    if (Boolean.getBoolean("vep.golden.update")) {
      Files.writeString(GOLDEN, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n",
          StandardCharsets.UTF_8);
    }
    JsonNode expected = JSON.readTree(Files.readString(GOLDEN, StandardCharsets.UTF_8));

    Set<String> actualLines = findingLines(actual);
    Set<String> expectedLines = findingLines(expected);
    List<String> added = new ArrayList<>(actualLines);
    added.removeAll(expectedLines);
    List<String> removed = new ArrayList<>(expectedLines);
    removed.removeAll(actualLines);
    assertThat(added).as("findings not in the reviewed report").isEmpty();
    assertThat(removed).as("reviewed findings no longer raised").isEmpty();
    assertThat(actual).isEqualTo(expected);
  }

  private static Set<String> findingLines(JsonNode report) {
    Set<String> lines = new LinkedHashSet<>();
    for (JsonNode f : report.get("findings")) {
      lines.add(f.get("file").asText() + ":" + f.get("line").asInt() + ":" + f.get("column").asInt()
          + " " + f.get("severity").asText() + " " + f.get("rule").asText() + " " + f.get("message").asText());
    }
    return lines;
  }
}
