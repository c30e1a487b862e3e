/**
 * The rule SPI: implement {@link io.github.veplint.lint.spi.DocumentRule} or {@link
 * io.github.veplint.lint.spi.RepositoryRule}, register the class in {@code
 * META-INF/services/io.github.veplint.lint.spi.Rule}, and put the jar on the classpath.
 */
package io.github.veplint.lint.spi;
