package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code target/vep-lint.jar} in its own JVM, the way users and CI do: no terminal on standard
 * input, output captured, and the process killed (and the test failed) when it outlives its bound.
 */
final class ShadedJar {

  /** How long a run may take before it counts as a hang. */
  static final Duration DEFAULT_BOUND = Duration.ofSeconds(60);

  /** What a run did. */
  record Run(int exitCode, String out, String err) {}

  private ShadedJar() {}

  /** The shaded CLI jar built by {@code mvn package}. */
  static Path jar() {
    Path jar = Path.of(System.getProperty("vep.lint.jar", "target/vep-lint.jar")).toAbsolutePath();
    assertThat(jar).as("the shaded CLI jar built by mvn package").isRegularFile();
    return jar;
  }

  /** Runs {@code java -jar vep-lint.jar ARGS} in {@code directory}; temporary files go to {@code work}. */
  static Run run(Path work, Path directory, String... args) throws IOException, InterruptedException {
    return run(work, directory, DEFAULT_BOUND, List.of(), args);
  }

  /** The same with JVM options (e.g. class-loading logs) and a bound of its own. */
  static Run run(Path work, Path directory, Duration bound, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar().toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process process =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    boolean finished = process.waitFor(bound.toSeconds(), TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("vep-lint finishes within " + bound).isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
