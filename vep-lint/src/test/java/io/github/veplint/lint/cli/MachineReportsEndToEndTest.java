package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.github.veplint.schemas.VepSchemas;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vep-lint check --format json=FILE --format sarif=FILE} on a real repository on disk. */
class MachineReportsEndToEndTest {

  private static final String SARIF_DIRECTORY = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/";

  @TempDir Path repo;
  @TempDir Path reports;

  @Test
  void jsonAndSarifFilesAreValidAndAgree() throws IOException {
    Path vep = repo.resolve("veps/sig-a/1-x/vep.md");
    Files.createDirectories(vep.getParent());
    Files.writeString(vep, "# VEP 1 X\n\nText.\n");
    Path json = reports.resolve("out/report.json");
    Path sarif = reports.resolve("report.sarif");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int status = VepLintCommand.run(new String[] {"check", repo.toString(), "--format", "json=" + json,
        "--format", "sarif=" + sarif}, new PrintWriter(out), new PrintWriter(err));

    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).as("every report went to a file").isEmpty();
    assertThat(status).isEqualTo(VepLintCommand.FINDINGS);

    ObjectMapper mapper = new ObjectMapper();
    JsonNode report = mapper.readTree(json.toFile());
    JsonNode log = mapper.readTree(sarif.toFile());
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    JsonSchema reportSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix(VepSchemas.ID_BASE, "classpath:schemas/")))
        .getSchema(SchemaLocation.of(VepSchemas.REPORT_ID), config);
    JsonSchema sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
            b -> b.schemaMappers(m -> m.mapPrefix(SARIF_DIRECTORY, "classpath:schema/")))
        .getSchema(SchemaLocation.of(SARIF_DIRECTORY + "sarif-schema-2.1.0.json"), config);
    assertThat(reportSchema.validate(report)).isEmpty();
    assertThat(sarifSchema.validate(log)).isEmpty();

    JsonNode findings = report.path("findings");
    JsonNode results = log.path("runs").get(0).path("results");
    assertThat(findings.size()).isPositive().isEqualTo(results.size());
    assertThat(report.path("files").toString()).isEqualTo("[\"veps/sig-a/1-x/vep.md\"]");
    assertThat(findings.findValuesAsText("rule")).contains("title-format");
    for (int i = 0; i < findings.size(); i++) {
      JsonNode finding = findings.get(i);
      JsonNode result = results.get(i);
      assertThat(result.path("ruleId").asText()).isEqualTo(finding.path("rule").asText());
      assertThat(result.path("message").path("text").asText()).isEqualTo(finding.path("message").asText());
      JsonNode location = result.path("locations").get(0).path("physicalLocation");
      assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo(finding.path("file").asText());
      assertThat(location.path("region").path("startLine").asInt()).isEqualTo(finding.path("line").asInt());
      assertThat(location.path("region").path("startColumn").asInt()).isEqualTo(finding.path("column").asInt());
    }
    // No machine-specific path leaks into either report.
    assertThat(Files.readString(json)).doesNotContain(repo.toString());
    assertThat(Files.readString(sarif)).doesNotContain(repo.toString());
  }
}
