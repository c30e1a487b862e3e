package io.github.veplint.model;

import java.util.List;
import java.util.Optional;

/**
 * A heading and everything under it, down to the next heading of the same or a higher level.
 *
 * @param level heading level, 1 to 6
 * @param text heading text with inline markup reduced to plain text, trimmed
 * @param position where the heading starts (the first {@code #})
 * @param startLine the heading's line
 * @param endLine the last line belonging to the section, its subsections included
 * @param ownBodyBlank whether the text between the heading and its first subheading (or its end)
 *     holds only whitespace and HTML comments
 * @param children subsections, in document order
 */
public record Section(
    int level,
    String text,
    SourcePosition position,
    int startLine,
    int endLine,
    boolean ownBodyBlank,
    List<Section> children) {

  /**
   * Copies the children so the record stays immutable.
   *
   * @param level heading level, 1 to 6
   * @param text heading text with inline markup reduced to plain text, trimmed
   * @param position where the heading starts (the first {@code #})
   * @param startLine the heading's line
   * @param endLine the last line belonging to the section, its subsections included
   * @param ownBodyBlank whether the text between the heading and its first subheading (or its end)
   *     holds only whitespace and HTML comments
   * @param children subsections, in document order
   */
  public Section {
    children = List.copyOf(children);
  }

  /**
   * Whether the section says nothing: its own body is blank and so is every subsection. The
   * process asks authors to fill every section (writing N/A where it does not apply).
   *
   * @return true when the section and its subsections hold nothing but blank lines
   */
  public boolean isEmpty() {
    return ownBodyBlank && children.stream().allMatch(Section::isEmpty);
  }

  /**
   * The first direct subsection whose heading matches {@code name} by {@link #normalize}.
   *
   * @param name a heading, compared in its {@link #normalize normalized} form
   * @return the subsection; empty when there is none
   */
  public Optional<Section> child(String name) {
    String wanted = normalize(name);
    return children.stream().filter(s -> normalize(s.text).equals(wanted)).findFirst();
  }

  /**
   * This section and all its descendants, depth first, in document order.
   *
   * @return the sections, this one first
   */
  public List<Section> flatten() {
    var all = new java.util.ArrayList<Section>();
    all.add(this);
    for (Section child : children) {
      all.addAll(child.flatten());
    }
    return List.copyOf(all);
  }

  /**
   * The heading's comparable form: lower case, letters and digits only. "Non-Goals", "Non Goals"
   * and "non goals:" all become {@code nongoals}.
   *
   * @param headingText a heading's text
   * @return its comparable form
   */
  public static String normalize(String headingText) {
    // A plain char loop, not a code point stream: this runs for every heading and prose line,
    // mostly in the interpreter of a short-lived CLI run, where a stream pipeline costs tens of
    // objects a call. Surrogate pairs are decoded only where they occur.
    int length = headingText.length();
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      char c = headingText.charAt(i);
      if (c < 0x80) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          out.append(c);
        } else if (c >= 'A' && c <= 'Z') {
          out.append((char) (c + ('a' - 'A')));
        }
        continue;
      }
      int codePoint = c;
      if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(headingText.charAt(i + 1))) {
        codePoint = Character.toCodePoint(c, headingText.charAt(++i));
      }
      if (Character.isLetterOrDigit(codePoint)) {
        out.appendCodePoint(Character.toLowerCase(codePoint));
      }
    }
    return out.toString();
  }
}
