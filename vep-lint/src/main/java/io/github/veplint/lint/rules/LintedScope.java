package io.github.veplint.lint.rules;

import io.github.veplint.lint.spi.VepSummary;
import io.github.veplint.model.read.VepDirectory;
import io.github.veplint.model.read.VepRepository;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which parts of the repository a run lints. Repository rules see the whole directory scan, but a
 * run over one VEP must not report on the others: a directory is in scope when a linted file lies
 * in it, or, for a directory with no markdown at all, when a linted file lies in its SIG directory.
 */
final class LintedScope {

  private final VepRepository repository;
  private final Set<String> files;
  /** Every directory (repository-relative, no trailing '/') that holds a linted file, at any depth. */
  private final Set<String> directoriesWithLintedFiles = new HashSet<>();

  LintedScope(VepRepository repository, List<VepSummary> linted) {
    this.repository = repository;
    this.files = linted.stream().map(VepSummary::file).collect(Collectors.toUnmodifiableSet());
    // Every prefix of a file up to a '/': a set lookup per directory instead of a scan of all files
    // (quadratic in the number of VEPs; a minute of the 50 000-VEP run).
    for (String file : files) {
      for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
        directoriesWithLintedFiles.add(file.substring(0, slash));
      }
    }
  }

  /** Whether the run lints this file (a repository-relative path). */
  boolean includes(String relativeFile) {
    return files.contains(relativeFile);
  }

  /** Whether findings about this VEP directory belong in this run. */
  boolean includes(VepDirectory directory) {
    if (containsLintedFile(directory.relativePath())) {
      return true;
    }
    boolean hasMarkdown = directory.mainFile().isPresent() || !directory.attachments().isEmpty();
    Path sigDirectory = directory.directory().getParent();
    return !hasMarkdown
        && sigDirectory != null
        && containsLintedFile(repository.relativize(sigDirectory));
  }

  /** Whether a linted file lies in this directory or below it. */
  private boolean containsLintedFile(String relativeDirectory) {
    return directoriesWithLintedFiles.contains(relativeDirectory);
  }
}
