package io.github.veplint.lint.spi;

import io.github.veplint.model.Vep;

/**
 * A rule that looks at one VEP markdown file at a time.
 *
 * <p>Implement one of the two {@code check} methods: {@link #check(Vep, LintContext, FindingSink)}
 * when the parsed file and the run's context are all the rule needs, {@link #check(VepFile,
 * FindingSink)} when it shares facts with other rules (the template generation, the placement of
 * template sections, …). The engine calls the latter, which by default calls the former.
 */
public interface DocumentRule extends Rule {

  /**
   * Checks one file and reports what is wrong.
   *
   * @param file the file being linted, with its parsed VEP and context and facts shared by rules
   * @param sink where findings go; positions are in the file
   */
  default void check(VepFile file, FindingSink sink) {
    check(file.vep(), file.context(), sink);
  }

  /**
   * Checks one file and reports what is wrong: the simple form, for rules that need nothing but
   * the parsed file and the run's context.
   *
   * @param vep the parsed file (a main {@code vep.md}, an attachment or a single-file VEP: see
   *     {@code vep.location()})
   * @param context facts about the repository and the run
   * @param sink where findings go; positions are in {@code vep}'s file
   * @throws UnsupportedOperationException when the rule implements neither form
   */
  default void check(Vep vep, LintContext context, FindingSink sink) {
    throw new UnsupportedOperationException(
        getClass().getName() + " implements neither check(VepFile, FindingSink) nor check(Vep, LintContext, FindingSink)");
  }
}
