/**
 * The rule SPI: implement {@link io.github.veplint.lint.spi.DocumentRule} or {@link
 * io.github.veplint.lint.spi.RepositoryRule}, register the class in {@code
 * META-INF/services/io.github.veplint.lint.spi.Rule}, and put the jar on the classpath. Declare
 * the rule's metadata with {@link io.github.veplint.lint.spi.RuleInfo}. A document rule sees each
 * file as a {@link io.github.veplint.lint.spi.VepFile} (the parsed VEP, the run's {@link
 * io.github.veplint.lint.spi.LintContext} and facts shared by rules, worked out once per file, among
 * them how it conforms to the template); {@link io.github.veplint.lint.spi.MainFileRule}, {@link
 * io.github.veplint.lint.spi.FrontMatterRule} and {@link
 * io.github.veplint.lint.spi.TemplateSectionRule} are bases for the usual cases. A rule reports
 * through a {@link io.github.veplint.lint.spi.FindingSink}, with a {@link
 * io.github.veplint.lint.spi.Report} when it chooses a severity, a fix or another file. A rule that searches
 * the author's text reads {@link io.github.veplint.model.Vep#prose()}, where code, comments and
 * front matter are blanked and columns kept.
 */
package io.github.veplint.lint.spi;
