package io.github.veplint.lint.spi;

import io.github.veplint.model.Located;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepLocation;
import io.github.veplint.model.VepStatus;
import java.util.Optional;

/**
 * What repository-wide rules need to know of one file, kept instead of its parse tree.
 *
 * @param file the file, relative to the repository root
 * @param location what its path says
 * @param number its VEP number and where it is written
 * @param status its proposal state, when it has front matter with a valid one
 * @param replaces the VEP it replaces, as written
 * @param supersededBy the VEP that supersedes it, as written
 */
public record VepSummary(
    String file,
    VepLocation location,
    Optional<Located<Integer>> number,
    Optional<VepStatus> status,
    Optional<Located<String>> replaces,
    Optional<Located<String>> supersededBy) {

  /** Summarizes a parsed file. */
  public static VepSummary of(Vep vep) {
    var meta = vep.metadata();
    return new VepSummary(
        vep.location().relativePath(),
        vep.location(),
        meta.number(),
        meta.proposalStatus(),
        meta.replaces(),
        meta.supersededBy());
  }
}
