package io.github.veplint.model.schedule;

import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.SourcePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Reads one {@code schedule.yaml} of kubevirt/sig-release: a YAML list of items with {@code when},
 * {@code milestone}, {@code who}, {@code what} and {@code notes}. Every format found in the
 * releases so far is read: dates as {@code 2023-06-13} or {@code 2026/04/30}, fields missing or
 * {@code null}, markdown in notes. YAML is composed into nodes only (SnakeYAML's composer, nothing
 * constructed), with bounded aliases, nesting and size.
 */
public final class ScheduleParser {

  private static final Pattern DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");

  private ScheduleParser() {}

  /**
   * Parses a schedule.
   *
   * @param release the release the schedule is for
   * @param source the file or URL, used in messages
   * @param yaml the file's text
   * @return the schedule
   * @throws ScheduleException when the text is not a YAML list of mappings, or the VEP Freeze item
   *     has no readable date
   */
  public static ReleaseSchedule parse(ReleaseVersion release, String source, String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(1 << 20);
    options.setAllowRecursiveKeys(false);
    Node root;
    StreamReader reader = new StreamReader(yaml);
    try {
      root = new Composer(new ParserImpl(reader, options), new Resolver(), options).getSingleNode();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      throw new ScheduleException(source + (mark == null ? "" : ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1))
          + ": not valid YAML: " + oneLine(problem));
    } catch (YAMLException e) {
      throw new ScheduleException(source + ": cannot read the schedule: " + oneLine(e.getMessage()));
    } catch (RuntimeException e) {
      // SnakeYAML lets a tag such as '!x%0' (an escape that decodes to a control character) escape
      // as IllegalArgumentException from Tag. Found by ScheduleParserFuzzTest.
      Mark mark = reader.getMark();
      throw new ScheduleException(source + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1)
          + ": not valid YAML: " + oneLine(e.getMessage()));
    }
    if (root == null) {
      return new ReleaseSchedule(release, source, List.of());
    }
    if (!(root instanceof SequenceNode sequence)) {
      throw new ScheduleException(source + ":" + line(root) + ": a release schedule is a YAML list of items"
          + " with 'when', 'who' and 'what', not " + (root instanceof MappingNode ? "a mapping" : "a single value"));
    }
    List<ScheduleEntry> entries = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      if (!(item instanceof MappingNode mapping)) {
        throw new ScheduleException(source + ":" + line(item) + ": each schedule item is a mapping with 'when',"
            + " 'who' and 'what'");
      }
      entries.add(entry(mapping));
    }
    ReleaseSchedule schedule = new ReleaseSchedule(release, source, entries);
    schedule.vepFreeze().ifPresent(freeze -> {
      if (freeze.date().isEmpty()) {
        throw new ScheduleException(source + ":" + freeze.position().line() + ": the VEP Freeze item has "
            + freeze.when().map(w -> "'when: " + w + "', which is not a date like 2026/04/30 or 2026-04-30")
                .orElse("no 'when' date"));
      }
    });
    return schedule;
  }

  private static ScheduleEntry entry(MappingNode mapping) {
    Optional<String> when = Optional.empty();
    Optional<String> milestone = Optional.empty();
    Optional<String> who = Optional.empty();
    Optional<String> what = Optional.empty();
    Optional<String> notes = Optional.empty();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        continue;
      }
      Optional<String> value = text(tuple.getValueNode());
      switch (key.getValue()) {
        case "when" -> when = value;
        case "milestone" -> milestone = value;
        case "who" -> who = value;
        case "what" -> what = value;
        case "notes" -> notes = value;
        default -> { }
      }
    }
    return new ScheduleEntry(when, when.flatMap(ScheduleParser::date), milestone, who, what, notes,
        new SourcePosition(mapping.getStartMark().getLine() + 1, mapping.getStartMark().getColumn() + 1));
  }

  private static Optional<String> text(Node node) {
    if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
      String value = scalar.getValue().strip();
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
    return Optional.empty();
  }

  /** {@code 2023-06-13} or {@code 2026/04/30} (a timestamp's time part is ignored). */
  static Optional<LocalDate> date(String text) {
    Matcher m = DATE.matcher(text.strip());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }
}
