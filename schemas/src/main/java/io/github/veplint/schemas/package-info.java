/**
 * JSON Schemas (draft 2020-12) published by vep-lint, shipped as classpath resources under {@code
 * /schemas/}.
 *
 * <p>Each schema's {@code $id} lives under {@link io.github.veplint.schemas.VepSchemas#ID_BASE} and
 * its file under {@link io.github.veplint.schemas.VepSchemas#RESOURCE_DIRECTORY} with the same file
 * name, so a validator can resolve every {@code $id} offline by mapping one prefix onto the other.
 * {@link io.github.veplint.schemas.VepSchemas} names the schemas and opens them.
 */
package io.github.veplint.schemas;
