package io.github.veplint.lint.report;

import io.github.veplint.lint.LintResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Paths as code hosts and CI systems resolve them: relative to the git repository's root (the
 * nearest directory at or above the run's root that holds {@code .git}), not to the directory
 * vep-lint took for the repository root. A run over {@code docs/enhancements/} (which holds
 * {@code veps/}) names its files {@code veps/…}; GitHub code scanning, reviewdog and GitLab look
 * for {@code docs/enhancements/veps/…}. Without {@code .git} above the run's root, the paths are
 * the run's own. Used by the SARIF, Checkstyle and JUnit reports, whose consumers open the file.
 */
final class RepositoryPaths {

  private final String prefix;

  private RepositoryPaths(String prefix) {
    this.prefix = prefix;
  }

  /** The paths of one result. */
  static RepositoryPaths of(LintResult result) {
    Path root;
    try {
      root = Path.of(result.repositoryRoot()).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return new RepositoryPaths("");
    }
    for (Path candidate = root; candidate != null; candidate = candidate.getParent()) {
      if (Files.exists(candidate.resolve(".git"))) {
        String relative = candidate.relativize(root).toString().replace(root.getFileSystem().getSeparator(), "/");
        return new RepositoryPaths(relative.isEmpty() ? "" : relative + "/");
      }
    }
    return new RepositoryPaths("");
  }

  /**
   * A finding's file (relative to the run's root) relative to the git repository's root; the
   * repository as a whole ("" or {@value XmlOutput#REPOSITORY}) stays as it is.
   */
  String of(String file) {
    return file.isEmpty() || file.equals(XmlOutput.REPOSITORY) ? file : prefix + file;
  }
}
