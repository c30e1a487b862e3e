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
import org.junit.jupiter.api.io.TempDir;

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

  /**
   * A clone of the corpus bundle, linted with its git history (template generations and file
   * creation dates read from git), gives the same reviewed findings as the plain copy, plus two:
   * the images of sig-compute/191 were dropped from every commit of the bundle, while the plain
   * copy lists them in {@code .binary-files-not-included.txt} as missing in the copy only.
   */
  @Test
  void bundleCloneReportEqualsTheReviewedOne(@TempDir Path clone) throws Exception {
    TestRepository.cloneCorpusBundle(clone);
    VepLinter linter = VepLinter.builder().today(TODAY).build();
    LintResult result = linter.lint(List.of(clone));
    StringWriter out = new StringWriter();
    new JsonReport().write(result, new ReportContext(linter.rules(), false, "golden"), out);

    Set<String> expected =
        findingLines(JSON.readTree(Files.readString(GOLDEN, StandardCharsets.UTF_8)));
    String proxy = "veps/sig-compute/191-decentralized-migration-proxy/";
    for (String image : List.of("77:1 l2_4cluster.png", "83:1 proxy_cluster.png")) {
      String[] parts = image.split(" ");
      expected.add(
          proxy + "vep.md:" + parts[0] + " warning broken-link image '" + parts[1]
              + "' points at '" + proxy + parts[1] + "', which does not exist: fix the path, or"
              + " add the file to the VEP's directory");
    }
    Set<String> actual = findingLines(JSON.readTree(out.toString()));
    List<String> added = new ArrayList<>(actual);
    added.removeAll(expected);
    List<String> removed = new ArrayList<>(expected);
    removed.removeAll(actual);
    assertThat(added).as("findings not in the reviewed report").isEmpty();
    assertThat(removed).as("reviewed findings not raised on the clone").isEmpty();
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
