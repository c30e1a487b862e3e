package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.GitFixture;
import io.github.veplint.lint.TestRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --base} through the shaded jar: JGit works there, quietly, and is not loaded without a base. */
class GovernanceCliIT {

  @TempDir Path work;

  private List<String> run(Path directory, String... args) throws Exception {
    Path jar = Path.of(System.getProperty("vep.lint.jar", "target/vep-lint.jar")).toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + work.resolve("classes.log"), "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = work.resolve("out.txt");
    Path err = work.resolve("err.txt");
    Process process = new ProcessBuilder(command).directory(directory.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return List.of(String.valueOf(process.exitValue()), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8), Files.readString(work.resolve("classes.log")));
  }

  @Test
  void baseRunsJgitInTheShadedJar() throws Exception {
    try (GitFixture git = GitFixture.init(work.resolve("repo"))) {
      git.file("veps/sig-a/1-one/vep.md", TestRepository.CLEAN_VEP);
      git.commit("one");
      git.file("veps/sig-a/1-one/vep.md", TestRepository.CLEAN_VEP.replace("status: provisional", "status: implemented"));

      List<String> withBase = run(git.root(), "check", "--base", "HEAD", "--changed-only", ".");
      assertThat(withBase.get(2)).isEmpty();
      assertThat(withBase.get(0)).isEqualTo("1");
      assertThat(withBase.get(1)).contains("status-transition  status changes from 'provisional' at HEAD");
      assertThat(withBase.get(3)).contains("org.eclipse.jgit");
      // Without --base, JGit is loaded only to read the template's history, and only where a .git
      // exists: GitLoadingIT covers that.
    }
  }
}
