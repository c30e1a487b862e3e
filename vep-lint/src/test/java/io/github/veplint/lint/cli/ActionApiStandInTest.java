package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.veplint.lint.github.GitHubContracts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action's API stand-in and event payloads are held to GitHub's descriptions: a request GitHub
 * does not define, a query parameter the operation lacks or a body its schema refuses is a
 * violation, and so is an event payload of a shape GitHub never sends (the tests' payloads before
 * they were completed).
 */
class ActionApiStandInTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  private static int send(ActionApiStandIn api, String method, String target, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.url() + target));
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void requestsTheRestDescriptionDoesNotDefineAreViolations() throws Exception {
    try (ActionApiStandIn api = new ActionApiStandIn()) {
      assertThat(send(api, "GET", "/repos/kubevirt/enhancements/issues/42/comments?per_page=100&page=1", null))
          .isEqualTo(200);
      assertThat(send(api, "POST", "/repos/kubevirt/enhancements/issues/42/labels", "{\"labels\":[\"kind/vep\"]}"))
          .isEqualTo(200);
      assertThat(api.violations()).isEmpty();

      assertThat(send(api, "POST", "/repos/kubevirt/enhancements/comments", "{\"body\":\"x\"}")).isEqualTo(404);
      send(api, "GET", "/repos/kubevirt/enhancements/issues/42/comments?per_page=many&sort=created", null);
      send(api, "POST", "/repos/kubevirt/enhancements/issues/42/comments", "{\"text\":\"no body key\"}");
      send(api, "POST", "/repos/kubevirt/enhancements/issues/42/labels", "{\"labels\":\"kind/vep\"}");

      String list = "GET /repos/kubevirt/enhancements/issues/42/comments?per_page=many&sort=created: ";
      assertThat(api.violations()).containsExactly(
          "POST /repos/kubevirt/enhancements/comments: no operation of GitHub's REST API",
          list + "issues/list-comments: query parameter 'per_page' is not an integer: many",
          list + "issues/list-comments has no query parameter 'sort' (it has [page, per_page, since])",
          "POST /repos/kubevirt/enhancements/issues/42/comments body: $: required property 'body' not found",
          "POST /repos/kubevirt/enhancements/issues/42/labels body: $.labels: string found, array expected",
          "POST /repos/kubevirt/enhancements/issues/42/labels body: $: must be valid to one and only one schema, but 0 are valid");
    }
  }

  @Test
  void anEventPayloadGithubNeverSendsIsRefused() throws Exception {
    // The shape the action's tests wrote before their payloads were held to the description.
    JsonNode partial = JSON.readTree("""
        {"action": "synchronize", "number": 42,
         "pull_request": {"number": 42, "state": "open", "title": "VEP change", "labels": [],
           "base": {"ref": "main", "sha": "0123456789abcdef0123456789abcdef01234567", "label": "kubevirt:main"},
           "head": {"ref": "clean", "sha": "0123456789abcdef0123456789abcdef01234567", "label": "someone:clean"}},
         "repository": {"full_name": "kubevirt/enhancements", "name": "enhancements"},
         "sender": {"login": "someone"}}""");
    assertThat(GitHubContracts.load().validateEvent("pull-request-synchronize", partial))
        .contains("$: required property 'before' not found", "$.pull_request: required property 'url' not found",
            "$.repository: required property 'owner' not found", "$.sender: required property 'id' not found");

    JsonNode complete = JSON.readTree(Files.readString(GithubEvents.pullRequest(work.resolve("event.json"), 42,
        "0123456789abcdef0123456789abcdef01234567", "clean", "89abcdef0123456789abcdef0123456789abcdef", "kind/vep")));
    assertThat(complete.path("action").asText()).isEqualTo("labeled");
    assertThat(GitHubContracts.load().validateEvent("pull-request-labeled", complete)).isEmpty();
    assertThat(GitHubContracts.load().validateEvent("pull-request-synchronize", complete))
        .as("a labeled event is no synchronize event").isNotEmpty();
    assertThat(GitHubContracts.load().validateEvent("pull-request-nonsense", complete))
        .containsExactly("the webhook description has no event 'pull-request-nonsense'");
  }
}
