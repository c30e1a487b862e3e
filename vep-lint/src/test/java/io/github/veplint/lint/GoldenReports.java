package io.github.veplint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.veplint.lint.report.JsonReport;
import io.github.veplint.lint.report.ReportContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reviewed JSON reports under {@code src/test/resources/golden/}: a report is linted, compared
 * finding by finding (so a failure names the findings added or gone), then whole. After a reviewed
 * change of behaviour, {@code -Dvep.golden.update=true} rewrites the file; review its diff.
 */
final class GoldenReports {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldenReports() {}

  /** The JSON report of a repository as of {@code today}, without the tool version. */
  static JsonNode report(Path repository, LocalDate today) {
    VepLinter linter = VepLinter.builder().today(today).build();
    LintResult result = linter.lint(List.of(repository));
    StringWriter out = new StringWriter();
    try {
      new JsonReport().write(result, new ReportContext(linter.rules(), false, "golden"), out);
      JsonNode report = JSON.readTree(out.toString());
      ((ObjectNode) report).remove("version");
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reviewed report in {@code golden}. */
  static JsonNode read(Path golden) throws IOException {
    return JSON.readTree(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** Asserts that {@code actual} equals the reviewed report (rewriting it first when asked). */
  static void assertEqualsReviewed(JsonNode actual, Path golden) throws IOException {
    if (Boolean.getBoolean("vep.golden.update")) {
      Files.writeString(golden, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n",
          StandardCharsets.UTF_8);
    }
    JsonNode expected = read(golden);
    assertSameFindings(findingLines(actual), findingLines(expected), "reviewed findings no longer raised");
    assertThat(actual).isEqualTo(expected);
  }

  /** Asserts two sets of {@link #findingLines}, naming what was added and what is gone. */
  static void assertSameFindings(Set<String> actual, Set<String> expected, String goneDescription) {
    List<String> added = new ArrayList<>(actual);
    added.removeAll(expected);
    List<String> removed = new ArrayList<>(expected);
    removed.removeAll(actual);
    assertThat(added).as("findings not in the reviewed report").isEmpty();
    assertThat(removed).as(goneDescription).isEmpty();
  }

  /** Each finding of a report as one line: {@code file:line:col severity rule message}. */
  static Set<String> findingLines(JsonNode report) {
    Set<String> lines = new LinkedHashSet<>();
    for (JsonNode f : report.get("findings")) {
      lines.add(f.get("file").asText() + ":" + f.get("line").asInt() + ":" + f.get("column").asInt()
          + " " + f.get("severity").asText() + " " + f.get("rule").asText() + " " + f.get("message").asText());
    }
    return lines;
  }

  /**
   * Asserts that a review file judges exactly {@code errors} (each matched by group 1 of {@code
   * judged}, its verdict TRUE or FALSE in group 2) and judges none FALSE.
   */
  static void assertEveryErrorJudgedTrue(Set<String> errors, Path review, java.util.regex.Pattern judged)
      throws IOException {
    Set<String> reviewed = new java.util.TreeSet<>();
    List<String> judgedFalse = new ArrayList<>();
    java.util.regex.Matcher m = judged.matcher(Files.readString(review, StandardCharsets.UTF_8));
    while (m.find()) {
      reviewed.add(m.group(1));
      if (m.group(2).equals("FALSE")) {
        judgedFalse.add(m.group(1));
      }
    }
    assertThat(reviewed).as("errors judged in " + review).containsExactlyElementsOf(new java.util.TreeSet<>(errors));
    assertThat(judgedFalse).as("errors a maintainer would call false").isEmpty();
  }
}
