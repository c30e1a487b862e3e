package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .github/action/jar.sh}, which picks the jar the action runs: at a release tag the
 * release's {@code vep-lint.jar}, downloaded (here from a loopback stand-in for the release
 * download URL) and checked against {@code vep-lint.jar.sha256}; anywhere else a build.
 */
class ActionJarIT {

  private static final Path SCRIPT = Path.of("../.github/action/jar.sh").toAbsolutePath().normalize();

  @TempDir Path work;

  private HttpServer server;
  private final Map<String, byte[]> files = new HashMap<>();
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  record Result(int exitCode, String out, Map<String, String> outputs) {}

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      requests.add(path);
      byte[] body = files.get(path);
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
      } else {
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private Result run(String ref, Map<String, String> env) throws IOException, InterruptedException {
    Path action = work.resolve("_actions/veplint/vep-lint").resolve(ref);
    Files.createDirectories(action);
    Path output = work.resolve("github-output");
    Files.writeString(output, "");
    ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString()).directory(work.toFile()).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("RUNNER_"));
    environment.put("GITHUB_ACTION_PATH", action.toString());
    environment.put("GITHUB_OUTPUT", output.toString());
    environment.put("RUNNER_TEMP", work.resolve("runner-temp").toString());
    environment.put("VEP_LINT_RELEASE_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/download");
    environment.putAll(env);
    Process process = builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Map<String, String> outputs = new TreeMap<>();
    for (String line : Files.readAllLines(output)) {
      int equals = line.indexOf('=');
      outputs.put(line.substring(0, equals), line.substring(equals + 1));
    }
    return new Result(process.exitValue(), out, outputs);
  }

  private void release(String tag, byte[] jar, String checksum) {
    files.put("/download/" + tag + "/vep-lint.jar", jar);
    files.put("/download/" + tag + "/vep-lint.jar.sha256",
        (checksum + "  vep-lint.jar\n").getBytes(StandardCharsets.US_ASCII));
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void aBranchBuildsWithoutDownloading() throws Exception {
    Result result = run("main", Map.of());

    assertThat(result.exitCode()).isZero();
    assertThat(result.outputs()).containsEntry("build", "true")
        .containsEntry("jar", work.resolve("_actions/veplint/vep-lint/main/vep-lint/target/vep-lint.jar").toString());
    assertThat(requests).isEmpty();
  }

  @Test
  void aReleaseTagDownloadsTheReleaseJarAndItRuns() throws Exception {
    byte[] jar = Files.readAllBytes(PullRequestFixture.jar());
    release("v1.2.3", jar, sha256(jar));

    Result result = run("v1.2.3", Map.of());

    assertThat(result.exitCode()).as(result.out()).isZero();
    Path downloaded = work.resolve("runner-temp/vep-lint-v1.2.3/vep-lint.jar");
    assertThat(result.outputs()).containsEntry("build", "false").containsEntry("jar", downloaded.toString());
    assertThat(requests).containsExactly("/download/v1.2.3/vep-lint.jar", "/download/v1.2.3/vep-lint.jar.sha256");
    assertThat(Files.readAllBytes(downloaded)).isEqualTo(jar);
    Process version = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", downloaded.toString(), "--version").redirectErrorStream(true).start();
    assertThat(new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).startsWith("vep-lint ");
    assertThat(version.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(version.exitValue()).isZero();
  }

  @Test
  void theRefComesFromGithubActionRefOutsideTheRunnersActionDirectory() throws Exception {
    byte[] jar = "a jar".getBytes(StandardCharsets.US_ASCII);
    release("v2.0.0", jar, sha256(jar));
    Path local = work.resolve("local-action");
    Files.createDirectories(local);

    Result result = run("ignored", Map.of("GITHUB_ACTION_PATH", local.toString(), "GITHUB_ACTION_REF", "v2.0.0",
        "GITHUB_ACTION_REPOSITORY", "veplint/vep-lint"));

    assertThat(result.outputs()).containsEntry("build", "false");
    assertThat(requests).containsExactly("/download/v2.0.0/vep-lint.jar", "/download/v2.0.0/vep-lint.jar.sha256");
  }

  @Test
  void aJarThatDoesNotMatchItsChecksumFailsTheStep() throws Exception {
    release("v1.2.4", "tampered".getBytes(StandardCharsets.US_ASCII), sha256("original".getBytes(StandardCharsets.US_ASCII)));

    Result result = run("v1.2.4", Map.of());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("::error title=vep-lint::vep-lint.jar of release v1.2.4 does not match its vep-lint.jar.sha256");
    assertThat(result.outputs()).doesNotContainKey("jar");
    assertThat(work.resolve("runner-temp/vep-lint-v1.2.4/vep-lint.jar")).doesNotExist();
  }

  @Test
  void aReleaseWithoutTheJarIsAWarningAndABuild() throws Exception {
    Result result = run("v1.2.5", Map.of());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("::warning title=vep-lint::cannot download vep-lint.jar of release v1.2.5");
    assertThat(result.outputs()).containsEntry("build", "true");
  }
}
