package io.github.veplint.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The front matter schema loaded the way a consumer would: by its {@code $id}, resolved offline.
 */
final class FrontmatterSchema {

  private static final JsonSchema SCHEMA = load();

  private FrontmatterSchema() {}

  static Set<Violation> violationsOf(JsonNode frontmatter) {
    return SCHEMA.validate(frontmatter).stream().map(Violation::of).collect(Collectors.toSet());
  }

  static JsonSchemaFactory offlineFactory() {
    return JsonSchemaFactory.getInstance(
        SpecVersion.VersionFlag.V202012,
        builder ->
            builder.schemaMappers(
                mappers -> mappers.mapPrefix(VepSchemas.ID_BASE, "classpath:schemas/")));
  }

  private static JsonSchema load() {
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .build();
    return offlineFactory().getSchema(SchemaLocation.of(VepSchemas.FRONTMATTER_ID), config);
  }

  /**
   * One schema violation: the keyword that failed, the JSON pointer of the offending value and, for
   * keywords about a named member (required, unevaluatedProperties), that member's name.
   */
  record Violation(String keyword, String location, String member) {

    static Violation at(String keyword, String location) {
      return new Violation(keyword, location, null);
    }

    static Violation member(String keyword, String location, String member) {
      return new Violation(keyword, location, member);
    }

    private static Violation of(ValidationMessage message) {
      String member =
          Set.of("required", "unevaluatedProperties").contains(message.getType())
              ? message.getProperty()
              : null;
      return new Violation(message.getType(), message.getInstanceLocation().toString(), member);
    }
  }
}
