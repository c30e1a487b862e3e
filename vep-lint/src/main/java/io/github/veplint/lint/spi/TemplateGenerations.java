package io.github.veplint.lint.spi;

import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.TemplateHistory;
import java.util.Optional;

/**
 * The template's generations for a run, and when a VEP must meet today's template rather than the
 * one it was written for.
 *
 * @param history the template's versions and generations
 * @param enforceCurrentFrom {@code template.enforce-current-from}: a VEP targeting this release or
 *     a later one must meet today's template
 * @param changedMustBeCurrent {@code template.changed-must-be-current}: a VEP changed since the
 *     base must meet today's template
 */
public record TemplateGenerations(
    TemplateHistory history,
    Optional<ReleaseVersion> enforceCurrentFrom,
    boolean changedMustBeCurrent) {

  /** The history without any escalation. */
  public static TemplateGenerations of(TemplateHistory history) {
    return new TemplateGenerations(history, Optional.empty(), false);
  }
}
