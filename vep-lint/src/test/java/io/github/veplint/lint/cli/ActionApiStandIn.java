package io.github.veplint.lint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.veplint.lint.cli.PullRequestFixture.Run;
import io.github.veplint.lint.github.GitHubContracts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A loopback stand-in for {@code GITHUB_API_URL} answering the action's REST calls for pull request
 * #42 of kubevirt/enhancements (list its comments page by page, create and update one, add labels,
 * get an issue), held
 * to GitHub's REST description ({@link GitHubContracts}): every request must be an operation of
 * {@code rest-openapi.json} with defined query parameters and a valid JSON body, and every answer the
 * stand-in gives must validate against that operation's response schema. What does not is collected
 * in {@link #violations()}, which the tests assert empty; a request GitHub does not define is also
 * answered 404.
 */
final class ActionApiStandIn implements AutoCloseable {

  static final int PULL_REQUEST = 42;
  static final String REPO = "kubevirt/enhancements";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API = "https://api.github.com/repos/" + REPO;

  /** One request as received: method, path with its query, the Authorization header, the body. */
  record Request(String method, String target, String authorization, String body) {}

  /** What {@code GET /repos/kubevirt/enhancements/issues/N} finds for a VEP number. */
  enum IssueKind { ISSUE, MISSING, PULL_REQUEST }

  private final HttpServer server;
  private final GitHubContracts contracts = GitHubContracts.load();
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final Map<Long, String> comments = Collections.synchronizedMap(new LinkedHashMap<>());
  private final List<String> labelsAdded = Collections.synchronizedList(new ArrayList<>());
  private final Map<Integer, IssueKind> issues = new ConcurrentHashMap<>();
  private volatile int forcedStatus;
  private volatile Consumer<Request> onRequest = r -> {};

  ActionApiStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL, as {@code GITHUB_API_URL}. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Every request, as {@code METHOD /path?query}, in order. */
  List<String> requests() {
    synchronized (requests) {
      return requests.stream().map(r -> r.method() + " " + r.target()).toList();
    }
  }

  /** Every request's Authorization header ({@code null} text when there was none). */
  List<String> authorizations() {
    synchronized (requests) {
      return requests.stream().map(Request::authorization).toList();
    }
  }

  /** Forgets the requests received so far. */
  void clearRequests() {
    requests.clear();
  }

  /** The pull request's comments by id (the test may put one there, as an earlier run would have). */
  Map<Long, String> comments() {
    return comments;
  }

  /** The labels the action added, in order. */
  List<String> labelsAdded() {
    return labelsAdded;
  }

  /** Answers every request with this status (e.g. 403, as a fork's read-only token gets); 0 answers normally. */
  void forceStatus(int status) {
    this.forcedStatus = status;
  }

  /** What getting issue {@code number} finds (an issue unless said otherwise). */
  void issue(int number, IssueKind kind) {
    issues.put(number, kind);
  }

  /** Called with every request before it is answered (e.g. to look at the runner's files at that moment). */
  void onRequest(Consumer<Request> action) {
    this.onRequest = action;
  }

  /** Every contract violation: a request GitHub does not define, an answer of a shape GitHub never sends. */
  List<String> violations() {
    return List.copyOf(violations);
  }

  /** The runner's environment for run.sh on pull request #42 with this stand-in as the API and {@code token}. */
  Map<String, String> environment(Path event, String token) {
    Map<String, String> env = new HashMap<>(PullRequestFixture.pullRequestEnv(event));
    env.put("GITHUB_API_URL", url());
    env.put("GITHUB_TOKEN", token);
    return env;
  }

  /**
   * run.sh on a depth-1 checkout of {@code branch} (made in {@code work/checkout-NAME} unless there)
   * for pull request #42 with {@code labels}, this stand-in as the API, {@code token} and {@code inputs}.
   */
  Run run(Path work, String name, String branch, String token, Map<String, String> inputs, String... labels)
      throws IOException, InterruptedException {
    Path checkout = work.resolve("checkout-" + branch);
    if (!checkout.toFile().exists()) {
      PullRequestFixture.checkout(checkout, branch);
    }
    Path event = PullRequestFixture.pullRequestEvent(work.resolve(name + ".json"), branch, PULL_REQUEST, labels);
    Map<String, String> env = environment(event, token);
    env.putAll(inputs);
    return PullRequestFixture.run(checkout, work.resolve("run-" + name), env);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String target = exchange.getRequestURI().getRawPath()
          + Optional.ofNullable(exchange.getRequestURI().getRawQuery()).map(q -> "?" + q).orElse("");
      Request request = new Request(exchange.getRequestMethod(), target,
          String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      requests.add(request);
      onRequest.accept(request);
      Answer answer = answer(request, exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery());
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      if (answer.link() != null) {
        exchange.getResponseHeaders().set("Link", answer.link());
      }
      exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
    } catch (RuntimeException e) {
      violations.add("stand-in failed: " + e);
    }
  }

  /** An answer; {@code link} is GitHub's Link header (pagination), or null. */
  private record Answer(int status, String body, String link) {
    Answer(int status, String body) {
      this(status, body, null);
    }
  }

  /**
   * A positive number a query parameter gives (the first one), else {@code fallback}: a value that is
   * no number is a violation already ({@link GitHubContracts#validateQuery}), answered as without it.
   */
  private static int number(String query, String name, int fallback) {
    for (String pair : query == null ? new String[0] : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        try {
          return Math.max(1, Integer.parseInt(pair.substring(name.length() + 1)));
        } catch (NumberFormatException e) {
          return fallback;
        }
      }
    }
    return fallback;
  }

  private Answer answer(Request request, String path, String query) throws IOException {
    String what = request.method() + " " + request.target();
    Optional<GitHubContracts.Operation> found = contracts.operation(request.method(), path);
    if (found.isEmpty()) {
      violations.add(what + ": no operation of GitHub's REST API");
      return new Answer(404, "{\"message\":\"Not Found\"}");
    }
    GitHubContracts.Operation operation = found.get();
    contracts.validateQuery(operation, query).forEach(p -> violations.add(what + ": " + p));
    JsonNode body = null;
    if (!request.body().isEmpty()) {
      try {
        body = JSON.readTree(request.body());
      } catch (IOException e) {
        violations.add(what + ": the body is not JSON: " + e.getMessage());
        return new Answer(400, "{\"message\":\"Problems parsing JSON\"}");
      }
      contracts.validateRequest(operation, body).forEach(p -> violations.add(what + " body: " + p));
    } else if (operation.node().path("requestBody").path("required").asBoolean()) {
      violations.add(what + ": " + operation.id() + " requires a body");
    }
    Answer answer = forcedStatus != 0
        ? new Answer(forcedStatus, "{\"message\":\"Resource not accessible by integration\","
            + "\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"" + forcedStatus + "\"}")
        : answer(operation.id(), path, query, body);
    contracts.validateResponse(operation, answer.status(), JSON.readTree(answer.body()))
        .forEach(p -> violations.add(what + ": the stand-in's " + answer.status() + " answer: " + p));
    return answer;
  }

  private Answer answer(String operation, String path, String query, JsonNode body) {
    String[] segments = path.split("/");
    String notFound = "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"404\"}";
    boolean ours = path.startsWith("/repos/" + REPO + "/");
    switch (operation) {
      case "issues/list-comments" -> {
        if (!ours || !segments[5].equals(String.valueOf(PULL_REQUEST))) {
          return new Answer(404, notFound);
        }
        // Paginated as GitHub does: per_page (default 30, at most 100) from page (default 1), and a
        // Link header naming the next page while there is one.
        int perPage = Math.min(100, number(query, "per_page", 30));
        int page = number(query, "page", 1);
        List<Map.Entry<Long, String>> all;
        synchronized (comments) {
          all = new ArrayList<>(comments.entrySet());
        }
        ArrayNode list = JSON.createArrayNode();
        int from = Math.min(all.size(), (page - 1) * perPage);
        int to = Math.min(all.size(), from + perPage);
        all.subList(from, to).forEach(e -> list.add(comment(e.getKey(), e.getValue())));
        String link = to < all.size()
            ? "<" + url() + path + "?per_page=" + perPage + "&page=" + (page + 1) + ">; rel=\"next\"" : null;
        return new Answer(200, list.toString(), link);
      }
      case "issues/create-comment" -> {
        if (!ours || !segments[5].equals(String.valueOf(PULL_REQUEST))) {
          return new Answer(404, notFound);
        }
        long id;
        synchronized (comments) {
          id = 7000 + comments.size();
          comments.put(id, body.path("body").asText());
        }
        return new Answer(201, comment(id, comments.get(id)).toString());
      }
      case "issues/update-comment" -> {
        long id = Long.parseLong(segments[6]);
        if (!ours || !comments.containsKey(id)) {
          return new Answer(404, notFound);
        }
        comments.put(id, body.path("body").asText());
        return new Answer(200, comment(id, comments.get(id)).toString());
      }
      case "issues/add-labels" -> {
        if (!ours || !segments[5].equals(String.valueOf(PULL_REQUEST))) {
          return new Answer(404, notFound);
        }
        ArrayNode labels = JSON.createArrayNode();
        long id = 6_000_000_000L;
        for (JsonNode label : body.path("labels")) {
          labelsAdded.add(label.asText());
          labels.add(GithubEvents.label(label.asText(), id++));
        }
        return new Answer(200, labels.toString());
      }
      case "issues/get" -> {
        int number = Integer.parseInt(segments[5]);
        IssueKind kind = issues.getOrDefault(number, IssueKind.ISSUE);
        if (!ours || kind == IssueKind.MISSING) {
          return new Answer(404, notFound);
        }
        return new Answer(200, issue(number, kind == IssueKind.PULL_REQUEST).toString());
      }
      default -> {
        violations.add(operation + ": the stand-in has no answer for it");
        return new Answer(501, "{\"message\":\"not in the stand-in\"}");
      }
    }
  }

  /** An issue comment as GitHub answers it, written by the workflow's token. */
  private static ObjectNode comment(long id, String text) {
    ObjectNode comment = JSON.createObjectNode();
    comment.put("id", id).put("node_id", "IC_kwDOJt8LR86" + id).put("url", API + "/issues/comments/" + id)
        .put("html_url", "https://github.com/" + REPO + "/pull/" + PULL_REQUEST + "#issuecomment-" + id)
        .put("body", text).put("issue_url", API + "/issues/" + PULL_REQUEST)
        .put("created_at", "2026-12-01T09:31:00Z").put("updated_at", "2026-12-01T09:31:00Z")
        .put("author_association", "NONE");
    comment.set("user", GithubEvents.user("github-actions[bot]", 41_898_282, "Bot"));
    return comment;
  }

  /**
   * Issue {@code number} as GitHub answers it; a pull request is an issue too, with a {@code
   * pull_request} key. The title quotes {@code "pull_request":}, which must not be taken for the key.
   */
  private static ObjectNode issue(int number, boolean pullRequest) {
    ObjectNode issue = JSON.createObjectNode();
    String url = API + "/issues/" + number;
    issue.put("id", 3_000_000_000L + number).put("node_id", "I_kwDOJt8LR86" + number).put("url", url)
        .put("repository_url", API).put("labels_url", url + "/labels{/name}").put("comments_url", url + "/comments")
        .put("events_url", url + "/events").put("html_url", "https://github.com/" + REPO + "/issues/" + number)
        .put("number", number).put("state", "open")
        .put("title", "VEP " + number + " \"pull_request\": in a title").put("body", "The VEP's tracking issue.")
        .put("locked", false).put("comments", 3).putNull("closed_at").putNull("assignee").putNull("milestone")
        .put("created_at", "2026-10-01T08:00:00Z").put("updated_at", "2026-12-01T09:00:00Z")
        .put("author_association", "MEMBER");
    issue.set("user", GithubEvents.user("someone", 4242));
    issue.putArray("labels").add(GithubEvents.label("kind/vep", 5_500_000_000L));
    issue.putArray("assignees");
    if (pullRequest) {
      String web = "https://github.com/" + REPO + "/pull/" + number;
      issue.putObject("pull_request").put("url", "https://api.github.com/repos/" + REPO + "/pulls/" + number)
          .put("html_url", web).put("diff_url", web + ".diff").put("patch_url", web + ".patch").putNull("merged_at");
    }
    return issue;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
