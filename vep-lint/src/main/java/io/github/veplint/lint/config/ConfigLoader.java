package io.github.veplint.lint.config;

import io.github.veplint.lint.template.TemplateSettings;
import io.github.veplint.lint.template.RequiredFrom;
import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.schema.SchemaCheck;
import io.github.veplint.lint.schema.YamlJson;
import io.github.veplint.lint.spi.StatusTransitions;
import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.read.YamlDocuments;
import io.github.veplint.model.VepStatus;
import io.github.veplint.model.YamlNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads {@code .vep-lint.yaml}: safe YAML, validated against {@code vep-lint-config.schema.json},
 * rule ids checked against the rules on the classpath. Every error names the file, the line and the
 * bad key.
 */
public final class ConfigLoader {

  private static final long MAX_BYTES = 1 << 20;

  private ConfigLoader() {}

  /**
   * Finds and reads the configuration of the repository at {@code root}: {@code configFile} when
   * given (it must exist), else {@code <root>/.vep-lint.yaml} when there is one, else {@link
   * LintConfig#DEFAULTS}. The repository's own file is untrusted: one that is a symbolic link leading
   * out of the repository is refused; a file the user names is not.
   *
   * @param knownRuleIds the rule ids {@code rules:} keys must name; empty reads the settings without
   *     checking rule ids (for commands that run no rule, such as {@code new} and {@code migrate})
   * @throws ConfigurationException when the file is missing, leads outside or is invalid
   */
  public static LintConfig forRoot(Path root, Optional<Path> configFile, Optional<Set<String>> knownRuleIds) {
    if (configFile.isPresent() && !Files.isRegularFile(configFile.get())) {
      throw new ConfigurationException(configFile.get() + ": configuration file not found");
    }
    Optional<Path> file = configFile.or(() -> Optional.of(root.resolve(LintConfig.FILE_NAME)).filter(Files::isRegularFile));
    if (configFile.isEmpty() && file.isPresent() && !isReallyInside(root, file.get())) {
      throw new ConfigurationException(file.get() + ": a symbolic link that leads outside the"
          + " repository; not read (replace it with the file, or name the configuration file in the settings)");
    }
    return file.map(f -> load(f, knownRuleIds)).orElse(LintConfig.DEFAULTS);
  }

  /** Whether a file, with every symbolic link resolved, lies inside the repository. */
  private static boolean isReallyInside(Path root, Path file) {
    try {
      return file.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Loads a configuration file.
   *
   * @param file the file
   * @param knownRuleIds the ids of the rules available, for checking {@code rules:} keys
   * @throws ConfigurationException when the file cannot be read or is invalid
   */
  public static LintConfig load(Path file, Set<String> knownRuleIds) {
    return load(file, Optional.of(knownRuleIds));
  }

  private static LintConfig load(Path file, Optional<Set<String>> knownRuleIds) {
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ConfigurationException(file + ": configuration file is larger than 1 MiB");
      }
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new ConfigurationException(file + ": configuration file is not valid UTF-8");
    } catch (IOException e) {
      throw new ConfigurationException(file + ": cannot read configuration file (" + e.getMessage() + ")", e);
    }
    return parse(file, text, knownRuleIds);
  }

  /**
   * Parses configuration text; {@code file} is only used in messages and as the source. Every
   * problem is a {@link ConfigurationException} naming the file and a line: a value no check below
   * foresaw is still reported as the configuration's, never as an internal error.
   */
  public static LintConfig parse(Path file, String text, Set<String> knownRuleIds) {
    return parse(file, text, Optional.of(knownRuleIds));
  }

  private static LintConfig parse(Path file, String text, Optional<Set<String>> knownRuleIds) {
    try {
      return interpret(file, text, knownRuleIds);
    } catch (ConfigurationException e) {
      throw e;
    } catch (RuntimeException e) {
      throw error(file, SourcePosition.START, "a value cannot be read ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
  }

  private static LintConfig interpret(Path file, String text, Optional<Set<String>> knownRuleIds) {
    if (YamlDocuments.isEmpty(text)) {
      return new LintConfig(Optional.of(file), LintConfig.DEFAULTS.vepRoots(), Optional.empty(),
          Optional.empty(), Map.of(), List.of(), Optional.empty(), Map.of(), Optional.empty(), Optional.empty(),
          TemplateSettings.NONE, LintConfig.DEFAULT_FREEZE_EXCEPTION_LABEL, StatusTransitions.COMMUNITY,
          Optional.empty(), Optional.empty());
    }
    YamlDocuments.Result read = YamlDocuments.read(text);
    if (!read.problems().isEmpty()) {
      ParseProblem first = read.problems().get(0);
      throw error(file, first.position(), first.message());
    }
    YamlNode.Mapping root = read.root().orElseThrow(() -> error(file, SourcePosition.START, "not a mapping"));
    YamlJson json = YamlJson.of(root, true);
    List<SchemaCheck.Violation> violations = SchemaCheck.config().validate(json);
    if (!violations.isEmpty()) {
      SchemaCheck.Violation v = violations.get(0);
      throw error(file, v.position(), describe(v));
    }
    Map<String, RuleSetting> rules = ruleSettings(file, root.get("rules"), knownRuleIds);
    List<PathOverride> overrides = new ArrayList<>();
    if (root.get("overrides").orElse(null) instanceof YamlNode.Sequence sequence) {
      for (YamlNode item : sequence.items()) {
        YamlNode.Mapping override = (YamlNode.Mapping) item;
        override.get("files").ifPresent(globs -> requireGlobs(file, globs));
        overrides.add(new PathOverride(strings(override.get("files")),
            ruleSettings(file, override.get("rules"), knownRuleIds)));
      }
    }
    Map<String, Set<Integer>> exceptions = new TreeMap<>();
    if (root.get("freeze-exceptions").orElse(null) instanceof YamlNode.Mapping mapping) {
      for (YamlNode.Entry entry : mapping.entries()) {
        Set<Integer> numbers = new LinkedHashSet<>();
        for (String n : strings(Optional.of(entry.value()))) {
          try {
            numbers.add(Integer.parseInt(n));
          } catch (NumberFormatException e) {
            throw error(file, entry.keyPosition(),
                "'freeze-exceptions." + entry.key() + "': '" + n + "' is not a VEP number");
          }
        }
        exceptions.put(entry.key(), Set.copyOf(numbers));
      }
    }
    // The configuration comes with the repository, so a pull request can change it: the paths it
    // names must stay inside the repository, or a run would read files the repository does not hold.
    if (root.get("vep-roots").orElse(null) instanceof YamlNode.Sequence sequence) {
      sequence.items().forEach(item -> requireInside(file, "vep-roots", item));
    }
    root.get("template").ifPresent(node -> requireInside(file, "template", node));
    if (root.get("template").orElse(null) instanceof YamlNode.Mapping template) {
      template.get("file").ifPresent(node -> requireInside(file, "template.file", node));
      if (template.get("generations").orElse(null) instanceof YamlNode.Sequence generations) {
        for (YamlNode generation : generations.items()) {
          if (generation instanceof YamlNode.Mapping g) {
            g.get("file").ifPresent(node -> requireInside(file, "template.generations.file", node));
          }
        }
      }
    }
    root.get("baseline").ifPresent(node -> requireInside(file, "baseline", node));
    root.get("sigs-from").filter(node -> !(node instanceof YamlNode.Scalar url && SigList.isUrl(url.value())))
        .ifPresent(node -> requireInside(file, "sigs-from", node));
    // 'schedule' may name a sibling kubevirt/sig-release checkout (../sig-release), so it is not
    // held to the repository: ReleaseSchedules reads only schedule.yaml files under release-named
    // directories, at most 1 MiB each, composed without constructing anything.

    Optional<LocalDate> today = date(file, root, "today", "today");
    List<String> roots = root.get("vep-roots").isPresent() ? strings(root.get("vep-roots")) : LintConfig.DEFAULTS.vepRoots();
    return new LintConfig(
        Optional.of(file),
        roots,
        templateFile(root),
        root.get("sigs").isPresent() ? Optional.of(strings(root.get("sigs"))) : Optional.empty(),
        rules,
        overrides,
        scalar(root, "schedule"),
        exceptions,
        today,
        scalar(root, "fail-on").flatMap(FailOn::parse),
        templateSettings(file, root),
        scalar(root, "freeze-exception-label").map(String::strip).orElse(LintConfig.DEFAULT_FREEZE_EXCEPTION_LABEL),
        statusTransitions(root),
        scalar(root, "sigs-from").map(String::strip),
        scalar(root, "baseline"));
  }

  /** A date value, or an error naming its line when it is not a real day. */
  private static Optional<LocalDate> date(Path file, YamlNode.Mapping mapping, String key, String name) {
    Optional<String> value = scalar(mapping, key);
    try {
      return value.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw error(file, mapping.get(key).map(YamlNode::position).orElse(SourcePosition.START),
          "'" + name + "': '" + value.orElse("") + "' is not a date such as 2026-11-25");
    }
  }

  /** {@code template: FILE}, or {@code template: {file: FILE, ...}}. */
  private static Optional<String> templateFile(YamlNode.Mapping root) {
    if (root.get("template").orElse(null) instanceof YamlNode.Mapping template) {
      return scalar(template, "file");
    }
    return scalar(root, "template");
  }

  private static TemplateSettings templateSettings(Path file, YamlNode.Mapping root) {
    if (!(root.get("template").orElse(null) instanceof YamlNode.Mapping template)) {
      return TemplateSettings.NONE;
    }
    List<TemplateSettings.Generation> generations = new ArrayList<>();
    if (template.get("generations").orElse(null) instanceof YamlNode.Sequence sequence) {
      for (YamlNode item : sequence.items()) {
        YamlNode.Mapping generation = (YamlNode.Mapping) item;
        generations.add(
            new TemplateSettings.Generation(
                scalar(generation, "file").orElseThrow(),
                date(file, generation, "date", "template.generations.date")));
      }
    }
    Map<String, RequiredFrom> requiredFrom = new LinkedHashMap<>();
    if (template.get("required-from").orElse(null) instanceof YamlNode.Mapping sections) {
      for (YamlNode.Entry entry : sections.entries()) {
        String value = ((YamlNode.Scalar) entry.value()).value().trim();
        if (value.startsWith("v")) {
          ReleaseVersion release = ReleaseVersion.parse(value).orElseThrow(() -> error(file, entry.value().position(),
              "'template.required-from." + entry.key() + "': '" + value
                  + "' is not a release such as v1.11 (or a date such as 2026-09-25)"));
          requiredFrom.put(entry.key(), new RequiredFrom(Optional.of(release), Optional.empty()));
          continue;
        }
        try {
          requiredFrom.put(
              entry.key(),
              new RequiredFrom(Optional.empty(), Optional.of(LocalDate.parse(value))));
        } catch (DateTimeParseException e) {
          throw error(file, entry.value().position(),
              "'template.required-from." + entry.key() + "': '" + value
                  + "' is not a date such as 2026-09-25 (or a release such as v1.11)");
        }
      }
    }
    Optional<ReleaseVersion> enforceFrom = Optional.empty();
    if (scalar(template, "enforce-current-from").isPresent()) {
      String value = scalar(template, "enforce-current-from").get();
      enforceFrom = Optional.of(ReleaseVersion.parse(value).orElseThrow(() -> error(file,
          template.get("enforce-current-from").orElseThrow().position(),
          "'template.enforce-current-from': '" + value + "' is not a release such as v1.11")));
    }
    return new TemplateSettings(
        generations,
        enforceFrom,
        scalar(template, "changed-must-be-current").map(Boolean::parseBoolean).orElse(false),
        requiredFrom);
  }

  /** {@code status-transitions}: each row given replaces the community table's row. */
  private static StatusTransitions statusTransitions(YamlNode.Mapping root) {
    StatusTransitions transitions = StatusTransitions.COMMUNITY;
    if (!(root.get("status-transitions").orElse(null) instanceof YamlNode.Mapping rows)) {
      return transitions;
    }
    // The schema has checked every key and value against the seven states (and 'new').
    for (YamlNode.Entry row : rows.entries()) {
      Set<VepStatus> to = EnumSet.noneOf(VepStatus.class);
      for (String state : strings(Optional.of(row.value()))) {
        to.add(VepStatus.fromYaml(state).orElseThrow());
      }
      transitions = row.key().equals("new")
          ? transitions.withInitial(to)
          : transitions.withRow(VepStatus.fromYaml(row.key()).orElseThrow(), to);
    }
    return transitions;
  }

  private static String describe(SchemaCheck.Violation violation) {
    String key = violation.pointer().isEmpty() ? "(top level)" : violation.pointer().substring(1).replace("/", ".");
    return switch (violation.keyword()) {
      case "additionalProperties", "unevaluatedProperties" ->
          "unknown key '" + key + "': check its spelling against vep-lint-config.schema.json";
      case "required" -> "'" + key + "' is missing '" + violation.member() + "'";
      default -> "'" + key + "': " + violation.message().replaceFirst("^\\S+: ", "");
    };
  }

  private static Map<String, RuleSetting> ruleSettings(
      Path file, Optional<YamlNode> node, Optional<Set<String>> known) {
    Map<String, RuleSetting> settings = new LinkedHashMap<>();
    if (node.orElse(null) instanceof YamlNode.Mapping mapping) {
      for (YamlNode.Entry entry : mapping.entries()) {
        if (known.isPresent() && !known.get().contains(entry.key())) {
          throw error(file, entry.keyPosition(),
              "unknown rule '" + entry.key() + "': run 'vep-lint rules' for the list of rule ids");
        }
        String value = ((YamlNode.Scalar) entry.value()).value();
        settings.put(entry.key(), RuleSetting.parse(value).orElseThrow());
      }
    }
    return settings;
  }

  /** Every glob of an override compiles, or the error names its line. */
  private static void requireGlobs(Path file, YamlNode globs) {
    if (!(globs instanceof YamlNode.Sequence sequence)) {
      return;
    }
    for (YamlNode item : sequence.items()) {
      if (item instanceof YamlNode.Scalar glob) {
        try {
          Glob.compile(glob.value());
        } catch (IllegalArgumentException e) {
          String reason = e.getMessage();
          throw error(file, glob.position(),
              "'overrides.files': '" + glob.value() + "' is not a valid glob (" + reason + ")");
        }
      }
    }
  }

  /** A relative path that does not climb out of the repository root; checked lexically. */
  private static void requireInside(Path file, String key, YamlNode node) {
    if (!(node instanceof YamlNode.Scalar scalar)) {
      return;
    }
    String value = scalar.value().replace('\\', '/');
    boolean inside;
    try {
      Path path = Path.of(value).normalize();
      inside =
          !value.startsWith("/")
              && !path.isAbsolute()
              && !value.matches("(?s)^[A-Za-z]:.*")
              && !path.startsWith("..")
              && !value.contains("\0");
    } catch (java.nio.file.InvalidPathException e) {
      inside = false;
    }
    if (!inside) {
      throw error(file, node.position(),
          "'" + key + "': '" + scalar.value() + "' is not a path inside the repository: give it"
              + " relative to the repository root, without '..'");
    }
  }

  private static Optional<String> scalar(YamlNode.Mapping root, String key) {
    return root.get(key).filter(YamlNode.Scalar.class::isInstance).map(n -> ((YamlNode.Scalar) n).value());
  }

  private static List<String> strings(Optional<YamlNode> node) {
    List<String> values = new ArrayList<>();
    if (node.orElse(null) instanceof YamlNode.Sequence sequence) {
      for (YamlNode item : sequence.items()) {
        if (item instanceof YamlNode.Scalar scalar) {
          values.add(scalar.value());
        }
      }
    }
    return values;
  }

  private static ConfigurationException error(Path file, SourcePosition position, String message) {
    // Messages quote values from the file; a line break in one must not break the one-line error
    // (found by ConfigLoaderFuzzTest).
    String oneLine = message.replace("\r", "\\r").replace("\n", "\\n");
    return new ConfigurationException(file + ":" + position.line() + ":" + position.column() + ": " + oneLine);
  }
}
