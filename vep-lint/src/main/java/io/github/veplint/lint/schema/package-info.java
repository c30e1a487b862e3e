/**
 * Validation against vep-lint's JSON Schemas (front matter, configuration): YAML nodes turned into
 * JSON with the position of every key and value, so a schema violation names its line and column.
 * Used by the configuration loader and by {@code frontmatter-schema}.
 */
package io.github.veplint.lint.schema;
