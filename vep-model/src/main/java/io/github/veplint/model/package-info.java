/**
 * The VEP model: immutable records for a parsed KubeVirt Enhancement Proposal; the parser that
 * builds them is in {@link io.github.veplint.model.read}.
 *
 * <p>Entry points: {@link io.github.veplint.model.read.VepRepository#scan} finds the VEPs of a checkout,
 * {@link io.github.veplint.model.read.VepParser#parse} turns one file into a {@link
 * io.github.veplint.model.Vep}. Every metadata value is a {@link io.github.veplint.model.Located}
 * that says where it came from (front matter, legacy section, title, path) and where it sits. {@link
 * io.github.veplint.model.Vep#prose()} is the one definition of which text is prose (code, comments
 * and front matter blanked, columns kept). The model knows nothing of lint rules.
 */
package io.github.veplint.model;
