package io.github.veplint.lint.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one VEP stands with today's VEP template: the template generation it was written for, and what
 * it would take to meet today's template (sections to add, rename or move). Computed from the model
 * for every linted VEP whatever rules are enabled, so reports can show it even when {@code
 * template-outdated} is off.
 *
 * @param generation the month of the template generation the VEP was written for, {@code YYYY-MM}
 * @param add sections today's template adds for it, as markdown headings in quotes (with the
 *     {@code ###} subsections they bring)
 * @param rename sections to rename, as {@code 'old' → 'new'}
 * @param move sections to move to another level, e.g. under "VEP Status Metadata"
 */
public record TemplateStatus(String generation, List<String> add, List<String> rename, List<String> move) {

  /** Copies the lists so the record stays immutable. */
  public TemplateStatus {
    Objects.requireNonNull(generation, "generation");
    add = List.copyOf(add);
    rename = List.copyOf(rename);
    move = List.copyOf(move);
  }

  /** Whether the VEP meets today's template: nothing to add, rename or move. */
  public boolean current() {
    return add.isEmpty() && rename.isEmpty() && move.isEmpty();
  }

  /**
   * The steps to meet today's template, e.g. {@code add 'VEP Status Metadata'} and {@code rename
   * 'Implementation Phases' → 'Implementation History'}; empty when current.
   */
  public List<String> steps() {
    List<String> steps = new ArrayList<>();
    if (!add.isEmpty()) {
      steps.add("add " + String.join(", ", add));
    }
    if (!rename.isEmpty()) {
      steps.add("rename " + String.join(", ", rename));
    }
    if (!move.isEmpty()) {
      steps.add("move " + String.join(", ", move));
    }
    return steps;
  }

  /**
   * One line for a table cell: {@code current}, or {@code older (2025-05; add 'VEP Status
   * Metadata'; rename …)}.
   */
  public String label() {
    return current() ? "current" : "older (" + generation + "; " + String.join("; ", steps()) + ")";
  }
}
