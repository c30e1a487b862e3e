/**
 * Reading VEPs from disk: {@link io.github.veplint.model.read.VepRepository#scan} finds the VEP roots,
 * SIG directories and {@link io.github.veplint.model.read.VepDirectory VEP directories} of a checkout;
 * {@link io.github.veplint.model.read.VepParser#parse} turns one file into a {@link
 * io.github.veplint.model.Vep}; {@link io.github.veplint.model.read.YamlDocuments} reads a YAML file
 * into the model's position-aware nodes. It builds the records of {@link io.github.veplint.model}
 * through the parsers of {@code model.internal}, which the records never see.
 */
package io.github.veplint.model.read;
