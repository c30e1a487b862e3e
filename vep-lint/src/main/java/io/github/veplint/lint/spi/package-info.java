/**
 * The rule SPI: implement {@link io.github.veplint.lint.spi.DocumentRule} or {@link
 * io.github.veplint.lint.spi.RepositoryRule}, register the class in {@code
 * META-INF/services/io.github.veplint.lint.spi.Rule}, and put the jar on the classpath. Declare
 * the rule's metadata with {@link io.github.veplint.lint.spi.RuleInfo}. A document rule sees each
 * file as a {@link io.github.veplint.lint.spi.VepFile} (the parsed VEP, the run's {@link
 * io.github.veplint.lint.spi.LintContext} and facts shared by rules, worked out once per file);
 * {@link io.github.veplint.lint.spi.MainFileRule} and {@link
 * io.github.veplint.lint.spi.FrontMatterRule} are bases for the usual cases. A rule that searches
 * the author's text reads {@link io.github.veplint.model.Vep#prose()}, where code, comments and
 * front matter are blanked and columns kept.
 */
package io.github.veplint.lint.spi;
