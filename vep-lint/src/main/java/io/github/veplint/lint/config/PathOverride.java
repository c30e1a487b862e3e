package io.github.veplint.lint.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;

/**
 * Rule settings that apply to files matching glob patterns.
 *
 * @param files glob patterns relative to the repository root, e.g. {@code veps/meta-VEPs/**}
 * @param rules the settings for matching files
 */
public record PathOverride(List<String> files, Map<String, RuleSetting> rules) {

  /** Copies the collections so the record stays immutable. */
  public PathOverride {
    files = List.copyOf(files);
    rules = Map.copyOf(rules);
  }

  /** Whether a repository-relative path (with {@code /} separators) matches any pattern. */
  public boolean matches(String relativePath) {
    Path path = Path.of(relativePath);
    return files.stream()
        .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
        .anyMatch((PathMatcher matcher) -> matcher.matches(path));
  }
}
