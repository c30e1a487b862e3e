package io.github.veplint.model.internal;

import io.github.veplint.model.FrontMatter;
import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.ParseProblem.Kind;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.YamlNode;
import io.github.veplint.model.YamlNode.ScalarType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the front matter block with SnakeYAML's composer only: the YAML becomes a node graph and
 * then a {@link YamlNode} tree, and no object the YAML names is ever constructed. Aliases,
 * nesting and the number of nodes are bounded, duplicate keys and explicit tags are reported.
 */
public final class FrontMatterReader {

  /** Front matter needs no aliases; a few are tolerated, a "billion laughs" document is not. */
  static final int MAX_ALIASES = 10;
  /** VEP 282's deepest value is {@code milestone.alpha}; 20 leaves room without risking the stack. */
  static final int MAX_DEPTH = 20;
  /** Bounds the tree built from a document that aliases small collections many times. */
  static final int MAX_NODES = 10_000;
  /** About 1 MiB of YAML; real front matter is well under 2 KiB. */
  static final int MAX_CODE_POINTS = 1 << 20;

  private static final Map<Tag, ScalarType> SCALAR_TYPES =
      Map.of(
          Tag.STR, ScalarType.STRING,
          Tag.INT, ScalarType.INTEGER,
          Tag.FLOAT, ScalarType.FLOAT,
          Tag.BOOL, ScalarType.BOOLEAN,
          Tag.NULL, ScalarType.NULL,
          Tag.TIMESTAMP, ScalarType.TIMESTAMP);

  /** The result of looking for a front matter block. */
  public record Result(Optional<FrontMatter> frontMatter, int bodyStartLine, List<ParseProblem> problems) {}

  private final SourceText source;
  private final List<ParseProblem> problems = new ArrayList<>();
  private int firstYamlLine;
  private int yamlOffset;
  /** Code-point indices of the block's supplementary characters, which take two UTF-16 units. */
  private int[] supplementary = new int[0];
  private int nodes;

  private FrontMatterReader(SourceText source) {
    this.source = source;
  }

  /** Finds and reads the front matter block of {@code source}, if it opens with {@code ---}. */
  public static Result read(SourceText source) {
    return new FrontMatterReader(source).read();
  }

  /**
   * Reads a whole YAML document (a configuration file, say) with the same limits and checks as
   * front matter. Positions are in the document's own lines.
   */
  public static Result readDocument(String yaml) {
    FrontMatterReader reader = new FrontMatterReader(SourceText.of(yaml));
    reader.firstYamlLine = 1;
    Optional<YamlNode.Mapping> root = reader.parse(yaml);
    int lines = SourceText.of(yaml).lineCount();
    return new Result(
        Optional.of(new FrontMatter(1, lines, root)), lines + 1, List.copyOf(reader.problems));
  }

  private Result read() {
    if (!isDelimiter(source.line(1), false)) {
      return new Result(Optional.empty(), 1, List.of());
    }
    int lineCount = source.lineCount();
    int closing = -1;
    for (int line = 2; line <= lineCount; line++) {
      if (isDelimiter(source.line(line), true)) {
        closing = line;
        break;
      }
    }
    if (closing < 0) {
      problems.add(
          new ParseProblem(
              Kind.FRONT_MATTER_UNCLOSED,
              "front matter opened with '---' on line 1 is never closed: add a '---' line after"
                  + " its last key",
              SourcePosition.START));
      return new Result(Optional.empty(), 1, problems);
    }
    firstYamlLine = 2;
    yamlOffset = source.lineStart(2);
    String yaml = source.text().substring(yamlOffset, source.lineStart(closing));
    supplementary = supplementaryIndices(yaml);
    Optional<YamlNode.Mapping> root = parse(yaml);
    return new Result(Optional.of(new FrontMatter(1, closing, root)), closing + 1, problems);
  }

  private static boolean isDelimiter(String line, boolean closing) {
    String trimmed = line.stripTrailing();
    return trimmed.equals("---") || (closing && trimmed.equals("..."));
  }

  private Optional<YamlNode.Mapping> parse(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowRecursiveKeys(false);
    // Nothing is ever constructed, so every tag may reach the node graph, where isAllowedTag
    // reports it as FRONT_MATTER_TAG with its position instead of a composer error.
    options.setTagInspector(tag -> true);
    Node node;
    StreamReader reader = new StreamReader(yaml);
    try {
      var parser = new ParserImpl(reader, options);
      node = new Composer(parser, new Resolver(), options).getSingleNode();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      problems.add(
          new ParseProblem(
              Kind.FRONT_MATTER_SYNTAX,
              "front matter is not valid YAML: " + oneLine(problem),
              mark == null ? SourcePosition.START : position(mark)));
      return Optional.empty();
    } catch (YAMLException e) {
      // A limit (aliases, nesting, size) carries no mark: where the reader stopped is where the
      // limit was crossed, give or take the parser's one-token lookahead.
      problems.add(
          new ParseProblem(
              Kind.FRONT_MATTER_LIMIT,
              "front matter is too complex to read (" + oneLine(e.getMessage()) + "); VEP front"
                  + " matter needs no anchors, aliases or deep nesting",
              position(reader.getMark())));
      return Optional.empty();
    } catch (RuntimeException e) {
      // SnakeYAML lets a few malformed inputs escape as other exceptions, e.g. a tag such as
      // '!j%a' whose escape decodes to a space (IllegalArgumentException from Tag). Found by
      // FrontMatterReaderFuzzTest.
      problems.add(
          new ParseProblem(
              Kind.FRONT_MATTER_SYNTAX,
              "front matter is not valid YAML: " + oneLine(e.getMessage()),
              position(reader.getMark())));
      return Optional.empty();
    }
    if (node != null && !isAllowedTag(node)) {
      return Optional.empty();
    }
    if (!(node instanceof MappingNode mapping)) {
      String found = node == null ? "an empty block" : node instanceof SequenceNode ? "a list" : "a single value";
      problems.add(
          new ParseProblem(
              Kind.FRONT_MATTER_NOT_MAPPING,
              "front matter must be a mapping of keys such as 'status: provisional', not " + found,
              node == null ? SourcePosition.START : position(node.getStartMark())));
      return Optional.empty();
    }
    try {
      return Optional.of(toMapping(mapping, 0, Collections.newSetFromMap(new IdentityHashMap<>())));
    } catch (LimitExceeded e) {
      problems.add(
          new ParseProblem(
              Kind.FRONT_MATTER_LIMIT,
              "front matter is too complex to read (" + e.getMessage() + "); VEP front matter"
                  + " needs no anchors, aliases or deep nesting",
              position(e.mark)));
      return Optional.empty();
    }
  }

  private YamlNode convert(Node node, int depth, Set<Node> path) {
    if (++nodes > MAX_NODES) {
      throw new LimitExceeded(
          "more than " + MAX_NODES + " values after expanding aliases", node.getStartMark());
    }
    if (depth > MAX_DEPTH) {
      throw new LimitExceeded("nested deeper than " + MAX_DEPTH + " levels", node.getStartMark());
    }
    if (node instanceof ScalarNode scalar) {
      ScalarType type = SCALAR_TYPES.getOrDefault(scalar.getTag(), ScalarType.STRING);
      String value = type == ScalarType.NULL ? "" : scalar.getValue();
      return new YamlNode.Scalar(value, type, position(scalar.getStartMark()));
    }
    if (!path.add(node)) {
      throw new LimitExceeded("an alias refers to a value that contains it", node.getStartMark());
    }
    try {
      if (node instanceof SequenceNode sequence) {
        List<YamlNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
          if (isAllowedTag(item)) {
            items.add(convert(item, depth + 1, path));
          }
        }
        return new YamlNode.Sequence(items, position(sequence.getStartMark()));
      }
      return toMapping((MappingNode) node, depth, path);
    } finally {
      path.remove(node);
    }
  }

  private YamlNode.Mapping toMapping(MappingNode mapping, int depth, Set<Node> path) {
    path.add(mapping);
    List<YamlNode.Entry> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      SourcePosition keyPosition = position(keyNode.getStartMark());
      if (!(keyNode instanceof ScalarNode scalarKey) || !isAllowedTag(keyNode)) {
        // A scalar key got here for its tag, already reported by isAllowedTag.
        if (!(keyNode instanceof ScalarNode) && isAllowedTag(keyNode)) {
          problems.add(
              new ParseProblem(
                  Kind.FRONT_MATTER_SYNTAX,
                  "front matter keys must be plain names such as 'status', not a list or mapping",
                  keyPosition));
        }
        continue;
      }
      String key = scalarKey.getValue();
      Integer firstLine = seen.putIfAbsent(key, keyPosition.line());
      if (firstLine != null) {
        problems.add(
            new ParseProblem(
                Kind.FRONT_MATTER_DUPLICATE_KEY,
                "duplicate key '" + key + "' (first on line " + firstLine + "): keep one",
                keyPosition));
        continue;
      }
      if (isAllowedTag(tuple.getValueNode())) {
        entries.add(new YamlNode.Entry(key, keyPosition, convert(tuple.getValueNode(), depth + 1, path)));
      }
    }
    return new YamlNode.Mapping(entries, position(mapping.getStartMark()));
  }

  /** Explicit tags beyond YAML's plain data types are reported and their values dropped. */
  private boolean isAllowedTag(Node node) {
    Tag tag = node.getTag();
    boolean plainData =
        SCALAR_TYPES.containsKey(tag) || tag.equals(Tag.SEQ) || tag.equals(Tag.MAP);
    if (!plainData) {
      problems.add(
          new ParseProblem(
              Kind.FRONT_MATTER_TAG,
              "YAML tag '"
                  + shortTag(tag)
                  + "' is not allowed in front matter: remove it, values are plain text, numbers"
                  + " and lists",
              position(node.getStartMark())));
    }
    return plainData;
  }

  private static String shortTag(Tag tag) {
    String value = tag.getValue();
    return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
  }

  /**
   * Maps a SnakeYAML mark to the file. The mark's index is used rather than its line and column:
   * SnakeYAML counts columns in code points and also breaks lines at U+0085, U+2028 and U+2029,
   * while positions count UTF-16 units and only the line breaks markdown knows.
   */
  private SourcePosition position(Mark mark) {
    int index = Math.max(0, mark.getIndex());
    int before = Arrays.binarySearch(supplementary, index);
    int utf16 = index + (before >= 0 ? before : -before - 1);
    return source.position(yamlOffset + utf16);
  }

  private static int[] supplementaryIndices(String yaml) {
    int[] indices = new int[yaml.length() - yaml.codePointCount(0, yaml.length())];
    int found = 0;
    int index = 0;
    for (int i = 0; i < yaml.length() && found < indices.length; index++) {
      int c = yaml.codePointAt(i);
      if (Character.isSupplementaryCodePoint(c)) {
        indices[found++] = index;
      }
      i += Character.charCount(c);
    }
    return indices;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }

  private static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Mark mark;

    LimitExceeded(String message, Mark mark) {
      super(message, null, false, false);
      this.mark = mark;
    }
  }
}
