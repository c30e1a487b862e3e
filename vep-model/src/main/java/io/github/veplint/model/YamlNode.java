package io.github.veplint.model;

import java.util.List;
import java.util.Optional;

/**
 * A front matter value as a small position-aware tree. Only plain data survives: scalars,
 * sequences and string-keyed mappings; nothing the YAML names is ever instantiated.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

  /**
   * Where the value starts.
   *
   * @return the position of the value's first character
   */
  SourcePosition position();

  /**
   * A scalar.
   *
   * @param value the text as written (quotes removed); empty for null
   * @param type what YAML's core schema resolves the plain scalar to
   * @param position where the value starts
   */
  record Scalar(String value, ScalarType type, SourcePosition position) implements YamlNode {}

  /**
   * A sequence.
   *
   * @param items the items, in order
   * @param position where the sequence starts
   */
  record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {
    /**
     * Copies the list so the record stays immutable.
     *
     * @param items the items, in order
     * @param position where the sequence starts
     */
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /**
   * A mapping with string keys, in document order. Duplicate keys are reported as problems and only
   * the first occurrence is kept.
   *
   * @param entries the key/value pairs
   * @param position where the mapping starts
   */
  record Mapping(List<Entry> entries, SourcePosition position) implements YamlNode {
    /**
     * Copies the list so the record stays immutable.
     *
     * @param entries the key/value pairs
     * @param position where the mapping starts
     */
    public Mapping {
      entries = List.copyOf(entries);
    }

    /**
     * The entry for {@code key}, if present.
     *
     * @param key a key of this mapping
     * @return its entry; empty when the mapping has no such key
     */
    public Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /**
     * The value for {@code key}, if present.
     *
     * @param key a key of this mapping
     * @return its value; empty when the mapping has no such key
     */
    public Optional<YamlNode> get(String key) {
      return entry(key).map(Entry::value);
    }
  }

  /**
   * One key/value pair of a mapping.
   *
   * @param key the key
   * @param keyPosition where the key starts: the line a finding about the key points at
   * @param value the value
   */
  record Entry(String key, SourcePosition keyPosition, YamlNode value) {}

  /** What a scalar resolves to under YAML 1.1's implicit types, as SnakeYAML applies them. */
  enum ScalarType {
    /** A string (quoted, or plain text that is nothing else). */
    STRING,
    /** An integer. */
    INTEGER,
    /** A floating-point number. */
    FLOAT,
    /** {@code true}, {@code false}, {@code yes}, {@code no} and friends. */
    BOOLEAN,
    /** An empty value, {@code ~} or {@code null}. */
    NULL,
    /** A plain date or timestamp such as {@code 2024-05-22}. */
    TIMESTAMP
  }
}
