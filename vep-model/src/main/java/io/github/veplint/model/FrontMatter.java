package io.github.veplint.model;

import java.util.Optional;

/**
 * The YAML block between the opening and closing {@code ---} lines at the top of a VEP.
 *
 * @param startLine the line of the opening {@code ---} (1, or 1 after a byte-order mark)
 * @param endLine the line of the closing {@code ---}
 * @param root the parsed block, when it is a readable mapping; empty when the YAML was invalid,
 *     not a mapping, or exceeded a limit (a {@link ParseProblem} then says why)
 */
public record FrontMatter(int startLine, int endLine, Optional<YamlNode.Mapping> root) {

  /**
   * The value at {@code key} in the top-level mapping.
   *
   * @param key a top-level key
   * @return its value; empty when the mapping has no such key
   */
  public Optional<YamlNode> get(String key) {
    return root.flatMap(r -> r.get(key));
  }

  /**
   * The top-level entry for {@code key}, with the key's position.
   *
   * @param key a top-level key
   * @return its entry; empty when the mapping has no such key
   */
  public Optional<YamlNode.Entry> entry(String key) {
    return root.flatMap(r -> r.entry(key));
  }
}
