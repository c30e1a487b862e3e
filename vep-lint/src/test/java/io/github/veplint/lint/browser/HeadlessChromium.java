package io.github.veplint.lint.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real headless Chromium driven over the Chrome DevTools Protocol with nothing but the JDK's
 * WebSocket client and Jackson: no Selenium or driver binary, so the test needs only the browser.
 *
 * <p>One browser, one page. Console errors, uncaught exceptions and browser log errors (a blocked
 * resource, a Content Security Policy violation) are collected from before the first navigation.
 */
final class HeadlessChromium implements AutoCloseable {

  /** The browser to use instead of the one found on the PATH. */
  static final String BINARY_PROPERTY = "vep.browser";
  /** When true, a missing browser fails the test instead of skipping it. */
  static final String REQUIRED_PROPERTY = "vep.browser.required";

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern DEVTOOLS_URL = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path userDataDir;
  private final WebSocket socket;
  private final AtomicInteger nextId = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final List<String> browserOutput = new CopyOnWriteArrayList<>();

  private HeadlessChromium(Process process, Path userDataDir, String browserUrl) throws Exception {
    this.process = process;
    this.userDataDir = userDataDir;
    URI browser = URI.create(browserUrl);
    HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    URI created = URI.create("http://" + browser.getHost() + ":" + browser.getPort() + "/json/new?about:blank");
    // PUT: newer Chromium refuses GET on /json/new.
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(created).timeout(TIMEOUT).PUT(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    String pageUrl = JSON.readTree(response.body()).path("webSocketDebuggerUrl").asText();
    if (pageUrl.isEmpty()) {
      throw new IllegalStateException("Chromium created no page: " + response.body());
    }
    this.socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(URI.create(pageUrl), new Listener())
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    send("Runtime.enable", JSON.createObjectNode());
    send("Log.enable", JSON.createObjectNode());
    send("Page.enable", JSON.createObjectNode());
  }

  /**
   * The Chromium binary: {@code -Dvep.browser=PATH}, else {@code chromium}, {@code chromium-browser}
   * or {@code google-chrome} on the PATH. When none is found the calling test is skipped with a
   * message, or fails when {@code -Dvep.browser.required=true}.
   */
  static Path binary() {
    Optional<Path> found = Optional.ofNullable(System.getProperty(BINARY_PROPERTY))
        .filter(p -> !p.isBlank())
        .map(Path::of)
        .or(() -> Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            .filter(d -> !d.isEmpty())
            .flatMap(d -> Stream.of("chromium", "chromium-browser", "google-chrome").map(n -> Path.of(d, n)))
            .filter(Files::isExecutable)
            .findFirst());
    if (found.isEmpty() || !Files.isExecutable(found.get())) {
      String message = "headless Chromium not found (" + found.map(p -> p + " is not executable")
          .orElse("no chromium, chromium-browser or google-chrome on the PATH")
          + "); browser tests skipped. Install it (apt-get install chromium) or pass -Dvep.browser=PATH";
      if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
        throw new AssertionError(message.replace("browser tests skipped", "required by -D" + REQUIRED_PROPERTY + "=true"));
      }
      // Also on the console: Surefire lists skipped tests without their reason.
      System.err.println("[vep-lint] " + message);
      Assumptions.abort(message);
    }
    return found.get();
  }

  /** Starts the browser with a fresh profile and opens a blank page with the given viewport. */
  static HeadlessChromium start(Path binary, int width, int height) throws Exception {
    Path profile = Files.createTempDirectory("vep-lint-chromium");
    List<String> command = List.of(binary.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--user-data-dir=" + profile,
        "--remote-debugging-port=0", "--remote-allow-origins=*",
        "--window-size=" + width + "," + height, "about:blank");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    CompletableFuture<String> url = new CompletableFuture<>();
    List<String> output = new CopyOnWriteArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = lines.readLine()) != null) {
          output.add(line);
          Matcher m = DEVTOOLS_URL.matcher(line);
          if (m.find()) {
            url.complete(m.group(1));
          }
        }
      } catch (IOException e) {
        url.completeExceptionally(e);
      }
      url.completeExceptionally(new IllegalStateException("Chromium exited before listening: " + output));
    }, "chromium-output");
    reader.setDaemon(true);
    reader.start();
    try {
      HeadlessChromium chromium = new HeadlessChromium(process, profile, url.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
      chromium.browserOutput.addAll(output);
      return chromium;
    } catch (Exception e) {
      process.destroyForcibly();
      deleteTree(profile);
      throw e;
    }
  }

  /** Opens a URL and waits until its load event; clears events of the previous page. */
  void open(URI uri) throws Exception {
    events.clear();
    ObjectNode params = JSON.createObjectNode().put("url", uri.toString());
    JsonNode navigation = send("Page.navigate", params);
    if (navigation.hasNonNull("errorText")) {
      throw new IllegalStateException("cannot open " + uri + ": " + navigation.get("errorText").asText());
    }
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (events.stream().noneMatch(e -> e.path("method").asText().equals("Page.loadEventFired"))) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("no load event for " + uri);
      }
      Thread.sleep(20);
    }
  }

  /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode result = send("Runtime.evaluate", JSON.createObjectNode()
        .put("expression", expression).put("returnByValue", true).put("awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("JavaScript failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** Writes a PNG of what the viewport shows. */
  void screenshot(Path file) throws Exception {
    JsonNode shot = send("Page.captureScreenshot", JSON.createObjectNode()
        .put("format", "png").put("captureBeyondViewport", false));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
  }

  /**
   * What the page complained about: console errors and assertions, uncaught exceptions, and
   * browser log entries at level error, each as one line.
   */
  List<String> errors() {
    List<String> errors = new ArrayList<>();
    for (JsonNode event : events) {
      JsonNode params = event.path("params");
      switch (event.path("method").asText()) {
        case "Runtime.consoleAPICalled" -> {
          String type = params.path("type").asText();
          if (type.equals("error") || type.equals("assert")) {
            errors.add("console." + type + ": " + params.path("args"));
          }
        }
        case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails"));
        case "Log.entryAdded" -> {
          if (params.path("entry").path("level").asText().equals("error")) {
            errors.add("log: " + params.path("entry").path("text").asText() + " " + params.path("entry").path("url").asText());
          }
        }
        default -> { }
      }
    }
    return errors;
  }

  private JsonNode send(String method, ObjectNode params) throws Exception {
    int id = nextId.incrementAndGet();
    CompletableFuture<JsonNode> response = new CompletableFuture<>();
    pending.put(id, response);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    try {
      JsonNode reply = response.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (reply.has("error")) {
        throw new IllegalStateException(method + " failed: " + reply.get("error"));
      }
      return reply.path("result");
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(method + ": no answer from Chromium (" + e + "); its output: " + browserOutput, e);
    } finally {
      pending.remove(id);
    }
  }

  @Override
  public void close() throws Exception {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // The browser goes away next anyway.
    }
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    deleteTree(userDataDir);
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Collects each message (which may arrive in parts) and routes answers and events. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        try {
          JsonNode node = JSON.readTree(message.toString());
          if (node.has("id")) {
            CompletableFuture<JsonNode> waiting = pending.get(node.get("id").asInt());
            if (waiting != null) {
              waiting.complete(node);
            }
          } else {
            events.add(node);
          }
        } catch (IOException e) {
          events.add(JSON.createObjectNode().put("method", "unparsable").put("text", message.toString()));
        }
        message.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
