package io.github.veplint.lint.schema;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.schemas.VepSchemas;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A JSON Schema from the vep-schemas jar, compiled once and shared by all threads, resolved offline
 * by mapping the schemas' {@code $id} prefix to the classpath.
 */
public final class SchemaCheck {

  private static final Set<String> MEMBER_KEYWORDS =
      Set.of("required", "unevaluatedProperties", "additionalProperties", "dependentRequired");

  private final JsonSchema schema;

  private SchemaCheck(String schemaId) {
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder ->
                builder.schemaMappers(m -> m.mapPrefix(VepSchemas.ID_BASE, "classpath:schemas/")));
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .build();
    // The validator resolves 'classpath:' through the thread's context class loader. The first
    // lint of a run may happen on a worker thread of the common pool, whose context loader (in a
    // Maven plugin realm, say) cannot see the vep-schemas jar; so compile with this library's own
    // loader, and eagerly, so no $ref is resolved later on some other thread.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(SchemaCheck.class.getClassLoader());
    try {
      this.schema = factory.getSchema(SchemaLocation.of(schemaId), config);
      this.schema.initializeValidators();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static final class FrontMatterHolder {
    static final SchemaCheck INSTANCE = new SchemaCheck(VepSchemas.FRONTMATTER_ID);
  }

  private static final class ConfigHolder {
    static final SchemaCheck INSTANCE = new SchemaCheck(VepSchemas.CONFIG_ID);
  }

  private static final java.util.concurrent.atomic.AtomicBoolean WARMING =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Starts compiling the front matter schema on a daemon thread and returns at once. Loading the
   * validator and Jackson and compiling the schema is the largest single start-up cost of a CLI run
   * (about 700 classes); begun before the repository is scanned and the template parsed, it
   * overlaps that single-threaded work. {@link #frontMatter()} then returns the same instance,
   * waiting for the class initialization if it is still running. Idempotent.
   */
  public static void warmUpInBackground() {
    if (WARMING.compareAndSet(false, true)) {
      Thread thread = new Thread(SchemaCheck::frontMatter, "vep-lint-schema-warm-up");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** The VEP front matter schema. */
  public static SchemaCheck frontMatter() {
    return FrontMatterHolder.INSTANCE;
  }

  /** The {@code .vep-lint.yaml} schema. */
  public static SchemaCheck config() {
    return ConfigHolder.INSTANCE;
  }

  /**
   * One violation.
   *
   * @param keyword the schema keyword that failed, e.g. {@code enum}
   * @param pointer JSON pointer of the offending value (for {@code required} and unknown keys, of
   *     the member concerned)
   * @param member the member named by {@code required}/unknown-key violations, else empty
   * @param message the validator's message
   * @param position where it is in the YAML
   */
  public record Violation(String keyword, String pointer, String member, String message, SourcePosition position) {}

  /** Validates a converted YAML tree; violations in document order. */
  public List<Violation> validate(YamlJson document) {
    return schema.validate(document.json()).stream()
        .map(m -> toViolation(m, document))
        .sorted(Comparator.comparing(Violation::position).thenComparing(Violation::pointer).thenComparing(Violation::keyword))
        .toList();
  }

  /**
   * Whether the schema would accept {@code candidate} as the value at {@code pointer} (a member of
   * the document's top-level mapping, or deeper), the rest of the document as it is: no violation
   * at or under that pointer. Advice that tells the author to write a value asks here first, so
   * it never suggests what is itself an error (e.g. {@code []} for a list that needs an entry).
   */
  public boolean accepts(YamlJson document, String pointer, JsonNode candidate) {
    int slash = pointer.lastIndexOf('/');
    if (slash < 0 || !(document.json().at(pointer.substring(0, slash)) instanceof ObjectNode)) {
      return false;
    }
    ObjectNode copy = document.json().deepCopy();
    ObjectNode target = (ObjectNode) copy.at(pointer.substring(0, slash));
    target.set(pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~"), candidate);
    return schema.validate(copy).stream()
        .map(m -> toViolation(m, document).pointer())
        .noneMatch(p -> p.equals(pointer) || p.startsWith(pointer + "/"));
  }

  private static Violation toViolation(ValidationMessage message, YamlJson document) {
    String pointer = message.getInstanceLocation().toString();
    String member = "";
    if (MEMBER_KEYWORDS.contains(message.getType()) && message.getProperty() != null) {
      member = message.getProperty();
      if (!message.getType().equals("required")) {
        pointer = pointer + "/" + member.replace("~", "~0").replace("/", "~1");
      }
    }
    return new Violation(message.getType(), pointer, member, message.getMessage(), document.positionOf(pointer));
  }
}
