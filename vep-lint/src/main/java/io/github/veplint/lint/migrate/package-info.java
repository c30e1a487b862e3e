/**
 * Adding VEP 282 front matter to VEPs written in the older prose layout ({@code vep-lint migrate}):
 * {@link io.github.veplint.lint.migrate.FrontMatterMigration} builds the block from what the file
 * already says and inserts it, keeping every byte of the original file after it.
 */
package io.github.veplint.lint.migrate;
