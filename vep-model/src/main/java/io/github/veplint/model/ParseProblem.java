package io.github.veplint.model;

import java.util.Objects;

/**
 * Something in a file that kept the parser from reading it fully. The parser never throws for
 * content: every such defect becomes a problem with a position, and parsing goes on with what is
 * readable.
 *
 * @param kind what went wrong
 * @param message a sentence for the VEP author, saying what is wrong and how to fix it
 * @param position where it went wrong
 */
public record ParseProblem(Kind kind, String message, SourcePosition position) {

  /** The kinds of problem the parser reports. */
  public enum Kind {
    /** The file could not be read at all (I/O error, not a regular file). */
    UNREADABLE,
    /** Bytes that are not valid UTF-8, or a file in another encoding. */
    ENCODING,
    /** NUL bytes or other signs that the file is not text. */
    BINARY,
    /** A front matter block opened with {@code ---} but never closed. */
    FRONT_MATTER_UNCLOSED,
    /** The front matter is not valid YAML. */
    FRONT_MATTER_SYNTAX,
    /** The front matter is valid YAML but not a mapping of keys to values. */
    FRONT_MATTER_NOT_MAPPING,
    /** The same key appears twice in one mapping. */
    FRONT_MATTER_DUPLICATE_KEY,
    /** An explicit YAML tag such as {@code !!javax.script.ScriptEngineManager}; never resolved. */
    FRONT_MATTER_TAG,
    /** Too many aliases, too deep nesting or too many nodes; the block was not read further. */
    FRONT_MATTER_LIMIT,
    /**
     * A paragraph is too long or the markdown is nested too deeply to read; what exceeds the limit
     * was not read. (A file too large to read at all is {@link #UNREADABLE}.)
     */
    LIMIT
  }

  /**
   * Rejects nulls.
   *
   * @param kind what went wrong
   * @param message a sentence for the VEP author, saying what is wrong and how to fix it
   * @param position where it went wrong
   */
  public ParseProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(position, "position");
  }

  /**
   * Whether the problem is about the front matter block.
   *
   * @return true for a problem inside or about the front matter block
   */
  public boolean isFrontMatterProblem() {
    return kind.name().startsWith("FRONT_MATTER");
  }
}
