package io.github.veplint.model;

import java.util.List;
import java.util.Optional;

/**
 * What the older prose layout says about a VEP: the "Target releases" bullets and the Release
 * Signoff Checklist. Read whatever the layout, so a rule can compare prose and front matter.
 *
 * @param targetReleasesSection the first "Target releases" section, at any level
 * @param targets the parsed bullets of that section
 * @param checklistSection the first "Release Signoff Checklist" section, at any level
 * @param checklist the parsed items of that section
 */
public record LegacyMetadata(
    Optional<Section> targetReleasesSection,
    Milestones targets,
    Optional<Section> checklistSection,
    List<ChecklistItem> checklist) {

  /** A document with neither section. */
  public static final LegacyMetadata NONE =
      new LegacyMetadata(Optional.empty(), Milestones.NONE, Optional.empty(), List.of());

  /**
   * Copies the list so the record stays immutable.
   *
   * @param targetReleasesSection the first "Target releases" section, at any level
   * @param targets the parsed bullets of that section
   * @param checklistSection the first "Release Signoff Checklist" section, at any level
   * @param checklist the parsed items of that section
   */
  public LegacyMetadata {
    checklist = List.copyOf(checklist);
  }
}
