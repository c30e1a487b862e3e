/** Reading and representing {@code .vep-lint.yaml}. */
package io.github.veplint.lint.config;
