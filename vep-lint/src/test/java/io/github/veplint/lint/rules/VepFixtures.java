package io.github.veplint.lint.rules;

import io.github.veplint.lint.template.TemplateSections;
import io.github.veplint.lint.template.TemplateHistory;
import io.github.veplint.lint.template.TemplateLayout;
import java.util.List;

/** Hand-written VEP markdown shared by the structure rules' tests. */
final class VepFixtures {

  /** A short template: enough sections to test order and placement, few enough to read. */
  static final String SHORT_TEMPLATE =
      """
      # VEP #NNNN: Your short, descriptive title

      ## Overview

      <!--
      Provide a brief overview of the topic
      -->

      ## Goals

      <!--
      The desired outcome
      -->

      ## Non Goals

      ## Alternatives

      <!--
      Outline any alternative designs that have been considered)
      -->

      ## Graduation Requirements

      ### Alpha

      ### Beta
      """;

  /** The {@code ##} sections of the template of 2025-05-16 (Phases; checklist as {@code ##}). */
  static final List<String> HEADINGS_2025_05 = builtInSections(2);

  /** The {@code ##} sections of the template of 2025-09-25 (checklist still as {@code ##}). */
  static final List<String> HEADINGS_2025_09 = builtInSections(3);

  private VepFixtures() {}

  /**
   * A VEP with every section of today's template in order, each with one line of content: heading
   * {@code k} (0-based) of {@link TemplateSections#BUILT_IN_HEADINGS} is on line {@code 3 + 4k}.
   */
  static String completeVep(String title) {
    return vep(title, TemplateSections.BUILT_IN_HEADINGS);
  }

  /** A VEP with the given {@code ##} sections in the given order, each with one line of content. */
  static String vep(String title, List<String> headings) {
    StringBuilder markdown = new StringBuilder("# ").append(title).append("\n\n");
    for (String heading : headings) {
      markdown
          .append("## ")
          .append(heading)
          .append("\n\n")
          .append("About ")
          .append(heading)
          .append(".\n\n");
    }
    return markdown.toString();
  }

  private static List<String> builtInSections(int version) {
    return TemplateHistory.builtInVersions().get(version).layout().sections().stream()
        .map(TemplateLayout.Heading::text)
        .toList();
  }

  /** The 1-based line holding exactly {@code text}. */
  static int lineOf(String markdown, String text) {
    List<String> lines = markdown.lines().toList();
    int index = lines.indexOf(text);
    if (index < 0) {
      throw new IllegalArgumentException("no line '" + text + "'");
    }
    return index + 1;
  }
}
