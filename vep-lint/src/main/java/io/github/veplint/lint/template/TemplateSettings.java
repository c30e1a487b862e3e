package io.github.veplint.lint.template;

import io.github.veplint.model.ReleaseVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code template:} settings beyond the template file: older template files to use when the
 * repository has no git history, and when a VEP must meet today's template (or one of its sections)
 * rather than the one it was written for.
 *
 * @param generations template files, oldest first, each with the day it took effect
 * @param enforceCurrentFrom a VEP that targets this release or a later one must meet today's
 *     template ({@code template.enforce-current-from})
 * @param changedMustBeCurrent a VEP changed since the {@code --base} revision must meet today's
 *     template ({@code template.changed-must-be-current})
 * @param requiredFrom per template section, as written in the configuration (its heading text),
 *     from when maintainers require it ({@code template.required-from})
 */
public record TemplateSettings(
    List<Generation> generations,
    Optional<ReleaseVersion> enforceCurrentFrom,
    boolean changedMustBeCurrent,
    Map<String, RequiredFrom> requiredFrom) {

  /** No older templates, no escalation. */
  public static final TemplateSettings NONE =
      new TemplateSettings(List.of(), Optional.empty(), false, Map.of());

  /** Copies the collections so the record stays immutable. */
  public TemplateSettings {
    generations = List.copyOf(generations);
    requiredFrom = Map.copyOf(requiredFrom);
  }

  /** Settings without per-section requirements. */
  public TemplateSettings(
      List<Generation> generations,
      Optional<ReleaseVersion> enforceCurrentFrom,
      boolean changedMustBeCurrent) {
    this(generations, enforceCurrentFrom, changedMustBeCurrent, Map.of());
  }

  /**
   * One configured template version.
   *
   * @param file the template file, relative to the repository root
   * @param date the day it took effect, when given
   */
  public record Generation(String file, Optional<LocalDate> date) {}

}
