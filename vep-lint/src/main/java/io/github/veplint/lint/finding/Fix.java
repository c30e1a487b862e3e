package io.github.veplint.lint.finding;

import io.github.veplint.model.SourcePosition;
import java.util.List;
import java.util.Objects;

/**
 * A change that removes what a finding reports, offered by a rule that declares itself {@code
 * fixable} and applied by {@code vep-lint fix} (see {@link io.github.veplint.lint.fix.VepFixer}).
 * A fix is mechanical and safe: applying it never loses the author's words, and a rule offers one
 * only when it is sure what the author meant (a release written {@code 1.9} becomes {@code v1.9};
 * a release with a note after it gets no fix, since where the note goes is the author's call).
 *
 * <p>Positions are those of the parsed file ({@link io.github.veplint.model.Vep#lines()}): 1-based
 * lines, and 1-based columns counting UTF-16 characters of the line without its terminator; a
 * column past the end of a line means the end of that line, and a line past the last means the end
 * of the file. In replacement text, {@code "\n"} is a line break, written in the file's own line
 * endings.
 *
 * @param description what applying it does, in the imperative ("write 'v1.9'")
 * @param edits changes to text, in any file of the repository; none overlaps another
 * @param moves files to move, after the edits to them are made; links in the repository's
 *     markdown that point into a moved file, and the moved file's own relative links, are rewritten
 *     so they keep pointing where they did
 */
public record Fix(String description, List<Edit> edits, List<Move> moves) {

  /**
   * Replaces the text from {@code start} (inclusive) to {@code end} (exclusive) of a file.
   *
   * @param file the file, relative to the repository root, with {@code /} separators
   * @param start the first character replaced
   * @param end the character after the last one replaced; equal to {@code start} to insert
   * @param replacement the new text
   */
  public record Edit(String file, SourcePosition start, SourcePosition end, String replacement) {

    /** Rejects nulls and an end before the start. */
    public Edit {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(replacement, "replacement");
      if (end.compareTo(start) < 0) {
        throw new IllegalArgumentException("edit ends at " + end + ", before its start " + start);
      }
    }

    /** Whether the edit only inserts text. */
    public boolean isInsertion() {
      return start.equals(end);
    }
  }

  /**
   * Moves a file within the repository.
   *
   * @param from the file, relative to the repository root
   * @param to where it goes, relative to the repository root; it must not exist yet
   */
  public record Move(String from, String to) {

    /** Rejects nulls and a move onto itself. */
    public Move {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (from.equals(to)) {
        throw new IllegalArgumentException("a move of " + from + " onto itself");
      }
    }
  }

  /** Copies the lists so the record stays immutable, and rejects a fix that changes nothing. */
  public Fix {
    Objects.requireNonNull(description, "description");
    edits = List.copyOf(edits);
    moves = List.copyOf(moves);
    if (edits.isEmpty() && moves.isEmpty()) {
      throw new IllegalArgumentException("a fix without edits or moves");
    }
  }

  /** Replaces a span of one file. */
  public static Fix replace(
      String description, String file, SourcePosition start, SourcePosition end, String replacement) {
    return new Fix(description, List.of(new Edit(file, start, end, replacement)), List.of());
  }

  /** Inserts text at a position of one file. */
  public static Fix insert(String description, String file, SourcePosition at, String text) {
    return replace(description, file, at, at, text);
  }

  /** Removes whole lines {@code first} to {@code last} of one file, their line terminators included. */
  public static Fix deleteLines(String description, String file, int first, int last) {
    return replace(
        description, file, SourcePosition.lineStart(first), SourcePosition.lineStart(last + 1), "");
  }

  /** Moves a file. */
  public static Fix move(String description, String from, String to) {
    return new Fix(description, List.of(), List.of(new Move(from, to)));
  }
}
