package io.github.veplint.lint.rules;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.schema.SchemaCheck;
import io.github.veplint.lint.schema.YamlJson;
import io.github.veplint.lint.spi.FrontMatterRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepStatus;
import io.github.veplint.model.YamlNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front matter follows {@code vep-frontmatter.schema.json}: known keys only, required keys
 * present, values of the right type and shape. One finding per violated key, at the key's line.
 *
 * <h2>What this rule leaves to other rules</h2>
 *
 * <p>Some keys have a dedicated rule that knows more than the schema (the repository's SIGs, the
 * VEP numbers that exist, today's date, the proposal status) and can suggest a better fix. To keep
 * one finding per problem, schema violations on those keys are not reported here:
 *
 * <table>
 *   <caption>Schema violations reported by another rule</caption>
 *   <tr><th>violation</th><th>reported by</th></tr>
 *   <tr><td>{@code owning-sig} missing or malformed</td><td>{@code owning-sig} (names the SIG directory to use)</td></tr>
 *   <tr><td>{@code participating-sigs} entries malformed or repeated</td><td>{@code participating-sigs}</td></tr>
 *   <tr><td>an {@code authors}/{@code reviewers}/{@code approvers} entry that is not a handle</td><td>{@code handle-format}</td></tr>
 *   <tr><td>{@code creation-date} malformed</td><td>{@code creation-date} (also checks the calendar and today)</td></tr>
 *   <tr><td>a {@code milestone.alpha|beta|ga} value that is not a release, TBD or N/A</td><td>{@code target-release} (suggests the canonical form)</td></tr>
 *   <tr><td>{@code replaces}/{@code superseded-by} malformed; {@code superseded-by} missing when replaced</td><td>{@code replacement-link}</td></tr>
 *   <tr><td>the {@code implementable}/{@code implemented} conditions: no {@code milestone}/{@code milestone.alpha},
 *       empty {@code reviewers}/{@code approvers}</td><td>{@code implementable-readiness}</td></tr>
 *   <tr><td>an empty {@code feature-gate}</td><td>{@code feature-gate} (checks the body for an opt-out)</td></tr>
 * </table>
 *
 * <p>Missing required keys other than {@code owning-sig} (title, vep-number, creation-date, status,
 * authors, reviewers, approvers), unknown keys, wrong types, an invalid {@code status} or
 * {@code stage}, a malformed {@code feature-gate} or {@code vep-number} stay here.
 */
@RuleInfo(
    id = "frontmatter-schema",
    severity = Severity.ERROR,
    summary = "The front matter has VEP 282's keys, each with a value of the right type and shape",
    tags = "front-matter")
public final class FrontMatterSchemaRule extends FrontMatterRule {

  private static final List<String> KEYS =
      List.of(
          "title", "vep-number", "creation-date", "status", "authors", "owning-sig",
          "participating-sigs", "reviewers", "approvers", "feature-gate", "stage", "milestone",
          "replaces", "superseded-by");

  private static final List<String> STAGES = List.of("alpha", "beta", "ga");

  private static final Map<String, String> MISSING_KEY_HINTS =
      Map.of(
          "title", "add the proposal's short title, e.g. 'title: Memory hotplug'",
          "vep-number", "add the number of the VEP's tracking issue, e.g. 'vep-number: 307'",
          "creation-date", "add the date the VEP was proposed, e.g. 'creation-date: \"2025-01-31\"'",
          "status", "add 'status: provisional' for a proposal still under discussion",
          "authors", "list the authors' GitHub handles, e.g. 'authors: [\"@octocat\"]'",
          "reviewers", "add 'reviewers: [TBD]' until the owning SIG assigns reviewers",
          "approvers", "add 'approvers: [TBD]' until the owning SIG assigns approvers");

  /** Entries to show in an example list, in order of preference; the schema picks the first it accepts. */
  private static final Map<String, List<String>> EXAMPLE_ENTRIES =
      Map.of(
          "authors", List.of("@octocat"),
          "reviewers", List.of("TBD", "@octocat"),
          "approvers", List.of("TBD", "@octocat"));

  private static final Pattern HANDLE_ITEM = Pattern.compile("^/(authors|reviewers|approvers)/\\d+$");
  private static final Pattern MILESTONE_VALUE = Pattern.compile("^/milestone/(alpha|beta|ga)$");
  private static final Pattern KEY_AT_LINE_START = Pattern.compile("^([A-Za-z][A-Za-z0-9-]*)\\s*:");
  private static final Pattern TYPES = Pattern.compile("(\\w+) found, (\\w+) expected");

  @Override
  protected void checkFrontMatter(VepFile file, YamlNode.Mapping frontMatter, FindingSink sink) {
    Vep vep = file.vep();
    YamlNode.Mapping root = frontMatter;
    boolean implementableGate =
        FrontMatterSupport.status(root)
            .map(s -> s == VepStatus.IMPLEMENTABLE || s == VepStatus.IMPLEMENTED)
            .orElse(false);
    Set<String> reported = new HashSet<>();
    // The parser drops an entry whose value carries a YAML tag (frontmatter-syntax reports the tag);
    // the key is there, so "missing required key" would be wrong.
    vep.problems(ParseProblem.Kind.FRONT_MATTER_TAG)
        .map(problem -> KEY_AT_LINE_START.matcher(vep.line(problem.position().line())))
        .filter(Matcher::find)
        .forEach(m -> reported.add("|" + m.group(1)));
    YamlJson document = YamlJson.of(root);
    for (SchemaCheck.Violation violation : SchemaCheck.frontMatter().validate(document)) {
      if (reportedByAnotherRule(violation, root, implementableGate)) {
        continue;
      }
      // One finding per key: "title: ''" breaks both minLength and pattern, one fix.
      if (reported.add(violation.pointer() + "|" + violation.member())) {
        sink.report(violation.position(), message(violation, root, document));
      }
    }
  }

  private static boolean reportedByAnotherRule(
      SchemaCheck.Violation violation, YamlNode.Mapping root, boolean implementableGate) {
    String pointer = violation.pointer();
    String keyword = violation.keyword();
    if (keyword.equals("required")) {
      String missing = pointer + "/" + violation.member();
      return switch (missing) {
        case "/owning-sig", "/superseded-by", "/milestone", "/milestone/alpha" -> true;
        case "/reviewers", "/approvers" -> implementableGate;
        default -> false;
      };
    }
    if (pointer.equals("/owning-sig")
        || pointer.startsWith("/participating-sigs/")
        || (pointer.equals("/participating-sigs") && keyword.equals("uniqueItems"))
        || HANDLE_ITEM.matcher(pointer).matches()
        || pointer.equals("/creation-date")
        || pointer.equals("/replaces")
        || pointer.equals("/superseded-by")) {
      return true;
    }
    if (pointer.equals("/reviewers") || pointer.equals("/approvers")) {
      // "reviewers: []" and "reviewers:" both mean nobody: implementable-readiness says so once.
      boolean nobody =
          keyword.equals("minItems") || resolve(root, pointer).map(FrontMatterSupport::isBlank).orElse(false);
      return implementableGate && nobody;
    }
    if (MILESTONE_VALUE.matcher(pointer).matches()) {
      // target-release reads scalar values only; a list or mapping there is a type error for us.
      return resolve(root, pointer).map(YamlNode.Scalar.class::isInstance).orElse(false);
    }
    if (pointer.equals("/feature-gate")) {
      return resolve(root, pointer).map(FrontMatterSupport::isBlank).orElse(false);
    }
    return false;
  }

  private static String message(SchemaCheck.Violation violation, YamlNode.Mapping root, YamlJson document) {
    String pointer = violation.pointer();
    String key = displayKey(pointer);
    String value = resolve(root, pointer).map(FrontMatterSchemaRule::describe).orElse("");
    return switch (violation.keyword()) {
      case "required" -> {
        String member = violation.member();
        String where = pointer.isEmpty() ? "" : " in '" + key + "'";
        yield "missing required key '" + member + "'" + where + ": "
            + MISSING_KEY_HINTS.getOrDefault(member, "add it");
      }
      case "unevaluatedProperties", "additionalProperties" -> unknownKey(pointer, violation.member());
      case "enum" -> {
        List<String> allowed =
            pointer.equals("/status")
                ? Arrays.stream(VepStatus.values()).map(VepStatus::yamlName).toList()
                : pointer.equals("/stage") ? STAGES : List.of();
        String written = resolve(root, pointer).map(FrontMatterSchemaRule::text).orElse("");
        yield allowed.isEmpty()
            ? "'" + key + "' has a value that is not allowed (" + violation.message() + ")"
            : "'" + key + "' must be one of " + String.join(", ", allowed) + ", not " + value
                + FrontMatterSupport.didYouMean(written, allowed);
      }
      case "type" -> typeMessage(key, violation.message(), document, pointer);
      case "pattern", "minLength" -> shapeMessage(pointer, key, value);
      case "minimum" -> "'" + key + "' must be a positive number (the tracking issue's number), not " + value;
      case "minItems" -> "'" + key + "' must list at least one entry" + example(document, pointer);
      case "uniqueItems" -> "'" + key + "' lists the same entry twice: remove the repeat";
      default -> "'" + key + "': " + violation.message();
    };
  }

  private static String unknownKey(String pointer, String member) {
    if (pointer.startsWith("/milestone/")) {
      return "unknown milestone stage '" + member + "'" + FrontMatterSupport.didYouMean(member, STAGES)
          + ": milestone takes alpha, beta and ga only; record further steps in the VEP body";
    }
    if (pointer.lastIndexOf('/') == 0) {
      return "unknown key '" + member + "'" + FrontMatterSupport.didYouMean(member, KEYS)
          + ": VEP 282 front matter has " + String.join(", ", KEYS) + "; fix the spelling or remove it";
    }
    return "unknown key '" + member + "' in '" + displayKey(pointer.substring(0, pointer.lastIndexOf('/')))
        + "': remove it";
  }

  private static String typeMessage(String key, String validatorMessage, YamlJson document, String pointer) {
    Matcher m = TYPES.matcher(validatorMessage);
    if (!m.find()) {
      return "'" + key + "' has the wrong type (" + validatorMessage + ")";
    }
    if (m.group(1).equals("null")) {
      if (!m.group(2).equals("array")) {
        return "'" + key + "' has no value: fill it in or remove the key";
      }
      return SchemaCheck.frontMatter().accepts(document, pointer, JsonNodeFactory.instance.arrayNode())
          ? "'" + key + "' has no value: list its entries, or write [] for none"
          : "'" + key + "' has no value: list at least one entry" + example(document, pointer);
    }
    String fix =
        switch (m.group(2)) {
          case "array" -> ": put each entry on its own '- ' line";
          case "string" -> ": quote it";
          default -> "";
        };
    return "'" + key + "' must be " + typeName(m.group(2)) + ", not " + typeName(m.group(1)) + fix;
  }

  /**
   * {@code ", e.g. 'authors: ["@octocat"]'"}: the first of the key's example entries that the
   * schema accepts there as a list of one, so the advice is never itself an error; else nothing.
   */
  private static String example(YamlJson document, String pointer) {
    String key = displayKey(pointer);
    for (String entry : EXAMPLE_ENTRIES.getOrDefault(key, List.of())) {
      if (SchemaCheck.frontMatter().accepts(document, pointer, JsonNodeFactory.instance.arrayNode().add(entry))) {
        String written = entry.startsWith("@") ? "\"" + entry + "\"" : entry;
        return ", e.g. '%s: [%s]'".formatted(key, written);
      }
    }
    return "";
  }

  private static String shapeMessage(String pointer, String key, String value) {
    return switch (pointer) {
      case "/title" -> "'title' must not be blank: write the proposal's short title";
      case "/vep-number" -> "'vep-number' must be the number of the VEP's tracking issue, e.g. 307, not " + value;
      case "/feature-gate" -> "'feature-gate' must be the gate's name as KubeVirt registers it, in"
          + " UpperCamelCase such as 'NetworkBindingPlugins', not " + value;
      default -> "'" + key + "' has an invalid value " + value;
    };
  }

  private static String typeName(String jsonType) {
    return switch (jsonType) {
      case "array" -> "a list";
      case "object" -> "a mapping";
      case "string" -> "text";
      case "integer", "number" -> "a number";
      case "boolean" -> "true/false";
      case "null" -> "empty";
      default -> jsonType;
    };
  }

  /** {@code /milestone/alpha} as a reader writes it: {@code milestone.alpha}. */
  private static String displayKey(String pointer) {
    String[] segments = pointer.replaceFirst("^/", "").split("/");
    StringBuilder out = new StringBuilder();
    for (String segment : segments) {
      String unescaped = segment.replace("~1", "/").replace("~0", "~");
      if (unescaped.chars().allMatch(Character::isDigit) && !unescaped.isEmpty()) {
        out.append('[').append(unescaped).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(unescaped);
      }
    }
    return out.toString();
  }

  private static Optional<YamlNode> resolve(YamlNode root, String pointer) {
    YamlNode node = root;
    if (pointer.isEmpty()) {
      return Optional.of(node);
    }
    for (String segment : pointer.substring(1).split("/", -1)) {
      String key = segment.replace("~1", "/").replace("~0", "~");
      if (node instanceof YamlNode.Mapping mapping) {
        Optional<YamlNode> next = mapping.get(key);
        if (next.isEmpty()) {
          return Optional.empty();
        }
        node = next.get();
      } else if (node instanceof YamlNode.Sequence sequence && key.matches("\\d{1,9}")) {
        int index = Integer.parseInt(key);
        if (index >= sequence.items().size()) {
          return Optional.empty();
        }
        node = sequence.items().get(index);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(node);
  }

  private static String text(YamlNode node) {
    return node instanceof YamlNode.Scalar s ? s.value() : "";
  }

  private static String describe(YamlNode node) {
    if (node instanceof YamlNode.Scalar s) {
      return s.value().isEmpty() ? "an empty value" : "'" + s.value() + "'";
    }
    return node instanceof YamlNode.Sequence ? "a list" : "a mapping";
  }
}
