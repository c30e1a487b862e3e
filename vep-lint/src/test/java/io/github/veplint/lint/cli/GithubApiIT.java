package io.github.veplint.lint.cli;

import static io.github.veplint.lint.cli.PullRequestFixture.CLEAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.veplint.lint.cli.PullRequestFixture.Run;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action's GitHub REST API calls (the PR comment, the label, the tracking-issue check) against
 * a loopback stand-in for {@code GITHUB_API_URL}: one comment created, then updated in place; the
 * label added once; an API error is a warning that leaves the step's status alone; the token is
 * sent as a header and never printed.
 */
class GithubApiIT {

  private static final String TOKEN = "ghs_vepLintTestToken0123456789abcdef";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MARKER = "<!-- vep-lint-report: one comment per pull request, updated by every run -->";

  @TempDir Path work;

  private HttpServer server;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
  private final Map<Long, String> comments = Collections.synchronizedMap(new java.util.LinkedHashMap<>());
  private final List<String> labelsAdded = Collections.synchronizedList(new ArrayList<>());
  private volatile int forcedStatus;
  /** What GET /repos/kubevirt/enhancements/issues/999 answers: 404, an issue, or a pull request. */
  private volatile String issue999 = "issue";

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().toString();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(method + " " + path);
    authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
    if (forcedStatus != 0) {
      respond(exchange, forcedStatus, "{\"message\":\"Resource not accessible by integration\"}");
      return;
    }
    String repo = "/repos/kubevirt/enhancements";
    if (method.equals("GET") && path.startsWith(repo + "/issues/42/comments")) {
      ArrayNode list = JSON.createArrayNode();
      comments.forEach((id, text) -> list.addObject().put("id", id).put("node_id", "IC_" + id).put("body", text)
          .putObject("user").put("login", "github-actions[bot]").put("node_id", "U_1"));
      respond(exchange, 200, list.toString());
    } else if (method.equals("POST") && path.equals(repo + "/issues/42/comments")) {
      long id = 7000 + comments.size();
      comments.put(id, JSON.readTree(body).path("body").asText());
      respond(exchange, 201, JSON.createObjectNode().put("id", id).put("body", comments.get(id)).toString());
    } else if (method.equals("PATCH") && path.startsWith(repo + "/issues/comments/")) {
      long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
      if (!comments.containsKey(id)) {
        respond(exchange, 404, "{}");
        return;
      }
      comments.put(id, JSON.readTree(body).path("body").asText());
      respond(exchange, 200, JSON.createObjectNode().put("id", id).toString());
    } else if (method.equals("POST") && path.equals(repo + "/issues/42/labels")) {
      JSON.readTree(body).path("labels").forEach(l -> labelsAdded.add(l.asText()));
      respond(exchange, 200, "[{\"name\":\"kind/vep\"}]");
    } else if (method.equals("GET") && path.equals(repo + "/issues/999")) {
      switch (issue999) {
        case "missing" -> respond(exchange, 404, "{\"message\":\"Not Found\"}");
        case "pull" -> respond(exchange, 200, "{\"number\":999,\"title\":\"a \\\"pull_request\\\": quoted\","
            + "\"pull_request\":{\"url\":\"x\"}}");
        default -> respond(exchange, 200, "{\"number\":999,\"title\":\"VEP 999 \\\"pull_request\\\": in a title\"}");
      }
    } else {
      respond(exchange, 404, "{\"message\":\"Not Found\"}");
    }
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private Run run(String name, Map<String, String> inputs, String... labels) throws Exception {
    Path checkout = work.resolve("checkout");
    if (!checkout.toFile().exists()) {
      PullRequestFixture.checkout(checkout, "clean");
    }
    Path event = PullRequestFixture.pullRequestEvent(work.resolve(name + ".json"), "clean", 42, labels);
    Map<String, String> env = new HashMap<>(PullRequestFixture.pullRequestEnv(event));
    env.put("GITHUB_API_URL", "http://127.0.0.1:" + server.getAddress().getPort());
    env.put("GITHUB_TOKEN", TOKEN);
    env.putAll(inputs);
    Run run = PullRequestFixture.run(checkout, work.resolve("run-" + name), env);
    assertThat(String.join("\n", run.out()) + run.err() + run.summary() + run.outputs()).as("the token is never printed")
        .doesNotContain(TOKEN).doesNotContain(TOKEN.substring(4, 20));
    return run;
  }

  @Test
  void oneCommentCreatedThenUpdatedAndTheLabelAddedOnce() throws Exception {
    Map<String, String> inputs = Map.of("INPUT_COMMENT", "true", "INPUT_LABEL", "kind/vep");

    Run first = run("first", inputs);
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).noneMatch(l -> l.startsWith("::warning title=vep-lint::"));
    assertThat(requests).containsExactly(
        "GET /repos/kubevirt/enhancements/issues/42/comments?per_page=100&page=1",
        "POST /repos/kubevirt/enhancements/issues/42/comments",
        "POST /repos/kubevirt/enhancements/issues/42/labels");
    assertThat(authorizations).containsOnly("Bearer " + TOKEN);
    assertThat(labelsAdded).containsExactly("kind/vep");
    assertThat(comments).hasSize(1);
    long id = comments.keySet().iterator().next();
    assertThat(first.outputs()).containsEntry("comment-id", String.valueOf(id));
    String body = comments.get(id);
    assertThat(body).startsWith("<!-- vep-lint-report").contains("### ✅ `" + CLEAN + "`")
        .contains(first.summary().strip());
    // What the Action posts is check's summary format behind the marker, and so is the job summary.
    Path summary = work.resolve("summary.md");
    assertThat(PullRequestFixture.cli(work.resolve("checkout"), "check", "--base", PullRequestFixture.base(),
        "--changed-only", "--summary-subject", "pull request #42", "--format", "summary=" + summary)).isZero();
    assertThat(body).isEqualTo(MARKER + "\n" + Files.readString(summary, StandardCharsets.UTF_8));
    assertThat(first.summary()).isEqualTo(Files.readString(summary, StandardCharsets.UTF_8));

    // The next run (the label is now on the pull request) updates the same comment.
    comments.put(id, MARKER + "\nold text");
    requests.clear();
    Run second = run("second", inputs, "kind/vep");
    assertThat(second.exitCode()).isZero();
    assertThat(requests).containsExactly(
        "GET /repos/kubevirt/enhancements/issues/42/comments?per_page=100&page=1",
        "PATCH /repos/kubevirt/enhancements/issues/comments/" + id);
    assertThat(comments).hasSize(1);
    assertThat(comments.get(id)).doesNotContain("old text").contains("### ✅ `" + CLEAN + "`");
    assertThat(labelsAdded).containsExactly("kind/vep");
    assertThat(second.outputs()).containsEntry("comment-id", String.valueOf(id));
  }

  @Test
  void anApiErrorIsAWarningAndTheStepStatusStands() throws Exception {
    forcedStatus = 403;
    Run run = run("forbidden", Map.of("INPUT_COMMENT", "true", "INPUT_LABEL", "kind/vep", "INPUT_CHECK_ISSUE", "true"));

    assertThat(run.exitCode()).as("the lint passed; the API's refusal does not change that").isZero();
    assertThat(run.outputs()).containsEntry("exit-code", "0");
    assertThat(run.out()).contains(
        "::warning title=vep-lint::GitHub API GET /repos/kubevirt/enhancements/issues/999: HTTP 403; the lint result stands",
        "::warning title=vep-lint::GitHub API GET /repos/kubevirt/enhancements/issues/42/comments: HTTP 403; the lint result stands",
        "::warning title=vep-lint::GitHub API POST /repos/kubevirt/enhancements/issues/42/labels: HTTP 403; the lint result stands");
    assertThat(requests).noneMatch(r -> r.startsWith("POST /repos/kubevirt/enhancements/issues/42/comments"));
  }

  @Test
  void noServerIsAWarningToo() throws Exception {
    server.stop(0);
    Run run = run("down", Map.of("INPUT_COMMENT", "true"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).anySatisfy(l -> assertThat(l)
        .startsWith("::warning title=vep-lint::GitHub API GET /repos/kubevirt/enhancements/issues/42/comments: no answer"));
  }

  @Test
  void theVepNumberMustNameAnIssueNotAPullRequest() throws Exception {
    Map<String, String> inputs = Map.of("INPUT_CHECK_ISSUE", "true");

    Run issue = run("issue", inputs);
    assertThat(issue.exitCode()).isZero();
    assertThat(requests).containsExactly("GET /repos/kubevirt/enhancements/issues/999");

    issue999 = "missing";
    Run missing = run("missing", inputs);
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.out()).contains("::error file=" + CLEAN + ",line=3,col=13,title=tracking-issue::vep-number 999 does not"
        + " name an issue of kubevirt/enhancements: open the VEP's tracking issue first and use its number");
    assertThat(missing.outputs()).containsEntry("errors", "1").containsEntry("exit-code", "1");
    // The summary is written with the tracking-issue finding, so its verdict is the step's.
    assertThat(missing.summary()).contains(":x: 1 changed file checked", "### ❌ `" + CLEAN + "`",
        "| `tracking-issue` | ❌ fail | line 3:13: vep-number 999");

    issue999 = "pull";
    Run pull = run("pull", inputs);
    assertThat(pull.exitCode()).isEqualTo(1);
    assertThat(pull.out()).anySatisfy(l -> assertThat(l)
        .startsWith("::error file=" + CLEAN + ",line=3,col=13,title=tracking-issue::vep-number 999 names a pull request"));
  }
}
