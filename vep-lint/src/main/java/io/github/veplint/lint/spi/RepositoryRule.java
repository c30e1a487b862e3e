package io.github.veplint.lint.spi;

import java.util.List;

/**
 * A rule that needs every VEP at once (duplicate numbers, directory layout, references). It sees a
 * small summary of each file rather than the parse trees, so memory stays flat with repository size.
 */
public interface RepositoryRule extends Rule {

  /**
   * Checks the repository and reports what is wrong.
   *
   * @param veps a summary of every linted markdown file, sorted by path
   * @param context facts about the repository and the run, including the directory scan
   * @param sink where findings go; name each finding's file with {@link Report#in}
   */
  void check(List<VepSummary> veps, LintContext context, FindingSink sink);
}
