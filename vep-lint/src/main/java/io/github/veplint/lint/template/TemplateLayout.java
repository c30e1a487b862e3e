package io.github.veplint.lint.template;

import io.github.veplint.model.Vep;
import io.github.veplint.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The section layout of one version of the VEP template: its {@code ##} and {@code ###} headings
 * (names, levels, order), the title and deeper headings left out. Two template versions with the
 * same layout belong to the same {@link TemplateGeneration}.
 *
 * @param headings the headings in document order
 */
public record TemplateLayout(List<Heading> headings) {

  private static final Pattern TRAILING_QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

  /** Copies the list so the record stays immutable. */
  public TemplateLayout {
    headings = List.copyOf(headings);
  }

  /**
   * One heading of the template.
   *
   * @param level 2 or 3
   * @param text the heading as the template writes it, e.g. {@code Non Goals}
   * @param key the heading's comparable form ({@link Section#normalize} of the text)
   */
  public record Heading(int level, String text, String key) {

    /**
     * A heading at a level with its text; its {@link #key} is computed once here, since every VEP
     * of a run compares its headings against the same template headings.
     */
    public Heading(int level, String text) {
      this(level, text, Section.normalize(text));
    }

    /** The heading as markdown, e.g. {@code ## Non Goals}. */
    public String markdown() {
      return "#".repeat(level) + " " + text;
    }
  }

  /** The layout of a parsed template: every heading at level 2 or 3 that is not the title. */
  public static TemplateLayout of(Vep template) {
    List<Heading> headings = new ArrayList<>();
    for (Section section : template.allSections()) {
      if (section.level() == 2 || section.level() == 3) {
        headings.add(new Heading(section.level(), section.text()));
      }
    }
    return new TemplateLayout(headings);
  }

  /**
   * A layout written as markdown heading lines ({@code "## Overview"}, {@code "### Alpha"}); other
   * levels are left out, as {@link #of(Vep)} leaves them out.
   */
  public static TemplateLayout of(String... markdownHeadings) {
    List<Heading> headings = new ArrayList<>();
    for (String line : markdownHeadings) {
      int level = 0;
      while (level < line.length() && line.charAt(level) == '#') {
        level++;
      }
      if (level == 2 || level == 3) {
        headings.add(new Heading(level, line.substring(level).trim()));
      }
    }
    return new TemplateLayout(headings);
  }

  /** The {@code ##} sections, in order: what a VEP of this generation must have. */
  public List<Heading> sections() {
    return headings.stream().filter(h -> h.level() == 2).toList();
  }

  /** The first heading whose key matches {@code key}, at any level. */
  public Optional<Heading> find(String key) {
    return headings.stream().filter(h -> h.key().equals(key)).findFirst();
  }

  /** The {@code ##} section a {@code ###} heading sits under, if any. */
  public Optional<Heading> parentOf(Heading heading) {
    Heading parent = null;
    for (Heading h : headings) {
      if (h.equals(heading)) {
        return heading.level() == 3 ? Optional.ofNullable(parent) : Optional.empty();
      }
      if (h.level() == 2) {
        parent = h;
      }
    }
    return Optional.empty();
  }

  /** Whether both layouts have the same headings at the same levels in the same order. */
  public boolean sameAs(TemplateLayout other) {
    if (other.headings.size() != headings.size()) {
      return false;
    }
    for (int i = 0; i < headings.size(); i++) {
      Heading a = headings.get(i);
      Heading b = other.headings.get(i);
      if (a.level() != b.level() || !a.key().equals(b.key())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The comparable names a VEP heading may stand for: itself, and itself without a trailing
   * parenthesised qualifier ("Target releases (WorkloadEncryptionSEV)" is "Target releases").
   */
  public static List<String> keysOf(String headingText) {
    if (headingText.indexOf(')') < 0) {
      // No qualifier to strip: the expression needs a ')'.
      return List.of(Section.normalize(headingText));
    }
    String unqualified = TRAILING_QUALIFIER.matcher(headingText).replaceFirst("");
    String a = Section.normalize(headingText);
    String b = Section.normalize(unqualified);
    return a.equals(b) ? List.of(a) : List.of(a, b);
  }
}
