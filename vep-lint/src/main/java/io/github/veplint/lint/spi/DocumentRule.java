package io.github.veplint.lint.spi;

/**
 * A rule that looks at one VEP markdown file at a time: the engine calls {@link #check} once per
 * file, the one entry point of every document rule. {@link MainFileRule}, {@link FrontMatterRule}
 * and {@link TemplateSectionRule} implement it for rules about a VEP's main file, its front matter
 * or its template sections only.
 */
public interface DocumentRule extends Rule {

  /**
   * Checks one file and reports what is wrong.
   *
   * @param file the file being linted (a main {@code vep.md}, an attachment or a single-file VEP:
   *     see {@link VepFile#isMainFile()}), with its parsed VEP, the run's context and facts shared
   *     by rules
   * @param sink where findings go; positions are in the file
   */
  void check(VepFile file, FindingSink sink);
}
