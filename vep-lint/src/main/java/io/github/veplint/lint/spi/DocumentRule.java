package io.github.veplint.lint.spi;

import io.github.veplint.model.Vep;

/** A rule that looks at one VEP markdown file at a time. */
public interface DocumentRule extends Rule {

  /**
   * Checks one file and reports what is wrong.
   *
   * @param vep the parsed file (a main {@code vep.md}, an attachment or a single-file VEP: see
   *     {@code vep.location()})
   * @param context facts about the repository and the run
   * @param sink where findings go; positions are in {@code vep}'s file
   */
  void check(Vep vep, LintContext context, FindingSink sink);
}
