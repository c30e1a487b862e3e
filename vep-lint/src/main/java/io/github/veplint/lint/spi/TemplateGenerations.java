package io.github.veplint.lint.spi;

import io.github.veplint.lint.spi.RequiredFrom;
import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.Section;
import io.github.veplint.model.TemplateHistory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The template's generations for a run, and when a VEP must meet today's template (or one of its
 * sections) rather than the one it was written for.
 *
 * @param history the template's versions and generations
 * @param enforceCurrentFrom {@code template.enforce-current-from}: a VEP targeting this release or
 *     a later one must meet today's template
 * @param changedMustBeCurrent {@code template.changed-must-be-current}: a VEP changed since the
 *     base must meet today's template
 * @param requiredFrom {@code template.required-from}: per section, keyed by its normalized heading
 *     ({@link Section#normalize}), from when it is required
 */
public record TemplateGenerations(
    TemplateHistory history,
    Optional<ReleaseVersion> enforceCurrentFrom,
    boolean changedMustBeCurrent,
    Map<String, RequiredFrom> requiredFrom) {

  /** Copies the map, keyed by normalized heading, so the record stays immutable. */
  public TemplateGenerations {
    Map<String, RequiredFrom> normalized = new LinkedHashMap<>();
    requiredFrom.forEach((heading, from) -> normalized.put(Section.normalize(heading), from));
    requiredFrom = Map.copyOf(normalized);
  }

  /** Generations without per-section requirements. */
  public TemplateGenerations(
      TemplateHistory history,
      Optional<ReleaseVersion> enforceCurrentFrom,
      boolean changedMustBeCurrent) {
    this(history, enforceCurrentFrom, changedMustBeCurrent, Map.of());
  }

  /** The history without any escalation. */
  public static TemplateGenerations of(TemplateHistory history) {
    return new TemplateGenerations(history, Optional.empty(), false, Map.of());
  }
}
