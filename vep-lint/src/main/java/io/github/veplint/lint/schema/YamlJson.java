package io.github.veplint.lint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.YamlNode;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Converts a position-aware YAML tree to JSON for schema validation, remembering where each JSON
 * pointer came from so a schema violation can point at the offending key's line.
 *
 * @param json the JSON value
 * @param keyPositions JSON pointer of each mapping member to the position of its key
 * @param valuePositions JSON pointer of each value to the position of the value
 */
public record YamlJson(JsonNode json, Map<String, SourcePosition> keyPositions, Map<String, SourcePosition> valuePositions) {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Converts a tree. Plain dates and timestamps stay the text they were written as. */
  public static YamlJson of(YamlNode root) {
    return of(root, false);
  }

  /**
   * Converts a tree, optionally keeping YAML 1.1 booleans as the text written: in a document with no
   * boolean fields, {@code off} means the word (e.g. {@code empty-section: off}), not {@code false}.
   */
  public static YamlJson of(YamlNode root, boolean booleansAsText) {
    Map<String, SourcePosition> keys = new HashMap<>();
    Map<String, SourcePosition> values = new HashMap<>();
    JsonNode json = convert(root, "", keys, values, booleansAsText);
    return new YamlJson(json, Map.copyOf(keys), Map.copyOf(values));
  }

  private static JsonNode convert(
      YamlNode node,
      String pointer,
      Map<String, SourcePosition> keys,
      Map<String, SourcePosition> values,
      boolean booleansAsText) {
    values.put(pointer, node.position());
    if (node instanceof YamlNode.Mapping mapping) {
      ObjectNode object = NODES.objectNode();
      for (YamlNode.Entry entry : mapping.entries()) {
        String child = pointer + "/" + escape(entry.key());
        keys.put(child, entry.keyPosition());
        object.set(entry.key(), convert(entry.value(), child, keys, values, booleansAsText));
      }
      return object;
    }
    if (node instanceof YamlNode.Sequence sequence) {
      ArrayNode array = NODES.arrayNode();
      for (int i = 0; i < sequence.items().size(); i++) {
        array.add(convert(sequence.items().get(i), pointer + "/" + i, keys, values, booleansAsText));
      }
      return array;
    }
    YamlNode.Scalar scalar = (YamlNode.Scalar) node;
    return switch (scalar.type()) {
      case NULL -> NODES.nullNode();
      case BOOLEAN -> booleansAsText ? NODES.textNode(scalar.value()) : NODES.booleanNode(isTrue(scalar.value()));
      case INTEGER -> integer(scalar.value());
      case FLOAT -> floating(scalar.value());
      default -> NODES.textNode(scalar.value());
    };
  }

  /**
   * The best position for a violation: the key of the offending member when it has one (the line
   * a reader looks for), else the value, else the nearest enclosing value.
   */
  public SourcePosition positionOf(String pointer) {
    String current = pointer;
    while (true) {
      SourcePosition key = keyPositions.get(current);
      if (key != null) {
        return key;
      }
      SourcePosition value = valuePositions.get(current);
      if (value != null) {
        return value;
      }
      int slash = current.lastIndexOf('/');
      if (slash < 0) {
        return valuePositions.getOrDefault("", SourcePosition.START);
      }
      current = current.substring(0, slash);
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static boolean isTrue(String value) {
    return switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on", "y" -> true;
      default -> false;
    };
  }

  private static JsonNode integer(String value) {
    try {
      String digits = value.replace("_", "");
      return NODES.numberNode(new BigInteger(digits));
    } catch (NumberFormatException e) {
      return NODES.textNode(value);
    }
  }

  private static JsonNode floating(String value) {
    try {
      double number = Double.parseDouble(value.replace("_", ""));
      // 1e999 is infinite: no JSON number, and no value a schema's type or range check can judge.
      return Double.isFinite(number) ? NODES.numberNode(number) : NODES.textNode(value);
    } catch (NumberFormatException e) {
      return NODES.textNode(value);
    }
  }
}
