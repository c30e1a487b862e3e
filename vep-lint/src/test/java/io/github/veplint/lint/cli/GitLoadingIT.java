package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.TestRepository;
import java.nio.file.Path;
import java.util.List;
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
    ShadedJar.Run run =
        ShadedJar.run(work, repository, ShadedJar.DEFAULT_BOUND, List.of("-verbose:class"),
            "check", "--quiet", repository.toString());
    return run.out().lines().filter(l -> l.contains("org.eclipse.jgit.")).count();
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
