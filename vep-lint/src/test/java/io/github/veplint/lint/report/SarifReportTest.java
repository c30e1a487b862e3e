package io.github.veplint.lint.report;

import static io.github.veplint.lint.report.Fixtures.HOTPLUG;
import static io.github.veplint.lint.report.Fixtures.TITLE_FORMAT;
import static io.github.veplint.lint.report.Fixtures.TRICKY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.spi.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportTest {

  private final SarifReport report = new SarifReport();

  private JsonNode render() {
    return Validators.json(Fixtures.render(report, Fixtures.result(), Fixtures.context()));
  }

  private static JsonNode run(JsonNode log) {
    return log.path("runs").get(0);
  }

  @Test
  void validatesAgainstTheOfficialSarifSchema() {
    JsonNode schema = Validators.sarifSchemaDocument();
    assertThat(schema.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
    assertThat(schema.path("$id").asText()).isEqualTo(Validators.SARIF_ID);

    assertThat(Validators.sarifViolations(render())).isEmpty();
    assertThat(Validators.sarifViolations(
        Validators.json(Fixtures.render(report, Fixtures.empty(), Fixtures.context("dev"))))).isEmpty();
  }

  @Test
  void theSchemaCatchesWhatItShould() {
    ObjectNode broken = (ObjectNode) render();
    ObjectNode result = (ObjectNode) run(broken).path("results").get(1);
    result.put("level", "fatal");
    ((ObjectNode) result.path("locations").get(0).path("physicalLocation").path("region")).put("startLine", 0);

    assertThat(Validators.sarifViolations(broken)).hasSize(2);
  }

  @Test
  void describesTheToolAndEveryRuleThatRan() {
    JsonNode log = render();
    JsonNode driver = run(log).path("tool").path("driver");

    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.path("$schema").asText()).isEqualTo(SarifReport.SCHEMA_URI);
    assertThat(driver.path("name").asText()).isEqualTo("vep-lint");
    assertThat(driver.path("informationUri").asText()).startsWith("https://");
    assertThat(driver.path("version").asText()).isEqualTo("1.2.3");
    assertThat(driver.path("semanticVersion").asText()).isEqualTo("1.2.3");
    List<String> ids = new ArrayList<>();
    driver.path("rules").forEach(r -> ids.add(r.path("id").asText()));
    // Every rule of the context, in its order, even never-fires; then the engine's internal-error.
    assertThat(ids).containsExactly("missing-section", "never-fires", "title-format", "unused-suppression",
        "internal-error");

    JsonNode titleFormat = driver.path("rules").get(2);
    assertThat(titleFormat.path("name").asText()).isEqualTo("TitleFormat");
    assertThat(titleFormat.path("shortDescription").path("text").asText()).isEqualTo(TITLE_FORMAT.summary());
    assertThat(titleFormat.path("fullDescription").path("text").asText())
        .isEqualTo("The template opens every VEP with a level-1 heading.");
    assertThat(titleFormat.path("help").path("markdown").asText()).isEqualTo(TITLE_FORMAT.description().strip());
    assertThat(titleFormat.path("help").path("text").asText()).isEqualTo(TITLE_FORMAT.description().strip());
    assertThat(titleFormat.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
    assertThat(driver.path("rules").get(0).path("defaultConfiguration").path("level").asText()).isEqualTo("warning");
    assertThat(driver.path("rules").get(3).path("defaultConfiguration").path("level").asText()).isEqualTo("note");
    assertThat(driver.path("rules").get(4).path("defaultConfiguration").path("level").asText()).isEqualTo("error");
  }

  @Test
  void aBuiltInRuleLinksToItsExplanationAndShowsItAsHelp() {
    List<Rule> builtIn = VepLinter.builder().build().rules();
    ReportContext context = new ReportContext(builtIn, false, "1.2.3");
    JsonNode rules = run(Validators.json(Fixtures.render(report, Fixtures.empty(), context))).path("tool").path("driver").path("rules");

    assertThat(rules).hasSize(builtIn.size());
    for (int i = 0; i < builtIn.size(); i++) {
      Rule rule = builtIn.get(i);
      JsonNode descriptor = rules.get(i);
      String helpUri = descriptor.path("helpUri").asText();
      assertThat(helpUri).isEqualTo(SarifReport.HELP_BASE + rule.id() + ".md");
      // The URI names the file in this source tree, so it does not dangle once pushed to main.
      String inRepository = helpUri.substring(helpUri.indexOf("/blob/main/vep-lint/") + "/blob/main/vep-lint/".length());
      assertThat(Path.of(inRepository)).as(rule.id()).isRegularFile();
      assertThat(descriptor.path("help").path("markdown").asText()).isEqualTo(rule.description().strip());
    }
    // A rule vep-lint does not ship (here the fixtures' fakes) gets no guessed link.
    JsonNode fakes = run(render()).path("tool").path("driver").path("rules");
    fakes.forEach(descriptor -> assertThat(descriptor.has("helpUri")).as(descriptor.path("id").asText()).isFalse());
    assertThat(Validators.sarifViolations(Validators.json(Fixtures.render(report, Fixtures.empty(), context)))).isEmpty();
  }

  @Test
  void leavesOutSemanticVersionForDevBuilds() {
    JsonNode log = Validators.json(Fixtures.render(report, Fixtures.result(), Fixtures.context("dev")));

    assertThat(run(log).path("tool").path("driver").has("semanticVersion")).isFalse();
    assertThat(run(log).path("tool").path("driver").path("version").asText()).isEqualTo("dev");
  }

  @Test
  void reportsResultsWhereGithubLooksForThem() {
    JsonNode run = run(render());
    JsonNode rules = run.path("tool").path("driver").path("rules");

    assertThat(run.path("columnKind").asText()).isEqualTo("utf16CodeUnits");
    assertThat(run.path("originalUriBaseIds").has("%SRCROOT%")).isTrue();
    assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").has("uri")).isFalse();
    assertThat(run.path("results")).hasSize(6);
    for (JsonNode result : run.path("results")) {
      assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText())
          .isEqualTo(result.path("ruleId").asText());
    }

    JsonNode warning = run.path("results").get(4);
    assertThat(warning.path("ruleId").asText()).isEqualTo("missing-section");
    assertThat(warning.path("level").asText()).isEqualTo("warning");
    assertThat(warning.path("message").path("text").asText()).isEqualTo(TRICKY);
    JsonNode location = warning.path("locations").get(0).path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo(HOTPLUG);
    assertThat(location.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(location.path("region").path("startLine").asInt()).isEqualTo(12);
    assertThat(location.path("region").path("startColumn").asInt()).isEqualTo(3);

    assertThat(run.path("results").get(5).path("level").asText()).isEqualTo("note");
    assertThat(run.path("results").get(3).path("level").asText()).isEqualTo("error");
  }

  @Test
  void percentEncodesPathsAndOmitsTheLocationOfRepositoryWideFindings() {
    JsonNode results = run(render()).path("results");

    assertThat(results.get(0).path("ruleId").asText()).isEqualTo("internal-error");
    assertThat(results.get(0).has("locations")).isFalse();
    assertThat(results.get(1).path("locations").get(0).path("physicalLocation").path("artifactLocation")
        .path("uri").asText()).isEqualTo("veps/sig%20storage/9-%C3%BCmlaut/vep.md");
    assertThat(SarifReport.uriOf("a:b/c,d%e#f?g")).isEqualTo("a%3Ab/c%2Cd%25e%23f%3Fg");
  }

  @Test
  void fingerprintsAreDistinctAndIgnoreTheLine() {
    JsonNode results = run(render()).path("results");
    Set<String> fingerprints = new HashSet<>();
    results.forEach(r -> fingerprints.add(r.path("partialFingerprints").path(SarifReport.FINGERPRINT).asText()));
    assertThat(fingerprints).hasSize(results.size());

    LintResult moved = new LintResult("/r", List.of(HOTPLUG), List.of(
        Fixtures.finding("title-format", Severity.ERROR, HOTPLUG, 9, 1,
            "the title heading has no VEP number: write '# VEP #42: Hotplug'")));
    String movedPrint = run(Validators.json(Fixtures.render(report, moved, Fixtures.context())))
        .path("results").get(0).path("partialFingerprints").path(SarifReport.FINGERPRINT).asText();
    assertThat(movedPrint).isEqualTo(results.get(3).path("partialFingerprints").path(SarifReport.FINGERPRINT).asText());
  }

  @Test
  void aFixBecomesSarifFixesWithItsRegionsAndAMoveIsLeftOut() {
    String file = Fixtures.HOTPLUG;
    io.github.veplint.lint.finding.Finding release = new io.github.veplint.lint.finding.Finding("target-release",
        io.github.veplint.lint.finding.Severity.ERROR, file, new io.github.veplint.model.SourcePosition(7, 39),
        "'1.9' is not a release as KubeVirt writes it: write v1.9",
        java.util.Optional.of(io.github.veplint.lint.finding.Fix.replace("write v1.9", file,
            new io.github.veplint.model.SourcePosition(7, 39), new io.github.veplint.model.SourcePosition(7, 42), "v1.9")));
    io.github.veplint.lint.finding.Finding moved = new io.github.veplint.lint.finding.Finding("dir-name",
        io.github.veplint.lint.finding.Severity.ERROR, "veps/sig-compute/hotplug.md", io.github.veplint.model.SourcePosition.START,
        "move it", java.util.Optional.of(io.github.veplint.lint.finding.Fix.move("move it",
            "veps/sig-compute/hotplug.md", "veps/sig-compute/42-hotplug/vep.md")));
    io.github.veplint.lint.LintResult result = new io.github.veplint.lint.LintResult("/nonexistent/repo",
        java.util.List.of(file, "veps/sig-compute/hotplug.md"), java.util.List.of(release, moved));
    JsonNode log = Validators.json(Fixtures.render(report, result, Fixtures.context()));

    assertThat(Validators.sarifViolations(log)).isEmpty();
    JsonNode results = run(log).path("results");
    JsonNode fixed = results.get(0).path("fixes");
    assertThat(results.get(0).path("ruleId").asText()).isEqualTo("target-release");
    assertThat(fixed).hasSize(1);
    assertThat(fixed.get(0).path("description").path("text").asText()).isEqualTo("write v1.9");
    JsonNode change = fixed.get(0).path("artifactChanges").get(0);
    assertThat(change.path("artifactLocation").path("uri").asText()).isEqualTo(file);
    JsonNode replacement = change.path("replacements").get(0);
    assertThat(replacement.path("deletedRegion").path("startLine").asInt()).isEqualTo(7);
    assertThat(replacement.path("deletedRegion").path("startColumn").asInt()).isEqualTo(39);
    assertThat(replacement.path("deletedRegion").path("endColumn").asInt()).isEqualTo(42);
    assertThat(replacement.path("insertedContent").path("text").asText()).isEqualTo("v1.9");
    assertThat(results.get(1).has("fixes")).as("a move has no SARIF form").isFalse();
  }
}
