package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-contained distribution ({@code mvn -Pdist}, {@code src/dist/build.sh}): copied to a
 * directory outside the checkout and run there with no {@code JAVA_HOME} and no {@code java} on the
 * {@code PATH}, it lints {@code examples/} exactly as {@code java -jar vep-lint.jar} does, maps its
 * AppCDS archive, and holds only the modules jdeps named.
 *
 * <p>Skipped with a message when no distribution was built, unless {@code -Dvep.dist.required=true}
 * (which the {@code dist} profile sets).
 */
class DistributionIT {

  /** Set only by the dist profile, for the distribution that build made; blank otherwise. */
  private static final String DIST_DIR = System.getProperty("vep.dist.dir", "");
  private static final Path DIST = Path.of(DIST_DIR.isBlank() ? "target/dist/none" : DIST_DIR);
  private static final Path JAR = Path.of(System.getProperty("vep.lint.jar", "target/vep-lint.jar"));
  private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

  @TempDir static Path outside;

  record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void distribution() {
    if (DIST_DIR.isBlank() || !Files.isDirectory(DIST)) {
      String message = (DIST_DIR.isBlank() ? "no distribution built (mvn -Pdist)" : "no distribution at " + DIST)
          + "; DistributionIT skipped";
      if (Boolean.getBoolean("vep.dist.required")) {
        throw new AssertionError(message.replace("DistributionIT skipped", "required by -Dvep.dist.required=true"));
      }
      System.err.println("[vep-lint] " + message);
      Assumptions.abort(message);
    }
  }

  @Test
  void runsOnExamplesFromOutsideTheCheckoutWithoutAJdkLikeTheJar() throws Exception {
    Path copy = outside.resolve("unpacked");
    Process cp = new ProcessBuilder("cp", "-a", DIST.toString(), copy.toString()).inheritIO().start();
    assertThat(cp.waitFor()).isZero();
    assertThat(copy.toAbsolutePath().toString()).doesNotStartWith(EXAMPLES.getParent().toString());

    Run dist = distribution(copy, outside, List.of());
    Run jar = run(outside, Map.of(), "java", "-jar", JAR.toAbsolutePath().toString(),
        "check", "--today", "2026-11-25", EXAMPLES.toString());
    assertThat(dist.exitCode()).as(dist.err()).isEqualTo(1);
    assertThat(dist.out()).contains("1006-guest-clock-sync").isEqualTo(jar.out());
    assertThat(dist.err()).isEqualTo(jar.err());

    Run version = distribution(copy, outside, List.of(), "--version");
    assertThat(version.exitCode()).as(version.err()).isZero();
    assertThat(version.out()).startsWith("vep-lint ");
  }

  @Test
  void mapsItsClassDataArchive() throws Exception {
    // -Xshare:on makes an archive that cannot be mapped (made by another runtime, for another
    // class path) an error instead of a silent slow start.
    Run here = distribution(DIST, outside, List.of("-Xshare:on"));
    assertThat(here.exitCode()).as(here.err()).isEqualTo(1);
    if (runtimeFeature() >= 21) {
      // JDK 21 and later accept an archive whose class path moved with it.
      Path copy = outside.resolve("moved");
      assertThat(new ProcessBuilder("cp", "-a", DIST.toString(), copy.toString()).inheritIO().start().waitFor()).isZero();
      Run moved = distribution(copy, outside, List.of("-Xshare:on"));
      assertThat(moved.exitCode()).as(moved.err()).isEqualTo(1);
    } else {
      System.err.println("[vep-lint] the distribution's runtime is Java " + runtimeFeature()
          + ": its AppCDS archive works only where it was built (use -Dvep.dist.jdk=JDK 21+)");
    }
  }

  @Test
  void holdsOnlyTheModulesItNeedsAndItsLicence() throws IOException {
    Properties release = new Properties();
    try (var in = Files.newInputStream(DIST.resolve("release"))) {
      release.load(in);
    }
    String modules = release.getProperty("MODULES").replace("\"", "");
    assertThat(modules.split(" ")).contains("java.base", "java.sql", "jdk.crypto.ec")
        .doesNotContain("java.compiler", "jdk.compiler", "jdk.jshell", "jdk.httpserver", "java.xml.crypto");
    assertThat(DIST.resolve("bin/vep-lint")).isExecutable();
    assertThat(DIST.resolve("lib/vep-lint/vep-lint.jar")).hasSameBinaryContentAs(JAR);
    assertThat(DIST.resolve("lib/vep-lint/vep-lint.jsa")).isRegularFile();
    assertThat(DIST.resolve("LICENSE")).hasSameTextualContentAs(Path.of("../LICENSE"));
    assertThat(DIST.resolveSibling(DIST.getFileName() + ".tar.gz")).isRegularFile();
    try (Stream<Path> files = Files.walk(DIST)) {
      long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      System.err.println("[vep-lint] distribution " + DIST.getFileName() + ": " + (bytes >> 20) + " MiB unpacked");
    }
  }

  private static int runtimeFeature() throws IOException {
    Properties release = new Properties();
    try (var in = Files.newInputStream(DIST.resolve("release"))) {
      release.load(in);
    }
    String version = release.getProperty("JAVA_VERSION").replace("\"", "");
    return Integer.parseInt(version.split("[.+-]")[0]);
  }

  /** {@code bin/vep-lint check --today 2026-11-25 examples} of the distribution at {@code home}. */
  private static Run distribution(Path home, Path cwd, List<String> javaOptions) throws Exception {
    return distribution(home, cwd, javaOptions, "check", "--today", "2026-11-25", EXAMPLES.toString());
  }

  /** bin/vep-lint of the distribution at {@code home}, from {@code cwd}, with an empty PATH and no JAVA_HOME. */
  private static Run distribution(Path home, Path cwd, List<String> javaOptions, String... args) throws Exception {
    Path emptyPath = Files.createDirectories(outside.resolve("empty-path"));
    List<String> command = new ArrayList<>(List.of("/bin/sh", home.resolve("bin/vep-lint").toString()));
    command.addAll(List.of(args));
    return run(cwd, Map.of("PATH", emptyPath.toString(), "VEP_LINT_JAVA_OPTS", String.join(" ", javaOptions)),
        command.toArray(String[]::new));
  }

  private static Run run(Path cwd, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
    builder.environment().remove("JAVA_HOME");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().putAll(env);
    Path out = Files.createTempFile(outside, "out", ".txt");
    Path err = Files.createTempFile(outside, "err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in 120 s").isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
