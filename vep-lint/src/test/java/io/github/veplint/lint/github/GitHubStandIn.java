package io.github.veplint.lint.github;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A GitHub stand-in on 127.0.0.1 for tests, holding itself to GitHub's published contracts
 * ({@link GitHubContracts}): a GraphQL query is executed against GitHub's schema over canned data
 * (a query that does not validate, or canned data the schema does not allow, is a violation); a
 * REST request must match an operation of the OpenAPI description, its body and the canned answer
 * must validate. Violations are collected ({@link #violations()}) for the test to assert empty.
 */
public final class GitHubStandIn implements AutoCloseable {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One request as received. */
  public record Request(String method, String path, Optional<String> authorization, String body) {}

  /** A canned answer, sent instead of the normal one. */
  public record Answer(int status, String body) {}

  private final HttpServer server;
  private final GraphQL graphql;
  private final Map<String, Object> root;
  private final Map<String, Object> issues;
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private volatile Function<Request, Optional<Answer>> fault = r -> Optional.empty();

  /**
   * Starts the stand-in.
   *
   * @param organizations the GraphQL {@code Query.organization} data by login: maps keyed by field
   *     name; {@code projectsV2} by number holds each board with its {@code items} list
   * @param issues the REST {@code GET /repos/{owner}/{repo}/issues/{n}} answers by {@code owner/repo#n}
   */
  public GitHubStandIn(Map<String, Object> organizations, Map<String, Object> issues) throws IOException {
    this.root = organizations;
    this.issues = issues;
    Map<String, DataFetcher<?>> fetchers = new HashMap<>();
    fetchers.put("Query.organization", env -> organizations.get(env.<String>getArgument("login")));
    fetchers.put("Organization.projectV2", env -> {
      Map<?, ?> org = env.getSource();
      Map<?, ?> projects = (Map<?, ?>) org.get("projectsV2");
      return projects == null ? null : projects.get(env.<Integer>getArgument("number"));
    });
    fetchers.put("ProjectV2.items", env -> {
      Map<?, ?> project = env.getSource();
      List<?> all = (List<?>) project.get("items");
      int first = Math.min(100, Optional.ofNullable(env.<Integer>getArgument("first")).orElse(100));
      int from = Optional.ofNullable(env.<String>getArgument("after")).map(c -> Integer.parseInt(c.substring(7))).orElse(0);
      int to = Math.min(all.size(), from + first);
      Map<String, Object> page = new LinkedHashMap<>();
      page.put("nodes", all.subList(from, to));
      page.put("totalCount", all.size());
      page.put("pageInfo", Map.of("hasNextPage", to < all.size(), "hasPreviousPage", from > 0,
          "endCursor", "cursor:" + to, "startCursor", "cursor:" + from));
      return page;
    });
    this.graphql = GitHubContracts.load().executable(fetchers);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL, as {@code GITHUB_API_URL}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Answers the requests {@code fault} gives an answer for with that answer instead. */
  public void fault(Function<Request, Optional<Answer>> fault) {
    this.fault = fault;
  }

  /** Every request received, in order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Every contract violation: requests GitHub does not define, answers of shapes GitHub never sends. */
  public List<String> violations() {
    return List.copyOf(violations);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")), body);
      requests.add(request);
      Answer answer = fault.apply(request).orElseGet(() -> answer(request));
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
    } catch (RuntimeException e) {
      violations.add("stand-in failed: " + e);
    }
  }

  private Answer answer(Request request) {
    try {
      if (request.method().equals("POST") && request.path().equals("/graphql")) {
        return graphql(request);
      }
      return rest(request);
    } catch (IOException e) {
      violations.add(request.method() + " " + request.path() + ": body is not JSON: " + e.getMessage());
      return new Answer(400, "{\"message\":\"Problems parsing JSON\"}");
    }
  }

  private Answer graphql(Request request) throws IOException {
    JsonNode body = MAPPER.readTree(request.body());
    Map<String, Object> variables = body.has("variables") && body.get("variables").isObject()
        ? MAPPER.convertValue(body.get("variables"), new TypeReference<Map<String, Object>>() {}) : Map.of();
    ExecutionResult result = graphql.execute(ExecutionInput.newExecutionInput()
        .query(body.path("query").asText()).variables(variables).root(root).build());
    if (!result.getErrors().isEmpty()) {
      violations.add("GraphQL: " + result.getErrors());
    }
    return new Answer(200, MAPPER.writeValueAsString(result.toSpecification()));
  }

  private Answer rest(Request request) throws IOException {
    GitHubContracts contracts = GitHubContracts.load();
    Optional<GitHubContracts.Operation> operation = contracts.operation(request.method(), request.path());
    if (operation.isEmpty()) {
      violations.add(request.method() + " " + request.path() + ": no operation of GitHub's REST API");
      return new Answer(404, "{\"message\":\"Not Found\"}");
    }
    if (!request.body().isEmpty()) {
      List<String> problems = contracts.validateRequest(operation.get(), MAPPER.readTree(request.body()));
      if (!problems.isEmpty()) {
        violations.add(operation.get().id() + " request body: " + problems);
      }
    }
    if (operation.get().id().equals("issues/get")) {
      String[] parts = request.path().split("/");
      Object issue = issues.get(parts[2] + "/" + parts[3] + "#" + parts[5]);
      if (issue == null) {
        return new Answer(404, "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\"}");
      }
      JsonNode answer = MAPPER.valueToTree(issue);
      List<String> problems = contracts.validateResponse(operation.get(), 200, answer);
      if (!problems.isEmpty()) {
        violations.add("issues/get answer: " + problems);
      }
      return new Answer(200, answer.toString());
    }
    violations.add(operation.get().id() + ": the stand-in has no answer for it");
    return new Answer(501, "{\"message\":\"not in the stand-in\"}");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
