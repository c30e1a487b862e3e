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
 * {@code .github/action/jar.sh}, which picks what the action runs: at a release tag the release's
 * Linux x64 distribution (on other runners its {@code vep-lint.jar}), downloaded (here from a
 * loopback stand-in for the release download URL) and checked against the release's
 * {@code SHA256SUMS}; anywhere else a build.
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

  /** A release serving {@code asset} with {@code content}, listed in SHA256SUMS with {@code checksum}. */
  private void release(String tag, String asset, byte[] content, String checksum) {
    files.put("/download/" + tag + "/" + asset, content);
    files.put("/download/" + tag + "/SHA256SUMS",
        (checksum + "  " + asset + "\n" + "0".repeat(64) + "  other-asset.txt\n").getBytes(StandardCharsets.US_ASCII));
  }

  /** A distribution tarball as the release workflow attaches it, holding {@code jar} (and a stand-in runtime). */
  private byte[] distribution(String version, byte[] jar) throws Exception {
    Path root = work.resolve("make-dist");
    Path home = root.resolve("vep-lint-" + version + "-linux-x64");
    Files.createDirectories(home.resolve("lib/vep-lint"));
    Files.createDirectories(home.resolve("bin"));
    Files.write(home.resolve("lib/vep-lint/vep-lint.jar"), jar);
    Files.writeString(home.resolve("lib/vep-lint/vep-lint.jsa"), "archive");
    Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
    Path tar = root.resolve("dist.tar.gz");
    Process process = new ProcessBuilder("tar", "-czf", tar.toString(), "-C", root.toString(), home.getFileName().toString())
        .inheritIO().start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    return Files.readAllBytes(tar);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static final Map<String, String> LINUX_X64 = Map.of("RUNNER_OS", "Linux", "RUNNER_ARCH", "X64");

  @Test
  void aBranchBuildsWithoutDownloading() throws Exception {
    Result result = run("main", LINUX_X64);

    assertThat(result.exitCode()).isZero();
    assertThat(result.outputs()).containsEntry("build", "true").containsEntry("setup-java", "true")
        .containsEntry("java", "")
        .containsEntry("jar", work.resolve("_actions/veplint/vep-lint/main/vep-lint/target/vep-lint.jar").toString());
    assertThat(requests).isEmpty();
  }

  @Test
  void aReleaseTagOnLinuxX64DownloadsTheDistributionAndItsJarRuns() throws Exception {
    byte[] jar = Files.readAllBytes(PullRequestFixture.jar());
    byte[] tarball = distribution("1.2.3", jar);
    release("v1.2.3", "vep-lint-1.2.3-linux-x64.tar.gz", tarball, sha256(tarball));

    Result result = run("v1.2.3", LINUX_X64);

    assertThat(result.exitCode()).as(result.out()).isZero();
    Path home = work.resolve("runner-temp/vep-lint-v1.2.3/vep-lint-1.2.3-linux-x64");
    Path downloaded = home.resolve("lib/vep-lint/vep-lint.jar");
    assertThat(result.outputs()).containsEntry("build", "false").containsEntry("setup-java", "false")
        .containsEntry("jar", downloaded.toString())
        .containsEntry("java", home.resolve("bin/java").toString())
        .containsEntry("cds", home.resolve("lib/vep-lint/vep-lint.jsa").toString());
    assertThat(requests).containsExactly("/download/v1.2.3/SHA256SUMS", "/download/v1.2.3/vep-lint-1.2.3-linux-x64.tar.gz");
    assertThat(Files.readAllBytes(downloaded)).isEqualTo(jar);
    Process version = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", downloaded.toString(), "--version").redirectErrorStream(true).start();
    assertThat(new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).startsWith("vep-lint ");
    assertThat(version.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(version.exitValue()).isZero();
  }

  @Test
  void aReleaseTagElsewhereDownloadsTheJarForSetupJava() throws Exception {
    byte[] jar = "a jar".getBytes(StandardCharsets.US_ASCII);
    release("v1.2.6", "vep-lint.jar", jar, sha256(jar));

    Result result = run("v1.2.6", Map.of("RUNNER_OS", "macOS", "RUNNER_ARCH", "ARM64"));

    assertThat(result.exitCode()).as(result.out()).isZero();
    assertThat(result.outputs()).containsEntry("build", "false").containsEntry("setup-java", "true")
        .containsEntry("java", "").containsEntry("jar", work.resolve("runner-temp/vep-lint-v1.2.6/vep-lint.jar").toString());
    assertThat(requests).containsExactly("/download/v1.2.6/SHA256SUMS", "/download/v1.2.6/vep-lint.jar");
  }

  @Test
  void theRefComesFromGithubActionRefOutsideTheRunnersActionDirectory() throws Exception {
    byte[] tarball = distribution("2.0.0", "a jar".getBytes(StandardCharsets.US_ASCII));
    release("v2.0.0", "vep-lint-2.0.0-linux-x64.tar.gz", tarball, sha256(tarball));
    Path local = work.resolve("local-action");
    Files.createDirectories(local);

    Map<String, String> env = new HashMap<>(LINUX_X64);
    env.putAll(Map.of("GITHUB_ACTION_PATH", local.toString(), "GITHUB_ACTION_REF", "v2.0.0",
        "GITHUB_ACTION_REPOSITORY", "veplint/vep-lint"));
    Result result = run("ignored", env);

    assertThat(result.outputs()).containsEntry("build", "false");
    assertThat(requests).containsExactly("/download/v2.0.0/SHA256SUMS", "/download/v2.0.0/vep-lint-2.0.0-linux-x64.tar.gz");
  }

  @Test
  void aDistributionThatDoesNotMatchItsChecksumFailsTheStep() throws Exception {
    byte[] tarball = distribution("1.2.4", "tampered".getBytes(StandardCharsets.US_ASCII));
    release("v1.2.4", "vep-lint-1.2.4-linux-x64.tar.gz", tarball, sha256("original".getBytes(StandardCharsets.US_ASCII)));

    Result result = run("v1.2.4", LINUX_X64);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .contains("::error title=vep-lint::vep-lint-1.2.4-linux-x64.tar.gz of release v1.2.4 does not match its SHA256SUMS");
    assertThat(result.outputs()).doesNotContainKey("jar");
    assertThat(work.resolve("runner-temp/vep-lint-v1.2.4/vep-lint-1.2.4-linux-x64.tar.gz")).doesNotExist();
    assertThat(work.resolve("runner-temp/vep-lint-v1.2.4/vep-lint-1.2.4-linux-x64")).doesNotExist();
  }

  @Test
  void aReleaseWithoutTheDistributionIsAWarningAndABuild() throws Exception {
    Result result = run("v1.2.5", LINUX_X64);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("::warning title=vep-lint::cannot download SHA256SUMS of release v1.2.5");
    assertThat(result.outputs()).containsEntry("build", "true");
  }
}
