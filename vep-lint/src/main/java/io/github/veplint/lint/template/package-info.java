/**
 * The template's generations, in one place: reading the template's history (its git history, the
 * files {@code template.generations} lists, or vep-lint's record of the kubevirt/enhancements
 * template), each generation's layout, when a VEP must meet today's template or a section is
 * required from ({@code template:} settings), and how a VEP conforms: which sections its generation
 * requires, where the VEP has them, and how it stands with today's template. Rules reach it one way,
 * {@link io.github.veplint.lint.spi.VepFile#template()}; the engine asks the same object for the
 * template status reports show. Beneath the rule SPI: it knows the model, not the SPI.
 */
package io.github.veplint.lint.template;
