package io.github.veplint.lint.report;

import static io.github.veplint.lint.report.Fixtures.HOTPLUG;
import static io.github.veplint.lint.report.Fixtures.TRICKY;
import static io.github.veplint.lint.report.Fixtures.UMLAUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.veplint.schemas.VepSchemas;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

  private final JsonReport report = new JsonReport();

  private JsonNode render() {
    return Validators.json(Fixtures.render(report, Fixtures.result(), Fixtures.context()));
  }

  @Test
  void validatesAgainstTheReportSchema() {
    assertThat(Validators.reportViolations(render())).isEmpty();
    assertThat(Validators.reportViolations(
        Validators.json(Fixtures.render(report, Fixtures.empty(), Fixtures.context("dev"))))).isEmpty();
  }

  @Test
  void theSchemaCatchesWhatItShould() {
    // Guards against a schema, or a validator set-up, that accepts anything.
    ObjectNode broken = (ObjectNode) render();
    ((ObjectNode) broken.path("findings").get(0)).put("severity", "fatal");
    ((ObjectNode) broken.path("findings").get(1)).put("line", 0);
    broken.put("repositoryRoot", "/home/someone/repo");

    assertThat(Validators.reportViolations(broken)).hasSize(3);
  }

  @Test
  void carriesEveryFindingWithItsPosition() {
    JsonNode json = render();

    assertThat(json.path("$schema").asText()).isEqualTo(VepSchemas.REPORT_ID);
    assertThat(json.path("version").asText()).isEqualTo("1.2.3");
    assertThat(json.path("findings")).hasSize(6);
    // Sorted like the result: the repository-wide finding (empty file) first.
    JsonNode first = json.path("findings").get(0);
    assertThat(first.path("rule").asText()).isEqualTo("internal-error");
    assertThat(first.path("file").asText()).isEmpty();
    JsonNode warning = json.path("findings").get(4);
    assertThat(warning.path("rule").asText()).isEqualTo("missing-section");
    assertThat(warning.path("severity").asText()).isEqualTo("warning");
    assertThat(warning.path("file").asText()).isEqualTo(HOTPLUG);
    assertThat(warning.path("line").asInt()).isEqualTo(12);
    assertThat(warning.path("column").asInt()).isEqualTo(3);
    assertThat(warning.path("message").asText()).isEqualTo(TRICKY);
    JsonNode umlaut = json.path("findings").get(1);
    assertThat(umlaut.path("file").asText()).isEqualTo(UMLAUT);
    assertThat(umlaut.path("line").asInt()).isEqualTo(2);
    assertThat(umlaut.path("column").asInt()).isEqualTo(5);
  }

  @Test
  void listsFilesSortedAndCounts() {
    JsonNode json = render();
    List<String> files = new ArrayList<>();
    json.path("files").forEach(f -> files.add(f.asText()));

    assertThat(files).containsExactly(UMLAUT, Fixtures.NOTES, HOTPLUG, Fixtures.CLEAN);
    JsonNode summary = json.path("summary");
    assertThat(summary.path("files").asInt()).isEqualTo(4);
    assertThat(summary.path("filesWithFindings").asInt()).isEqualTo(4);
    assertThat(summary.path("errors").asInt()).isEqualTo(3);
    assertThat(summary.path("warnings").asInt()).isEqualTo(1);
    assertThat(summary.path("infos").asInt()).isEqualTo(2);
    assertThat(summary.path("byRule").toString())
        .isEqualTo("{\"internal-error\":1,\"missing-section\":1,\"title-format\":2,\"unused-suppression\":2}");
  }

  @Test
  void isStablePrettyJsonWithUnixNewlines() {
    String text = Fixtures.render(report, Fixtures.result(), Fixtures.context());

    assertThat(text).startsWith("{\n  \"$schema\": ").endsWith("}\n").doesNotContain("\r\n");
    assertThat(text).isEqualTo(Fixtures.render(report, Fixtures.result(), Fixtures.context()));
  }

  @Test
  void aFindingWithAFixSaysWhatTheFixDoesAndTheSummaryCountsThem() {
    io.github.veplint.lint.finding.Finding fixable = new io.github.veplint.lint.finding.Finding("title-format",
        io.github.veplint.lint.finding.Severity.ERROR, HOTPLUG, new io.github.veplint.model.SourcePosition(1, 1),
        "the title heading has no VEP number: write '# VEP #42: Hotplug'",
        java.util.Optional.of(io.github.veplint.lint.finding.Fix.replace("write '# VEP #42: Hotplug'", HOTPLUG,
            new io.github.veplint.model.SourcePosition(1, 1), new io.github.veplint.model.SourcePosition(1, 12),
            "# VEP #42: Hotplug")));
    io.github.veplint.lint.LintResult result = new io.github.veplint.lint.LintResult(
        "/nonexistent/repo", java.util.List.of(HOTPLUG), java.util.List.of(fixable));
    JsonNode json = Validators.json(Fixtures.render(report, result, Fixtures.context()));

    assertThat(Validators.reportViolations(json)).isEmpty();
    assertThat(json.path("findings").get(0).path("fix").asText()).isEqualTo("write '# VEP #42: Hotplug'");
    assertThat(json.path("summary").path("fixable").asInt()).isEqualTo(1);
    assertThat(render().path("summary").has("fixable")).as("left out when nothing has a fix").isFalse();
    assertThat(render().path("findings").get(1).has("fix")).isFalse();
  }
}
