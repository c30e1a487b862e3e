package io.github.veplint.model.internal;

import io.github.veplint.model.Section;
import io.github.veplint.model.VepTitle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Takes the first level-1 heading apart: {@code VEP #10: Title}, {@code VEP 104: Title}, … */
public final class TitleReader {

  private static final Pattern VEP_TITLE =
      Pattern.compile(
          "^VEP\\b\\s*(?:#\\s*)?(?<number>\\d+)?\\s*(?<separator>[:\\-\\u2013\\u2014])?\\s*(?<text>.*)$");

  /**
   * Headings of the template's own sections. A first level-1 heading named like one of them (VEP
   * 19 opens with {@code # Overview}) is a section at the wrong level, not a title.
   */
  private static final Set<String> TEMPLATE_SECTIONS =
      Set.of(
          "overview", "vepstatusmetadata", "releasesignoffchecklist", "motivation", "goals",
          "nongoals", "design", "summary", "targetreleases");

  private TitleReader() {}

  /** The title heading, when the document has one. */
  public static Optional<VepTitle> read(List<Section> allSections) {
    Optional<Section> firstH1 = allSections.stream().filter(s -> s.level() == 1).findFirst();
    if (firstH1.isEmpty()) {
      return Optional.empty();
    }
    Section heading = firstH1.get();
    String text = heading.text();
    // Checked first: "VEP Status Metadata" starts with "VEP" yet is a section, not a title.
    if (TEMPLATE_SECTIONS.contains(Section.normalize(text))) {
      return Optional.empty();
    }
    Matcher m = VEP_TITLE.matcher(text);
    if (!m.matches()) {
      return Optional.of(
          new VepTitle(text, Optional.empty(), Optional.empty(), "", text, false, heading.position()));
    }
    Optional<String> numberText = Optional.ofNullable(m.group("number"));
    Optional<Integer> number = numberText.flatMap(TitleReader::parseNumber);
    String separator = m.group("separator") == null ? "" : m.group("separator");
    return Optional.of(
        new VepTitle(
            text, numberText, number, separator, m.group("text").strip(), true, heading.position()));
  }

  /** Parses a VEP number, ignoring leading zeros; empty when it does not fit an int. */
  public static Optional<Integer> parseNumber(String digits) {
    try {
      return Optional.of(Integer.parseInt(digits));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
