package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.TestRepository;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JGit is loaded only when a history is read: a repository without {@code .git} runs without one
 * JGit class (startup time), one with {@code .git} reads it.
 */
class GitLoadingIT {

  @TempDir Path work;

  private long jgitClassesLoaded(Path repository) throws Exception {
    Path jar = Path.of(System.getProperty("vep.lint.jar", "target/vep-lint.jar")).toAbsolutePath();
    Path out = work.resolve("out.txt");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-verbose:class",
            "-jar",
            jar.toString(),
            "check",
            "--quiet",
            repository.toString());
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("vep-lint finishes").isTrue();
    try (var lines = Files.lines(out, StandardCharsets.UTF_8)) {
      return lines.filter(l -> l.contains("org.eclipse.jgit.")).count();
    }
  }

  @Test
  void loadsJGitOnlyForARepositoryWithGitHistory() throws Exception {
    Path repository = work.resolve("repo");
    TestRepository.at(repository).file("veps/sig-a/1-one/vep.md", TestRepository.CLEAN_VEP);

    assertThat(jgitClassesLoaded(repository)).isZero();

    Git.init().setDirectory(repository.toFile()).call().close();
    assertThat(jgitClassesLoaded(repository)).isPositive();
  }
}
