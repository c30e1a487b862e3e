/**
 * Template conformance: which sections a VEP's template generation requires, where the VEP has
 * them, and how the VEP stands with today's template. Used by the engine (template status for
 * reports) and by the template rules alike; per-file answers are facts of the {@link
 * io.github.veplint.lint.spi.VepFile}.
 */
package io.github.veplint.lint.template;
