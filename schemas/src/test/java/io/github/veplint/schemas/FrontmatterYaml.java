package io.github.veplint.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;

/** Turns YAML front matter into the JSON tree a schema validator sees. */
final class FrontmatterYaml {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DELIMITER = "---";

  private FrontmatterYaml() {}

  static ObjectNode parse(String yaml) {
    Object document = new Yaml(new TimestampsAsWritten(new LoaderOptions())).load(yaml);
    JsonNode tree = JSON.valueToTree(document);
    if (!tree.isObject()) {
      throw new IllegalArgumentException("front matter is not a YAML mapping: " + yaml);
    }
    return (ObjectNode) tree;
  }

  /** The text between the first two {@code ---} lines of a markdown document. */
  static String extract(String markdown) {
    List<String> lines = markdown.lines().toList();
    int opening = lines.indexOf(DELIMITER);
    int closing = opening < 0 ? -1 : lines.subList(opening + 1, lines.size()).indexOf(DELIMITER);
    if (closing < 0) {
      throw new IllegalArgumentException("no front matter between two --- lines");
    }
    return String.join("\n", lines.subList(opening + 1, opening + 1 + closing));
  }

  /**
   * An unquoted {@code 2024-05-22} would otherwise become a {@link java.util.Date}; JSON has no
   * dates, so keep the text the author wrote and let the schema judge it.
   */
  private static final class TimestampsAsWritten extends SafeConstructor {
    TimestampsAsWritten(LoaderOptions options) {
      super(options);
      yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
    }
  }
}
