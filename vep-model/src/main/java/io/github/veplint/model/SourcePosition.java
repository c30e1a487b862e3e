package io.github.veplint.model;

/**
 * A place in a source file: 1-based line and 1-based column.
 *
 * <p>Columns count UTF-16 code units, the unit SARIF and editors use by default, so a position can
 * be handed to either without conversion. A byte-order mark is not counted.
 *
 * @param line 1-based line number
 * @param column 1-based column number
 */
public record SourcePosition(int line, int column) implements Comparable<SourcePosition> {

  /** The first character of a file. */
  public static final SourcePosition START = new SourcePosition(1, 1);

  /**
   * Validates that both coordinates are 1-based.
   *
   * @param line 1-based line number
   * @param column 1-based column number
   */
  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  /**
   * Column 1 of the given line.
   *
   * @param line the 1-based line
   * @return the position of the line's first column
   */
  public static SourcePosition lineStart(int line) {
    return new SourcePosition(line, 1);
  }

  @Override
  public int compareTo(SourcePosition other) {
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
