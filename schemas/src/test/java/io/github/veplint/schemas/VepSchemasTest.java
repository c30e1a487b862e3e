package io.github.veplint.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VepSchemasTest {

  private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  @Test
  void frontmatterResourceDeclaresTheAdvertisedId() throws IOException {
    JsonNode schema = read(VepSchemas.FRONTMATTER_RESOURCE);

    assertThat(schema.path("$id").asText()).isEqualTo(VepSchemas.FRONTMATTER_ID);
    assertThat(schema.path("$schema").asText()).isEqualTo(DRAFT_2020_12);
  }

  @Test
  void frontmatterSchemaIsAValidDraft202012Schema() throws IOException {
    JsonSchema metaSchema =
        FrontmatterSchema.offlineFactory().getSchema(SchemaLocation.of(DRAFT_2020_12));

    assertThat(metaSchema.validate(read(VepSchemas.FRONTMATTER_RESOURCE))).isEmpty();
  }

  @Test
  void everyPropertyCarriesEditorHelp() throws IOException {
    JsonNode properties = read(VepSchemas.FRONTMATTER_RESOURCE).path("properties");
    List<String> withoutHelp = new ArrayList<>();
    collectWithoutHelp("", properties, withoutHelp);
    collectWithoutHelp("milestone.", properties.path("milestone").path("properties"), withoutHelp);

    assertThat(properties.size()).isEqualTo(14);
    assertThat(withoutHelp).isEmpty();
  }

  @Test
  void reportSchemaDeclaresTheAdvertisedIdAndIsValid() throws IOException {
    JsonNode schema = read(VepSchemas.REPORT_RESOURCE);
    JsonSchema metaSchema =
        FrontmatterSchema.offlineFactory().getSchema(SchemaLocation.of(DRAFT_2020_12));

    assertThat(schema.path("$id").asText()).isEqualTo(VepSchemas.REPORT_ID);
    assertThat(schema.path("$schema").asText()).isEqualTo(DRAFT_2020_12);
    assertThat(metaSchema.validate(schema)).isEmpty();
  }

  @Test
  void reportSchemaDocumentsEveryMember() throws IOException {
    JsonNode schema = read(VepSchemas.REPORT_RESOURCE);
    List<String> withoutHelp = new ArrayList<>();
    collectWithoutHelp("", schema.path("properties"), withoutHelp);
    collectWithoutHelp(
        "findings[].", schema.path("$defs").path("finding").path("properties"), withoutHelp);
    collectWithoutHelp(
        "summary.", schema.path("$defs").path("summary").path("properties"), withoutHelp);

    assertThat(withoutHelp).isEmpty();
    assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void missingResourceFailsNamingThePath() {
    assertThatThrownBy(() -> VepSchemas.open("/schemas/no-such.schema.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/schemas/no-such.schema.json");
  }

  private static void collectWithoutHelp(
      String prefix, JsonNode properties, List<String> withoutHelp) {
    properties
        .fields()
        .forEachRemaining(
            property -> {
              if (!property.getValue().hasNonNull("title")
                  || !property.getValue().hasNonNull("description")) {
                withoutHelp.add(prefix + property.getKey());
              }
            });
  }

  private static JsonNode read(String resourcePath) throws IOException {
    try (InputStream schema = VepSchemas.open(resourcePath)) {
      return new ObjectMapper().readTree(schema);
    }
  }
}
