package io.github.veplint.lint.files;

import io.github.veplint.lint.config.LintConfig;
import io.github.veplint.model.read.VepRepository;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a run's repository root is, for every command that takes paths inside a repository. */
public final class RepositoryRoot {

  private RepositoryRoot() {}

  /**
   * The nearest directory at or above {@code start} (a file's directory when it is a file) that
   * holds {@code .vep-lint.yaml}, a VEP root ({@code veps/}) or {@code .git}; else that directory.
   */
  public static Path find(Path start) {
    Path directory = Files.isDirectory(start) ? start : start.getParent();
    for (Path candidate = directory; candidate != null; candidate = candidate.getParent()) {
      if (Files.isRegularFile(candidate.resolve(LintConfig.FILE_NAME))
          || Files.isDirectory(candidate.resolve(VepRepository.DEFAULT_VEP_ROOT))
          || Files.exists(candidate.resolve(".git"))) {
        return candidate;
      }
    }
    return directory;
  }
}
