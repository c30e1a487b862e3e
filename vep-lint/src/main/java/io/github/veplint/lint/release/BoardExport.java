package io.github.veplint.lint.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a board exported with {@code gh project item-list NUMBER --owner ORG --format json --limit
 * 1000}: {@code {"items": [...], "totalCount": N}}, each item with {@code content} ({@code type},
 * {@code number}, {@code repository}, {@code url}, {@code title}) and one key per field holding a
 * value, named as gh names it (the field name with its first letter lower-cased: {@code status},
 * {@code vEP Reviewer}, {@code linked pull requests}). A field is found by that key or by its name
 * in any case. Bad input gives a warning, never an exception.
 */
public final class BoardExport {

  /** The largest export read. */
  public static final long MAX_BYTES = 32L << 20;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BoardExport() {}

  /** Reads the export at {@code file}. */
  public static Board read(Path file, BoardSettings settings) {
    String source = String.valueOf(file.getFileName());
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        return Board.failed(source, file + ": the board export is larger than 32 MiB; not read");
      }
      root = MAPPER.readTree(bytes);
    } catch (IOException e) {
      return Board.failed(source, file + ": cannot read the board export (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")");
    }
    if (root == null || !root.path("items").isArray()) {
      return Board.failed(source, file + ": not a 'gh project item-list --format json' export (no 'items' list)");
    }
    List<Board.Item> items = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int total = root.path("totalCount").asInt(-1);
    for (JsonNode node : root.get("items")) {
      if (node.isObject()) {
        items.add(item(node, settings));
      }
    }
    if (total > items.size()) {
      warnings.add(file + ": the export holds " + items.size() + " of the board's " + total
          + " items; export again with '--limit " + Math.max(total, 1000) + "'");
    }
    return new Board(source, items, warnings);
  }

  static Board.Item item(JsonNode node, BoardSettings settings) {
    JsonNode content = node.path("content");
    Board.Kind kind = Board.Kind.ofTypeName(content.path("type").asText(""));
    Optional<Integer> number = content.path("number").canConvertToInt() && content.path("number").asInt() > 0
        ? Optional.of(content.get("number").asInt()) : Optional.empty();
    return new Board.Item(kind, text(content.path("repository")), number, content.path("title").asText(""),
        text(content.path("url")), text(field(node, settings.statusField())), strings(field(node, settings.reviewerField())),
        text(field(node, settings.targetField())), strings(field(node, "Linked pull requests")), Optional.empty());
  }

  /** The value of a field, by gh's key for it or by its name in any case; a missing node when none. */
  private static JsonNode field(JsonNode item, String name) {
    String key = name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    if (item.has(key)) {
      return item.get(key);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (BoardSettings.same(entry.getKey(), name)) {
        return entry.getValue();
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private static Optional<String> text(JsonNode node) {
    if (node.isTextual() && !node.asText().isBlank()) {
      return Optional.of(node.asText().strip());
    }
    if (node.isObject() && node.path("title").isTextual()) {
      return Optional.of(node.get("title").asText().strip());
    }
    return Optional.empty();
  }

  /** A text value (comma-separated names) or a list of names, each without a leading {@code @}. */
  static List<String> strings(JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(v -> text(v).ifPresent(values::add));
    } else {
      text(node).ifPresent(t -> values.addAll(List.of(t.split("\\s*[,;]\\s*"))));
    }
    return values.stream().map(String::strip).map(v -> v.startsWith("@") ? v.substring(1) : v)
        .filter(v -> !v.isEmpty()).toList();
  }
}
