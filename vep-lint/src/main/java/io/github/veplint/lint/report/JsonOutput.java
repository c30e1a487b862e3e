package io.github.veplint.lint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/** Shared JSON writing for the JSON and SARIF reports. */
final class JsonOutput {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      // The CLI owns the stream (standard output or a temporary file); a report never closes it.
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  // Two-space indent and "\n" on every platform, so reports are byte-identical on Windows and in
  // golden files; arrays are indented like objects because findings are long.
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
  private static final ObjectWriter WRITER = MAPPER.writer(
      new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(INDENTER)
          .withArrayIndenter(INDENTER));

  private JsonOutput() {}

  /** A new empty object; members keep insertion order. */
  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Writes the tree pretty-printed, followed by a newline. */
  static void write(JsonNode tree, Writer out) throws IOException {
    WRITER.writeValue(out, tree);
    out.write('\n');
  }
}
