package io.github.veplint.lint.template;

import io.github.veplint.lint.template.TemplateLayout.Heading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What changed in the template's {@code ##} sections between two layouts: sections added, renamed
 * (a section replaced by another in the same place, e.g. "Implementation Phases" by "Implementation
 * History"), moved to another level ("Release Signoff Checklist" nested under "VEP Status
 * Metadata") or dropped. Sections are aligned by a longest common subsequence of their names; what
 * is left between two aligned sections pairs up, in order, as renames.
 */
public final class TemplateChanges {

  private TemplateChanges() {}


  /** The kinds of change. */
  public enum Kind {
    ADD,
    RENAME,
    MOVE,
    REMOVE
  }

  /**
   * One change.
   *
   * @param kind what happened
   * @param from the older heading (empty for an addition)
   * @param to the newer heading (empty for a removal)
   * @param parent for a move to {@code ###}, the {@code ##} section it now sits under
   */
  public record Change(
      Kind kind, Optional<Heading> from, Optional<Heading> to, Optional<Heading> parent) {}

  /** The changes from {@code older} to {@code newer}, in the newer template's order. */
  public static List<Change> between(TemplateLayout older, TemplateLayout newer) {
    List<Heading> a = older.sections();
    List<Heading> b = newer.sections();
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).key().equals(b.get(j).key())
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Change> changes = new ArrayList<>();
    List<Heading> removed = new ArrayList<>();
    List<Heading> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).key().equals(b.get(j).key())) {
        flush(removed, added, newer, changes);
        i++;
        j++;
      } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        added.add(b.get(j++));
      } else {
        removed.add(a.get(i++));
      }
    }
    flush(removed, added, newer, changes);
    return List.copyOf(changes);
  }

  private static void flush(
      List<Heading> removed, List<Heading> added, TemplateLayout newer, List<Change> out) {
    List<Heading> gone = new ArrayList<>();
    for (Heading heading : removed) {
      Optional<Heading> elsewhere = newer.find(heading.key());
      if (elsewhere.isPresent() && elsewhere.get().level() != 2) {
        out.add(
            new Change(
                Kind.MOVE, Optional.of(heading), elsewhere, newer.parentOf(elsewhere.get())));
      } else if (elsewhere.isEmpty()) {
        gone.add(heading);
      }
    }
    int pairs = Math.min(gone.size(), added.size());
    for (int k = 0; k < added.size(); k++) {
      if (k < pairs) {
        out.add(
            new Change(
                Kind.RENAME,
                Optional.of(gone.get(k)),
                Optional.of(added.get(k)),
                Optional.empty()));
      } else {
        out.add(
            new Change(Kind.ADD, Optional.empty(), Optional.of(added.get(k)), Optional.empty()));
      }
    }
    for (int k = pairs; k < gone.size(); k++) {
      out.add(
          new Change(Kind.REMOVE, Optional.of(gone.get(k)), Optional.empty(), Optional.empty()));
    }
    removed.clear();
    added.clear();
  }
}
