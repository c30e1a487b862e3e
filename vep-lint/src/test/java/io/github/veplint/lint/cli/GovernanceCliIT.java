package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.GitFixture;
import io.github.veplint.lint.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --base} through the shaded jar: JGit works there, quietly, and is not loaded without a base. */
class GovernanceCliIT {

  @TempDir Path work;

  /** Exit code, standard output, standard error and the class-loading log of one run. */
  private List<String> run(Path directory, String... args) throws Exception {
    Path classes = work.resolve("classes.log");
    ShadedJar.Run run =
        ShadedJar.run(work, directory, ShadedJar.DEFAULT_BOUND,
            List.of("-Xlog:class+load=info:file=" + classes), args);
    return List.of(String.valueOf(run.exitCode()), run.out(), run.err(), Files.readString(classes));
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
