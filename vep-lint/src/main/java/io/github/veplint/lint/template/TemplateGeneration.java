package io.github.veplint.lint.template;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A run of consecutive template versions that share one section layout: what a VEP written in that
 * time was asked to contain. Edits that leave the {@code ##}/{@code ###} headings alone (a typo
 * fix, a new {@code ####} subsection) stay in the same generation.
 *
 * @param number 1 for the oldest generation
 * @param versions the template versions, oldest first; never empty
 * @param until the date of the next generation's first version, when there is one
 */
public record TemplateGeneration(
    int number, List<TemplateVersion> versions, Optional<LocalDate> until) {

  /** Copies the list so the record stays immutable. */
  public TemplateGeneration {
    versions = List.copyOf(versions);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a generation has at least one version");
    }
  }

  /** The date of the generation's first version, when known. */
  public Optional<LocalDate> date() {
    return versions.get(0).date();
  }

  /** The section layout every version of the generation shares. */
  public TemplateLayout layout() {
    return versions.get(0).layout();
  }

  /** The month it starts, {@code YYYY-MM}, or {@code "unknown date"}. */
  public String month() {
    return date().map(d -> d.toString().substring(0, 7)).orElse("unknown date");
  }
}
