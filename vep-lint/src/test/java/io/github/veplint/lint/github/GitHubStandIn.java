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
 * must validate, and so must its query parameters. Violations are collected ({@link #violations()})
 * for the test to assert empty. Besides the board and the issues it answers a repository's pull
 * requests (GraphQL), a pull request's reviews and an issue's comments (REST; comments are kept:
 * created and updated ones are listed by later requests).
 */
public final class GitHubStandIn implements AutoCloseable {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One request as received ({@code path} without the query string, {@code query} without {@code ?}). */
  public record Request(String method, String path, Optional<String> authorization, String body, String query) {
    /** A request without a query string. */
    public Request(String method, String path, Optional<String> authorization, String body) {
      this(method, path, authorization, body, "");
    }
  }

  /** A canned answer, sent instead of the normal one. */
  public record Answer(int status, String body) {}

  private final HttpServer server;
  private final GraphQL graphql;
  private final Map<String, Object> root;
  private final Map<String, Object> issues;
  private final Map<String, List<Object>> reviews;
  private final Map<String, List<Map<String, Object>>> comments = new LinkedHashMap<>();
  private long nextCommentId = 9_000_001L;
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
    this(organizations, issues, Map.of(), Map.of());
  }

  /**
   * Starts the stand-in.
   *
   * @param organizations as above
   * @param issues as above
   * @param repositories the GraphQL {@code Query.repository} data by {@code owner/name}, its
   *     {@code pullRequests} a list of pull requests, most recently updated first
   * @param reviews the REST {@code GET /repos/{owner}/{repo}/pulls/{n}/reviews} answers by {@code owner/repo#n}
   */
  public GitHubStandIn(Map<String, Object> organizations, Map<String, Object> issues,
      Map<String, Object> repositories, Map<String, List<Object>> reviews) throws IOException {
    this.root = organizations;
    this.issues = issues;
    this.reviews = reviews;
    Map<String, DataFetcher<?>> fetchers = new HashMap<>();
    fetchers.put("Query.repository", env -> repositories.get(env.<String>getArgument("owner") + "/"
        + env.<String>getArgument("name")));
    fetchers.put("Repository.pullRequests", env -> {
      Map<?, ?> repository = env.getSource();
      return page((List<?>) repository.get("pullRequests"), env.getArgument("first"), env.getArgument("after"));
    });
    fetchers.put("Query.organization", env -> organizations.get(env.<String>getArgument("login")));
    fetchers.put("Organization.projectV2", env -> {
      Map<?, ?> org = env.getSource();
      Map<?, ?> projects = (Map<?, ?>) org.get("projectsV2");
      return projects == null ? null : projects.get(env.<Integer>getArgument("number"));
    });
    fetchers.put("ProjectV2.items", env -> {
      Map<?, ?> project = env.getSource();
      return page((List<?>) project.get("items"), env.getArgument("first"), env.getArgument("after"));
    });
    this.graphql = GitHubContracts.load().executable(fetchers);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A connection's page: {@code first} items after the cursor {@code cursor:N}. */
  private static Map<String, Object> page(List<?> all, Integer firstArgument, String after) {
    int first = Math.min(100, Optional.ofNullable(firstArgument).orElse(100));
    int from = Optional.ofNullable(after).map(c -> Integer.parseInt(c.substring(7))).orElse(0);
    int to = Math.min(all.size(), from + first);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("nodes", all.subList(from, to));
    page.put("totalCount", all.size());
    page.put("pageInfo", Map.of("hasNextPage", to < all.size(), "hasPreviousPage", from > 0,
        "endCursor", "cursor:" + to, "startCursor", "cursor:" + from));
    return page;
  }

  /**
   * Adds a comment written by someone else, e.g. a pull request's author copying vep-lint's marker.
   *
   * @param issue {@code owner/repo#n}
   * @param login the author
   * @param association the author's {@code author_association}, e.g. {@code CONTRIBUTOR}
   * @param body the comment's text
   */
  public synchronized void addComment(String issue, String login, String association, String body) {
    String[] repositoryAndNumber = issue.split("#");
    Map<String, Object> comment = comment(repositoryAndNumber[0], Integer.parseInt(repositoryAndNumber[1]),
        nextCommentId++, body);
    comment.put("user", user(login));
    comment.put("author_association", association);
    comments.computeIfAbsent(issue, k -> new ArrayList<>()).add(comment);
  }

  /** The comments the stand-in holds on an issue, {@code owner/repo#n}, in order. */
  public synchronized List<Map<String, Object>> comments(String issue) {
    return List.copyOf(comments.getOrDefault(issue, List.of()));
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
          Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")), body,
          Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse(""));
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
    List<String> queryProblems = contracts.validateQuery(operation.get(), request.query());
    if (!queryProblems.isEmpty()) {
      violations.add(request.method() + " " + request.path() + "?" + request.query() + ": " + queryProblems);
    }
    String[] parts = request.path().split("/");
    switch (operation.get().id()) {
      case "pulls/list-reviews" -> {
        List<Object> all = reviews.getOrDefault(parts[2] + "/" + parts[3] + "#" + parts[5], List.of());
        return answerList(contracts, operation.get(), 200, pageOf(all, request.query()));
      }
      case "issues/list-comments" -> {
        List<Object> all;
        synchronized (this) {
          all = new ArrayList<>(comments.getOrDefault(parts[2] + "/" + parts[3] + "#" + parts[5], List.of()));
        }
        return answerList(contracts, operation.get(), 200, pageOf(all, request.query()));
      }
      case "issues/create-comment" -> {
        Map<String, Object> comment;
        synchronized (this) {
          comment = comment(parts[2] + "/" + parts[3], Integer.parseInt(parts[5]), nextCommentId++,
              MAPPER.readTree(request.body()).path("body").asText());
          comments.computeIfAbsent(parts[2] + "/" + parts[3] + "#" + parts[5], k -> new ArrayList<>()).add(comment);
        }
        return answerList(contracts, operation.get(), 201, comment);
      }
      case "issues/update-comment" -> {
        long id = Long.parseLong(parts[6]);
        synchronized (this) {
          for (List<Map<String, Object>> list : comments.values()) {
            for (Map<String, Object> comment : list) {
              if (((Number) comment.get("id")).longValue() == id) {
                comment.put("body", MAPPER.readTree(request.body()).path("body").asText());
                comment.put("updated_at", "2026-12-07T12:00:00Z");
                return answerList(contracts, operation.get(), 200, comment);
              }
            }
          }
        }
        return new Answer(404, "{\"message\":\"Not Found\"}");
      }
      default -> { }
    }
    if (operation.get().id().equals("issues/get")) {
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

  /** {@code per_page} items of page {@code page} (both from the query, GitHub's defaults 30 and 1). */
  private static List<Object> pageOf(List<?> all, String query) {
    int perPage = 30;
    int page = 1;
    for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
      if (pair.startsWith("per_page=")) {
        perPage = Math.min(100, Integer.parseInt(pair.substring(9)));
      } else if (pair.startsWith("page=")) {
        page = Integer.parseInt(pair.substring(5));
      }
    }
    int from = Math.min(all.size(), (page - 1) * perPage);
    return new ArrayList<>(all.subList(from, Math.min(all.size(), from + perPage)));
  }

  /** An answer, validated against the operation's description of it. */
  private Answer answerList(GitHubContracts contracts, GitHubContracts.Operation operation, int status, Object value) {
    JsonNode answer = MAPPER.valueToTree(value);
    List<String> problems = contracts.validateResponse(operation, status, answer);
    if (!problems.isEmpty()) {
      violations.add(operation.id() + " answer: " + problems);
    }
    return new Answer(status, answer.toString());
  }

  /** An issue comment as GitHub answers it. */
  private static Map<String, Object> comment(String repository, int issue, long id, String body) {
    String api = "https://api.github.com/repos/" + repository;
    Map<String, Object> comment = new LinkedHashMap<>();
    comment.put("id", id);
    comment.put("node_id", "IC_" + id);
    comment.put("url", api + "/issues/comments/" + id);
    comment.put("html_url", "https://github.com/" + repository + "/issues/" + issue + "#issuecomment-" + id);
    comment.put("body", body);
    comment.put("user", user("github-actions[bot]"));
    comment.put("created_at", "2026-12-07T09:00:00Z");
    comment.put("updated_at", "2026-12-07T09:00:00Z");
    comment.put("issue_url", api + "/issues/" + issue);
    comment.put("author_association", "NONE");
    return comment;
  }

  /** A user as GitHub answers it ({@code simple-user}). */
  public static Map<String, Object> user(String login) {
    // As GitHub writes them: a bot's brackets percent-encoded in its URLs.
    String path = login.replace("[", "%5B").replace("]", "%5D");
    String api = "https://api.github.com/users/" + path;
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("login", login);
    user.put("id", 1000 + Math.abs(login.hashCode() % 100000));
    user.put("node_id", "U_" + login);
    user.put("avatar_url", "https://avatars.githubusercontent.com/u/1001");
    user.put("gravatar_id", "");
    user.put("url", api);
    user.put("html_url", "https://github.com/" + path);
    user.put("followers_url", api + "/followers");
    user.put("following_url", api + "/following{/other_user}");
    user.put("gists_url", api + "/gists{/gist_id}");
    user.put("starred_url", api + "/starred{/owner}{/repo}");
    user.put("subscriptions_url", api + "/subscriptions");
    user.put("organizations_url", api + "/orgs");
    user.put("repos_url", api + "/repos");
    user.put("events_url", api + "/events{/privacy}");
    user.put("received_events_url", api + "/received_events");
    user.put("type", login.endsWith("[bot]") ? "Bot" : "User");
    user.put("site_admin", false);
    return user;
  }

  /**
   * A pull request review as GitHub answers it.
   *
   * @param repository {@code owner/name}
   * @param pull the pull request number
   * @param id the review id
   * @param login who reviewed
   * @param state {@code APPROVED}, {@code COMMENTED}, {@code CHANGES_REQUESTED}, …
   */
  public static Map<String, Object> review(String repository, int pull, long id, String login, String state) {
    Map<String, Object> review = new LinkedHashMap<>();
    String html = "https://github.com/" + repository + "/pull/" + pull;
    review.put("id", id);
    review.put("node_id", "PRR_" + id);
    review.put("user", user(login));
    review.put("body", "");
    review.put("state", state);
    review.put("html_url", html + "#pullrequestreview-" + id);
    review.put("pull_request_url", "https://api.github.com/repos/" + repository + "/pulls/" + pull);
    review.put("_links", Map.of("html", Map.of("href", html + "#pullrequestreview-" + id),
        "pull_request", Map.of("href", "https://api.github.com/repos/" + repository + "/pulls/" + pull)));
    review.put("submitted_at", "2026-03-01T10:00:00Z");
    review.put("commit_id", "0123456789abcdef0123456789abcdef01234567");
    review.put("author_association", "MEMBER");
    return review;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
