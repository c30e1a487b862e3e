package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.TestRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few of {@link HostileInputTest}'s cases through {@code target/vep-lint.jar} in its own JVM, the
 * way CI runs it: exit status, one-line errors, no stack trace without {@code --debug}, nothing
 * written, and the process ends within {@link HostileInputTest#BOUND}.
 */
class HostileInputIT {

  @TempDir Path work;

  private ShadedJar.Run run(Path repo, String... args) throws IOException, InterruptedException {
    Map<String, String> before = HostileInputTest.snapshot(repo);
    ShadedJar.Run run = ShadedJar.run(work, repo, HostileInputTest.BOUND, List.of(), args);
    assertThat(HostileInputTest.snapshot(repo)).as("nothing written").isEqualTo(before);
    return run;
  }

  private Path repo(String vep) {
    return TestRepository.at(work.resolve("repo")).file(HostileInputTest.VEP, vep).root();
  }

  @Test
  void binaryVepIsAFindingWithFileAndLine() throws Exception {
    Path root = repo("");
    byte[] bytes = new byte[256 * 1024];
    new Random(6).nextBytes(bytes);
    Files.write(root.resolve(HostileInputTest.VEP), bytes);

    ShadedJar.Run run = run(root, "check", "--today", "2026-11-25", ".");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).containsPattern("(?m)^veps/sig-a/1-one/vep\\.md:\\d+:\\d+\\s+error\\s+unreadable-file ");
  }

  @Test
  void hostileFrontMatterIsAFindingNotCodeExecution() throws Exception {
    Path root =
        repo(
            HostileInputTest.FRONT
                + "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
                + " [[!!java.net.URL [\"http://127.0.0.1:1/x.jar\"]]]]\n---\n# VEP #1: One\n");

    ShadedJar.Run run = run(root, "check", "--today", "2026-11-25", ".");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("veps/sig-a/1-one/vep.md:5:4  error    frontmatter-syntax");
  }

  @Test
  void toolErrorsAreOneLineAndTheStackTraceNeedsDebug() throws Exception {
    Path root = repo(TestRepository.CLEAN_VEP);
    Files.writeString(root.resolve(".vep-lint.yaml"), "vep-roots: [veps]\nrulez: {}\n");

    ShadedJar.Run plain = run(root, "check", ".");
    assertThat(plain.exitCode()).isEqualTo(2);
    assertThat(plain.out()).isEmpty();
    assertThat(plain.err().lines().toList()).hasSize(1);
    assertThat(plain.err()).contains(".vep-lint.yaml:2:1").doesNotContain("\tat ");

    Path directory = Files.createDirectories(work.resolve("out-dir"));
    Files.delete(root.resolve(".vep-lint.yaml"));
    ShadedJar.Run debug = run(root, "check", "--debug", "--format", "json=" + directory, ".");
    assertThat(debug.exitCode()).isEqualTo(2);
    assertThat(debug.err()).contains(directory + ": cannot write report: it is a directory");
    assertThat(debug.err()).contains("\tat ");
    assertThat(directory).isEmptyDirectory();
  }
}
