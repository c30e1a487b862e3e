package io.github.veplint.lint.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import com.networknt.schema.oas.OpenApi31;
import graphql.GraphQL;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.Coercing;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.ScalarWiringEnvironment;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GitHub's published API descriptions ({@code ../shared/contracts/github}, read-only, never copied
 * into the project), loaded for tests: the GraphQL schema as an executable schema over canned data
 * (so a query that does not validate, or canned data of a shape the schema does not allow, fails),
 * the REST OpenAPI description for matching requests to operations and validating their query
 * parameters, bodies and answers, and the webhook descriptions for validating event payloads (what
 * a workflow run finds at {@code GITHUB_EVENT_PATH}).
 */
public final class GitHubContracts {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static GitHubContracts loaded;

  private final Path directory;
  private final TypeDefinitionRegistry registry;
  private final JsonNode openapi;
  private final List<Route> routes = new ArrayList<>();
  private final JsonSchemaFactory schemas;
  private final JsonSchemaFactory webhookSchemas;
  private JsonNode webhooks;

  private GitHubContracts(Path directory) throws IOException {
    this.directory = directory;
    this.registry = registry(Files.readString(directory.resolve("graphql-schema.graphql")));
    this.openapi = MAPPER.readTree(directory.resolve("rest-openapi.json").toFile());
    for (Iterator<Map.Entry<String, JsonNode>> it = openapi.get("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      routes.add(new Route(path.getKey(), Pattern.compile(
          Pattern.quote(path.getKey()).replaceAll("\\{[^}/]+\\}", "\\\\E[^/]+\\\\Q")), path.getValue()));
    }
    this.schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
        b -> b.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    this.webhookSchemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        b -> b.metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
  }

  /**
   * The contracts: {@code vep.contracts} when set; else {@code contracts/github} beside the corpus
   * that {@code vep.corpus} names (the shared data's layout, so a copy of {@code ../shared} passed
   * as {@code -Dvep.corpus=COPY/corpus} is used whole); else {@code ../shared/contracts/github} of
   * the work tree or a directory above it.
   */
  public static synchronized GitHubContracts load() {
    if (loaded == null) {
      Path dir = Path.of(System.getProperty("vep.contracts", "")).toAbsolutePath();
      if (System.getProperty("vep.contracts") == null || !Files.isDirectory(dir)) {
        List<Path> candidates = new ArrayList<>();
        if (System.getProperty("vep.corpus") != null) {
          candidates.add(Path.of(System.getProperty("vep.corpus")).toAbsolutePath().resolve("../contracts/github"));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
          candidates.add(p.resolve("../shared/contracts/github"));
        }
        for (Path candidate : candidates) {
          if (Files.isRegularFile(candidate.resolve("graphql-schema.graphql"))) {
            dir = candidate.normalize();
            break;
          }
        }
      }
      try {
        loaded = new GitHubContracts(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read GitHub's API contracts at " + dir, e);
      }
    }
    return loaded;
  }

  /**
   * The schema's type definitions. GitHub publishes two fields of {@code EnterpriseOwnerInfo}
   * twice, which a strict loader rejects: the second definition of a field is dropped, as the
   * contracts' README says.
   */
  private static TypeDefinitionRegistry registry(String sdl) {
    ParserOptions options = ParserOptions.getDefaultSdlParserOptions().transform(
        b -> b.maxCharacters(Integer.MAX_VALUE).maxTokens(Integer.MAX_VALUE).maxWhitespaceTokens(Integer.MAX_VALUE));
    Document document = new Parser().parseDocument(
        ParserEnvironment.newParserEnvironment().document(sdl).parserOptions(options).build());
    List<Definition> definitions = new ArrayList<>();
    for (Definition<?> definition : document.getDefinitions()) {
      if (definition instanceof ObjectTypeDefinition type) {
        Set<String> seen = new HashSet<>();
        List<FieldDefinition> fields = type.getFieldDefinitions().stream().filter(f -> seen.add(f.getName())).toList();
        definitions.add(type.transform(b -> b.fieldDefinitions(fields)));
      } else {
        definitions.add(definition);
      }
    }
    return new SchemaParser().buildRegistry(Document.newDocument().definitions(definitions).build());
  }

  /**
   * An executable schema whose fields read canned data: maps keyed by field name, objects of
   * abstract types carrying {@code __typename}; {@code fetchers} replace the default for
   * {@code Type.field} (for arguments such as {@code first}/{@code after}). Scalars pass strings,
   * numbers and booleans through.
   */
  public GraphQL executable(Map<String, DataFetcher<?>> fetchers) {
    WiringFactory factory = new WiringFactory() {
      @Override
      public boolean providesScalar(ScalarWiringEnvironment environment) {
        return !ScalarInfo.isGraphqlSpecifiedScalar(environment.getScalarTypeDefinition().getName());
      }

      @Override
      public GraphQLScalarType getScalar(ScalarWiringEnvironment environment) {
        ScalarTypeDefinition definition = environment.getScalarTypeDefinition();
        return GraphQLScalarType.newScalar().name(definition.getName()).coercing(PASS_THROUGH).build();
      }

      @Override
      public boolean providesTypeResolver(UnionWiringEnvironment environment) {
        return true;
      }

      @Override
      public graphql.schema.TypeResolver getTypeResolver(UnionWiringEnvironment environment) {
        return GitHubContracts::resolve;
      }

      @Override
      public boolean providesTypeResolver(InterfaceWiringEnvironment environment) {
        return true;
      }

      @Override
      public graphql.schema.TypeResolver getTypeResolver(InterfaceWiringEnvironment environment) {
        return GitHubContracts::resolve;
      }

      @Override
      public boolean providesDataFetcher(graphql.schema.idl.FieldWiringEnvironment environment) {
        return fetchers.containsKey(environment.getParentType().getName() + "." + environment.getFieldDefinition().getName());
      }

      @Override
      public DataFetcher<?> getDataFetcher(graphql.schema.idl.FieldWiringEnvironment environment) {
        return fetchers.get(environment.getParentType().getName() + "." + environment.getFieldDefinition().getName());
      }
    };
    GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(registry,
        RuntimeWiring.newRuntimeWiring().wiringFactory(factory).build());
    return GraphQL.newGraphQL(schema).build();
  }

  private static graphql.schema.GraphQLObjectType resolve(graphql.TypeResolutionEnvironment environment) {
    Object typename = environment.getObject() instanceof Map<?, ?> map ? map.get("__typename") : null;
    return typename == null ? null : environment.getSchema().getObjectType(String.valueOf(typename));
  }

  @SuppressWarnings("rawtypes")
  private static final Coercing PASS_THROUGH = new Coercing<Object, Object>() {
    @Override
    public Object serialize(Object value) {
      if (value instanceof String || value instanceof Number || value instanceof Boolean) {
        return value;
      }
      throw new graphql.schema.CoercingSerializeException("not a scalar: " + value);
    }

    @Override
    public Object parseValue(Object input) {
      return input;
    }

    @Override
    public Object parseLiteral(Object input) {
      return input instanceof graphql.language.StringValue s ? s.getValue() : input;
    }
  };

  /**
   * A REST path template of the description and its path item.
   *
   * @param template e.g. {@code /repos/{owner}/{repo}/issues/{issue_number}}
   * @param pattern the template as a pattern (a parameter is one segment)
   * @param item the path item, its operations by method
   */
  record Route(String template, Pattern pattern, JsonNode item) {
    int literalSegments() {
      return (int) java.util.Arrays.stream(template.split("/")).filter(s -> !s.startsWith("{")).count();
    }
  }

  /**
   * The operation a request is, by method and path: the template that matches with the most
   * literal segments ({@code /issues/comments} before {@code /issues/{issue_number}}).
   *
   * @return the template and the operation, or empty when the description has none
   */
  public Optional<Operation> operation(String method, String path) {
    return routes.stream()
        .filter(r -> r.pattern().matcher(path).matches())
        .filter(r -> r.item().has(method.toLowerCase(java.util.Locale.ROOT)))
        .max(java.util.Comparator.comparingInt(Route::literalSegments))
        .map(r -> new Operation(r.template(), r.item().get(method.toLowerCase(java.util.Locale.ROOT))));
  }

  /**
   * One REST operation of the description.
   *
   * @param template its path template
   * @param node its description
   */
  public record Operation(String template, JsonNode node) {
    /** Its {@code operationId}, e.g. {@code issues/get}. */
    public String id() {
      return node.path("operationId").asText();
    }
  }

  /** Why {@code body} is not a valid request body of {@code operation} (empty when it is). */
  public List<String> validateRequest(Operation operation, JsonNode body) {
    return validate(operation.node().path("requestBody").path("content").path("application/json").path("schema"), body);
  }

  /**
   * Why a request's query string does not fit {@code operation} (empty when it does): every
   * parameter must be one of the operation's {@code in: query} parameters, given once, its value
   * valid for the parameter's schema (a number where the schema says integer), and no required
   * query parameter may be missing.
   *
   * @param rawQuery the query string as sent, without {@code ?}; empty or null for none
   */
  public List<String> validateQuery(Operation operation, String rawQuery) {
    Map<String, JsonNode> defined = new java.util.TreeMap<>();
    for (JsonNode parameter : operation.node().path("parameters")) {
      JsonNode p = parameter.has("$ref") ? at(parameter.get("$ref").asText()) : parameter;
      if (p.path("in").asText().equals("query")) {
        defined.put(p.path("name").asText(), p);
      }
    }
    List<String> problems = new ArrayList<>();
    Set<String> given = new HashSet<>();
    for (String pair : rawQuery == null || rawQuery.isEmpty() ? new String[0] : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String name = java.net.URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals),
          java.nio.charset.StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : java.net.URLDecoder.decode(pair.substring(equals + 1),
          java.nio.charset.StandardCharsets.UTF_8);
      JsonNode parameter = defined.get(name);
      if (parameter == null) {
        problems.add(operation.id() + " has no query parameter '" + name + "' (it has " + defined.keySet() + ")");
        continue;
      }
      if (!given.add(name)) {
        problems.add(operation.id() + ": query parameter '" + name + "' given twice");
      }
      JsonNode schema = parameter.path("schema");
      JsonNode typed = MAPPER.getNodeFactory().textNode(value);
      if (schema.path("type").asText().equals("integer")) {
        try {
          typed = MAPPER.getNodeFactory().numberNode(Long.parseLong(value));
        } catch (NumberFormatException e) {
          problems.add(operation.id() + ": query parameter '" + name + "' is not an integer: " + value);
          continue;
        }
      }
      validate(schema, typed).forEach(m -> problems.add(operation.id() + ": query parameter '" + name + "': " + m));
    }
    defined.forEach((name, parameter) -> {
      if (parameter.path("required").asBoolean() && !given.contains(name)) {
        problems.add(operation.id() + ": required query parameter '" + name + "' missing");
      }
    });
    return problems;
  }

  /**
   * Why {@code body} is not a valid answer of {@code operation} with {@code status} (empty when it
   * is). An error status the operation does not list (GitHub answers any call with 401, 403 or 5xx,
   * e.g. 403 "Resource not accessible by integration" to a fork's read-only token, without each
   * operation describing it) must be GitHub's {@code basic-error}; any other status it does not
   * list is a violation.
   */
  public List<String> validateResponse(Operation operation, int status, JsonNode body) {
    JsonNode response = operation.node().path("responses").path(String.valueOf(status));
    if (response.isMissingNode() && (status == 401 || status == 403 || status >= 500)) {
      return validate(MAPPER.getNodeFactory().objectNode().put("$ref", "#/components/schemas/basic-error"), body);
    }
    if (response.isMissingNode()) {
      return List.of(operation.id() + " has no " + status + " answer");
    }
    if (response.has("$ref")) {
      response = at(response.get("$ref").asText());
    }
    return validate(response.path("content").path("application/json").path("schema"), body);
  }

  /**
   * Why {@code payload} is not an event GitHub sends (empty when it is): validated against the
   * webhook's request body in {@code webhooks-openapi.json}, which is also what a workflow run reads
   * at {@code GITHUB_EVENT_PATH}.
   *
   * @param webhook the description's name for the event and action, e.g. {@code
   *     pull-request-synchronize}, {@code push}
   */
  public synchronized List<String> validateEvent(String webhook, JsonNode payload) {
    Path file = directory.resolve("webhooks-openapi.json");
    if (webhooks == null) {
      try {
        webhooks = MAPPER.readTree(file.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    JsonNode schema = webhooks.path("webhooks").path(webhook).path("post").path("requestBody").path("content")
        .path("application/json").path("schema");
    if (!schema.has("$ref")) {
      return List.of("the webhook description has no event '" + webhook + "'");
    }
    JsonSchema validator = webhookSchemas.getSchema(SchemaLocation.of(file.toUri() + schema.get("$ref").asText()));
    return validator.validate(payload).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  /**
   * {@code node} (an inline schema of the description, copied) with each {@code #/...} reference
   * made absolute against {@code document}, so that it resolves outside the description.
   */
  private static JsonNode absoluteRefs(JsonNode node, String document) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
        object.put("$ref", document + ref.asText());
      }
    }
    node.forEach(child -> absoluteRefs(child, document));
    return node;
  }

  private JsonNode at(String ref) {
    return openapi.at(ref.substring(1));
  }

  private List<String> validate(JsonNode schemaNode, JsonNode body) {
    if (schemaNode.isMissingNode()) {
      return List.of("the description has no JSON schema here");
    }
    String document = directory.resolve("rest-openapi.json").toUri().toString();
    JsonSchema schema = schemaNode.has("$ref")
        ? schemas.getSchema(SchemaLocation.of(document + schemaNode.get("$ref").asText()))
        : schemas.getSchema(absoluteRefs(schemaNode.deepCopy(), document));
    Set<ValidationMessage> messages = schema.validate(body);
    return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
  }
}
