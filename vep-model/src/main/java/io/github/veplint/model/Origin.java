package io.github.veplint.model;

/** Where a metadata value was read from, so a finding can point at the right place. */
public enum Origin {
  /** The YAML front matter block at the top of the file (VEP 282 layout). */
  FRONT_MATTER,
  /** The older prose layout: the "VEP Status Metadata" section and its bullets and checklist. */
  LEGACY_SECTION,
  /** The first level-1 heading, {@code # VEP #<n>: <title>}. */
  TITLE,
  /** The file's path, {@code veps/<sig>/<number>-<slug>/vep.md}. */
  PATH
}
