package io.github.veplint.lint.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;

/**
 * Rule settings that apply to files matching glob patterns. Immutable; each glob is compiled once,
 * since the engine asks for every rule in every file.
 */
public final class PathOverride {

  private final List<String> files;
  private final Map<String, RuleSetting> rules;
  private final List<PathMatcher> matchers;

  /**
   * Creates an override.
   *
   * @param files glob patterns relative to the repository root, e.g. {@code veps/meta-VEPs/**}
   * @param rules the settings for matching files
   */
  public PathOverride(List<String> files, Map<String, RuleSetting> rules) {
    this.files = List.copyOf(files);
    this.rules = Map.copyOf(rules);
    this.matchers =
        this.files.stream().map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
  }

  /** The glob patterns. */
  public List<String> files() {
    return files;
  }

  /** The settings for matching files. */
  public Map<String, RuleSetting> rules() {
    return rules;
  }

  /** Whether a repository-relative path (with {@code /} separators) matches any pattern. */
  public boolean matches(String relativePath) {
    Path path = Path.of(relativePath);
    return matchers.stream().anyMatch(matcher -> matcher.matches(path));
  }

  @Override
  public String toString() {
    return "PathOverride" + files + rules;
  }
}
