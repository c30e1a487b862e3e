package io.github.veplint.lint.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * GitHub's API at one base URL ({@code https://api.github.com}, or {@code GITHUB_API_URL} on GitHub
 * Enterprise and in tests). Every call has a time limit ({@link #TIMEOUT}) and reads at most
 * {@link #MAX_BYTES} of the answer; the token goes only into the {@code Authorization} header and
 * never into a message. Calls fail with {@link GitHubApiException}, never with an unchecked
 * exception, so callers can fail soft.
 */
public final class GitHubApi {

  /** The time limit of one call, connection included. */
  public static final Duration TIMEOUT = Duration.ofSeconds(20);

  /** The most bytes of one answer that are read. */
  public static final int MAX_BYTES = 8 << 20;

  /** The public API. */
  public static final URI DEFAULT_BASE = URI.create("https://api.github.com");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final URI base;
  private final Optional<String> token;
  private final HttpClient client;

  /**
   * @param base the API's base URL, without a trailing slash ({@code https://api.github.com})
   * @param token the token to authenticate with, when any
   */
  public GitHubApi(URI base, Optional<String> token) {
    String text = Objects.requireNonNull(base, "base").toString();
    this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    this.token = Objects.requireNonNull(token, "token").filter(t -> !t.isBlank()).map(String::strip);
    this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * The API as a workflow or a shell sets it up: {@code GITHUB_API_URL} (default {@link
   * #DEFAULT_BASE}) and {@code GITHUB_TOKEN}.
   *
   * @param environment the environment variables
   */
  public static GitHubApi fromEnvironment(Map<String, String> environment) {
    String url = environment.getOrDefault("GITHUB_API_URL", "");
    return new GitHubApi(url.isBlank() ? DEFAULT_BASE : URI.create(url.strip()),
        Optional.ofNullable(environment.get("GITHUB_TOKEN")));
  }

  /** Whether a token was given. */
  public boolean hasToken() {
    return token.isPresent();
  }

  /** The base URL. */
  public URI base() {
    return base;
  }

  /**
   * Sends a GraphQL query to {@code POST /graphql}.
   *
   * @param query the query document
   * @param variables its variables
   * @return the answer's {@code data}
   * @throws GitHubApiException on any failure, a GraphQL {@code errors} answer included
   */
  public JsonNode graphql(String query, ObjectNode variables) throws GitHubApiException {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("query", query);
    body.set("variables", variables);
    JsonNode answer = send("POST", "/graphql", Optional.of(body));
    JsonNode errors = answer.path("errors");
    if (errors.isArray() && !errors.isEmpty()) {
      String first = errors.get(0).path("message").asText("an error");
      throw new GitHubApiException("POST /graphql: GraphQL error: " + oneLine(first), 200);
    }
    if (!answer.path("data").isObject()) {
      throw new GitHubApiException("POST /graphql: the answer has no data", 200);
    }
    return answer.get("data");
  }

  /**
   * Sends a REST call.
   *
   * @param method {@code GET}, {@code POST}, {@code PATCH}, …
   * @param path the path below the base URL, starting with {@code /}
   * @param body the JSON body, when any
   * @return the answer, parsed ({@code null} node for an empty answer)
   * @throws GitHubApiException on any failure
   */
  public JsonNode send(String method, String path, Optional<JsonNode> body) throws GitHubApiException {
    String call = method + " " + path;
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(TIMEOUT)
        .header("Accept", "application/vnd.github+json")
        .header("X-GitHub-Api-Version", "2022-11-28")
        .header("User-Agent", "vep-lint");
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    if (body.isPresent()) {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(body.get().toString()));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new GitHubApiException(call + ": no answer (" + oneLine(String.valueOf(e.getMessage())) + ")", 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GitHubApiException(call + ": interrupted", 0);
    }
    byte[] bytes;
    try (InputStream in = response.body()) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new GitHubApiException(call + ": answer cut off (" + oneLine(String.valueOf(e.getMessage())) + ")",
          response.statusCode());
    }
    if (response.statusCode() / 100 != 2) {
      throw new GitHubApiException(call + ": HTTP " + response.statusCode() + message(bytes), response.statusCode());
    }
    if (bytes.length > MAX_BYTES) {
      throw new GitHubApiException(call + ": the answer is larger than " + (MAX_BYTES >> 20) + " MiB",
          response.statusCode());
    }
    if (bytes.length == 0) {
      return com.fasterxml.jackson.databind.node.NullNode.getInstance();
    }
    try {
      return MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new GitHubApiException(call + ": the answer is not JSON", response.statusCode());
    }
  }

  /** GitHub's {@code message} of an error answer, when it has one. */
  private static String message(byte[] bytes) {
    try {
      JsonNode node = MAPPER.readTree(bytes.length > 4096 ? java.util.Arrays.copyOf(bytes, 4096) : bytes);
      return node != null && node.path("message").isTextual() ? " (" + oneLine(node.get("message").asText()) + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("[\\r\\n\\t]+", " ").strip();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
