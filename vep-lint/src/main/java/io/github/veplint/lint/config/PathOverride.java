package io.github.veplint.lint.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Rule settings that apply to files matching glob patterns. Immutable; each glob is compiled once,
 * since the engine asks for every rule in every file, to a matcher that cannot backtrack ({@link
 * Glob}): the globs come from the repository's configuration.
 */
public final class PathOverride {

  private final List<String> files;
  private final Map<String, RuleSetting> rules;
  private final List<Glob> matchers;

  /**
   * Creates an override.
   *
   * @param files glob patterns relative to the repository root, e.g. {@code veps/meta-VEPs/**}
   * @param rules the settings for matching files
   * @throws IllegalArgumentException when a glob is not valid, with the reason as its message
   */
  public PathOverride(List<String> files, Map<String, RuleSetting> rules) {
    this.files = List.copyOf(files);
    this.rules = Map.copyOf(rules);
    this.matchers = this.files.stream().map(Glob::compile).toList();
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
    String path;
    try {
      path = Path.of(relativePath).toString(); // as the JDK's matcher sees it: no trailing '/'
    } catch (InvalidPathException e) {
      path = relativePath;
    }
    for (Glob matcher : matchers) {
      if (matcher.matches(path)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "PathOverride" + files + rules;
  }
}
