package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.template.TemplateSections.Placement;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.TemplateSectionRule;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.template.TemplateSections;
import io.github.veplint.model.Section;
import io.github.veplint.model.Vep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Template sections follow the template's order. Reports the fewest sections that explain the
 * disorder: those outside a longest run of sections already in template order.
 */
@RuleInfo(
    id = "section-order",
    severity = Severity.WARNING,
    summary = "Template sections appear in the template's order",
    tags = "template")
public final class SectionOrderRule extends TemplateSectionRule {

  /** One template-section heading in document order, with its index in the template. */
  private record Occurrence(Section section, int templateIndex, boolean atTemplateLevel) {}

  @Override
  protected void checkSections(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    LintContext context = file.context();
    List<Placement> placements =
        file.template().placements();
    List<Occurrence> occurrences = occurrences(placements);
    Set<Occurrence> ordered = longestIncreasing(occurrences);
    Set<Integer> orderedIndexes = new HashSet<>();
    ordered.forEach(o -> orderedIndexes.add(o.templateIndex()));
    for (int i = 0; i < occurrences.size(); i++) {
      Occurrence occurrence = occurrences.get(i);
      if (ordered.contains(occurrence)) {
        continue;
      }
      String heading = TemplateSections.markdown(occurrence.section());
      if (orderedIndexes.contains(occurrence.templateIndex())) {
        Section kept = keptTwin(occurrences, ordered, occurrence.templateIndex());
        sink.report(
            occurrence.section().position(),
            "'"
                + heading
                + "' appears twice and this one is out of the template's order (the other"
                + " is at line "
                + kept.startLine()
                + "): keep a single section, in the template's"
                + " place");
      } else {
        sink.report(
            occurrence.section().position(),
            "'"
                + heading
                + "' is out of the template's order: move it "
                + destination(occurrences, ordered, occurrence));
      }
    }
  }

  /**
   * The headings that stand for template sections: every one at the template's level (so a
   * duplicate is seen), and for a section only found at another level, its first heading.
   */
  private static List<Occurrence> occurrences(List<Placement> placements) {
    List<Occurrence> occurrences = new ArrayList<>();
    for (Placement placement : placements) {
      if (placement.atLevel().isEmpty()) {
        placement.elsewhere().stream()
            .limit(1)
            .forEach(h -> occurrences.add(new Occurrence(h, placement.index(), false)));
      } else {
        placement
            .atLevel()
            .forEach(h -> occurrences.add(new Occurrence(h, placement.index(), true)));
      }
    }
    occurrences.sort(Comparator.comparing(o -> o.section().position()));
    return occurrences;
  }

  /**
   * A longest subsequence whose template indexes increase (staying equal only between neighbours,
   * the parts of a split section). Among equally long ones it
   * keeps the most headings at the template's level, so a section nested at the wrong level is the
   * one reported as misplaced rather than the well-formed section around it. Quadratic, which is
   * nothing for the twenty-odd template sections of a VEP.
   */
  private static Set<Occurrence> longestIncreasing(List<Occurrence> occurrences) {
    int n = occurrences.size();
    int[] length = new int[n];
    int[] atLevel = new int[n];
    int[] previous = new int[n];
    int best = -1;
    for (int i = 0; i < n; i++) {
      Occurrence current = occurrences.get(i);
      int own = current.atTemplateLevel() ? 1 : 0;
      length[i] = 1;
      atLevel[i] = own;
      previous[i] = -1;
      for (int j = 0; j < i; j++) {
        int earlier = occurrences.get(j).templateIndex();
        // A section split into consecutive parts ("## Implementation Phases (for v1alpha1)",
        // "## Implementation Phases (for v1beta1)" in sig-compute/76) is in order.
        if (earlier > current.templateIndex()
            || (earlier == current.templateIndex() && j != i - 1)) {
          continue;
        }
        int candidateLength = length[j] + 1;
        int candidateAtLevel = atLevel[j] + own;
        if (candidateLength > length[i]
            || (candidateLength == length[i] && candidateAtLevel > atLevel[i])) {
          length[i] = candidateLength;
          atLevel[i] = candidateAtLevel;
          previous[i] = j;
        }
      }
      if (best < 0
          || length[i] > length[best]
          || (length[i] == length[best] && atLevel[i] > atLevel[best])) {
        best = i;
      }
    }
    Set<Occurrence> result = new HashSet<>();
    for (int i = best; i >= 0; i = previous[i]) {
      result.add(occurrences.get(i));
    }
    return result;
  }

  private static Section keptTwin(
      List<Occurrence> occurrences, Set<Occurrence> ordered, int templateIndex) {
    return occurrences.stream()
        .filter(o -> ordered.contains(o) && o.templateIndex() == templateIndex)
        .findFirst()
        .orElseThrow()
        .section();
  }

  /** Where the section belongs, named by the ordered sections around that place. */
  private static String destination(
      List<Occurrence> occurrences, Set<Occurrence> ordered, Occurrence misplaced) {
    Optional<Occurrence> before =
        occurrences.stream()
            .filter(o -> ordered.contains(o) && o.templateIndex() < misplaced.templateIndex())
            .reduce((first, second) -> second);
    Optional<Occurrence> after =
        occurrences.stream()
            .filter(o -> ordered.contains(o) && o.templateIndex() > misplaced.templateIndex())
            .findFirst();
    if (before.isPresent() && after.isPresent()) {
      return "between '"
          + TemplateSections.markdown(before.get().section())
          + "' (line "
          + before.get().section().startLine()
          + ") and '"
          + TemplateSections.markdown(after.get().section())
          + "' (line "
          + after.get().section().startLine()
          + "), as in the template";
    }
    if (before.isPresent()) {
      return "after '"
          + TemplateSections.markdown(before.get().section())
          + "' (line "
          + before.get().section().startLine()
          + "), as in the template";
    }
    return "before '"
        + TemplateSections.markdown(after.orElseThrow().section())
        + "' (line "
        + after.get().section().startLine()
        + "), as in the template";
  }
}
