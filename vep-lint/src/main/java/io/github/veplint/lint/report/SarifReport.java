package io.github.veplint.lint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.veplint.lint.baseline.Fingerprint;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Fix;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.Rule;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0, as GitHub code scanning ({@code github/codeql-action/upload-sarif}) and SARIF
 * viewers read it: one run whose driver lists every rule that ran, with its summary, its markdown
 * description as help and its default level, and one result per finding. A built-in rule's {@code
 * helpUri} is its explanation's source on the main branch, {@code
 * https://github.com/veplint/vep-lint/blob/main/vep-lint/src/main/resources/io/github/veplint/lint/rules/<id>.md}.
 *
 * <p>Choices a reader may need to know:
 *
 * <ul>
 *   <li>Locations are relative to {@code %SRCROOT%}, which is declared in {@code
 *       originalUriBaseIds} without a {@code uri}: the report names no absolute path, so it is the
 *       same on every machine, and GitHub resolves it against the checkout. The paths are those of
 *       the git repository ({@link RepositoryPaths}): VEPs under {@code docs/enhancements/} are
 *       {@code docs/enhancements/veps/…} even when the run's root is {@code docs/enhancements/}.
 *   <li>Columns are UTF-16 code units ({@code columnKind}), which is what vep-lint counts.
 *   <li>Severities map to levels {@code error}, {@code warning} and {@code note}.
 *   <li>A finding about the repository as a whole (empty file) has no location: SARIF allows it,
 *       though GitHub shows only results with a location.
 *   <li>A finding whose rule is not among the rules that ran (the engine's own {@code
 *       internal-error}) gets a minimal rule entry, so every {@code ruleIndex} is valid.
 *   <li>{@code partialFingerprints["vepLintFinding/v1"]} hashes rule, file, message and the
 *       finding's rank among identical ones, not the line, so an alert survives lines being added
 *       above it; upload-sarif adds its own line hash next to it. {@code
 *       partialFingerprints["vepLint/v1"]} is {@link Fingerprint#of}: rule and subject only, the
 *       identity a baseline matches by (it also survives a rename of the file).
 *   <li>When the run compared with a base revision or a baseline file, {@code baselineState} is
 *       {@code new} or {@code unchanged}.
 * </ul>
 */
public final class SarifReport implements ReportWriter {

  /** The OASIS-published schema of SARIF 2.1.0. */
  static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";
  /** Where to learn about the tool. */
  static final String INFORMATION_URI = "https://github.com/veplint/vep-lint";
  /** The base every artifact location is relative to. */
  static final String SRCROOT = "%SRCROOT%";
  /** The key of vep-lint's own fingerprint. */
  static final String FINGERPRINT = "vepLintFinding/v1";
  /**
   * Where a built-in rule's explanation is read on the web: {@code HELP_BASE + id + ".md"}, the
   * rule's markdown resource on the main branch. A link to the source file rather than to a
   * README anchor stays valid when the README is reorganised, and it shows the same text as
   * {@code help}. Plug-in rules get no {@code helpUri}: vep-lint cannot know where their docs live.
   */
  static final String HELP_BASE =
      INFORMATION_URI + "/blob/main/vep-lint/src/main/resources/io/github/veplint/lint/rules/";
  private static final String BUILT_IN_RULES = "io.github.veplint.lint.rules";

  // Semantic Versioning 2.0.0, without the leading-zero subtleties; 'dev' (run from classes) fails.
  private static final Pattern SEMVER =
      Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");

  /**
   * Where a rule's explanation can be read on the web: for a built-in rule, its markdown resource on
   * the main branch ({@code HELP_BASE + id + ".md"}); none for a plug-in rule, whose docs vep-lint
   * cannot locate. SARIF's {@code helpUri} and the Maven site report link to it.
   */
  public static Optional<String> helpUri(Rule rule) {
    return rule.getClass().getPackageName().equals(BUILT_IN_RULES) && rule.getClass().getResource(rule.id() + ".md") != null
        ? Optional.of(HELP_BASE + rule.id() + ".md")
        : Optional.empty();
  }

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ObjectNode log = JsonOutput.object();
    log.put("$schema", SCHEMA_URI);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();

    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "vep-lint");
    driver.put("informationUri", INFORMATION_URI);
    driver.put("version", context.toolVersion());
    if (SEMVER.matcher(context.toolVersion()).matches()) {
      driver.put("semanticVersion", context.toolVersion());
    }
    ArrayNode rules = driver.putArray("rules");
    for (Rule rule : context.rules()) {
      ruleIndex.put(rule.id(), rules.size());
      describe(rule, rules.addObject());
    }
    for (Finding finding : result.findings()) {
      if (!ruleIndex.containsKey(finding.ruleId())) {
        ruleIndex.put(finding.ruleId(), rules.size());
        describeUnknown(finding.ruleId(), mostSevere(result, finding.ruleId()), rules.addObject());
      }
    }

    run.putObject("originalUriBaseIds").putObject(SRCROOT).putObject("description")
        .put("text", "The root of the linted VEP repository: the directory holding .vep-lint.yaml or veps/.");
    run.put("columnKind", "utf16CodeUnits");

    if (!result.notices().isEmpty()) {
      // SARIF's place for what the tool says about its run rather than about a location.
      ObjectNode invocation = run.putArray("invocations").addObject();
      invocation.put("executionSuccessful", true);
      ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
      for (var notice : result.notices()) {
        ObjectNode notification = notifications.addObject();
        notification.put("level", "note");
        notification.putObject("message").put("text", notice.message());
        notification.putObject("associatedRule").put("id", notice.ruleId());
      }
    }
    ArrayNode results = run.putArray("results");
    RepositoryPaths paths = RepositoryPaths.of(result);
    Map<String, Integer> seen = new HashMap<>();
    for (Finding finding : result.findings()) {
      ObjectNode sarifResult = results.addObject();
      sarifResult.put("ruleId", finding.ruleId());
      sarifResult.put("ruleIndex", ruleIndex.get(finding.ruleId()));
      sarifResult.put("level", level(finding.severity()));
      sarifResult.putObject("message").put("text", finding.message());
      if (!finding.file().isEmpty()) {
        ObjectNode physical = sarifResult.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation")
            .put("uri", uriOf(paths.of(finding.file())))
            .put("uriBaseId", SRCROOT);
        physical.putObject("region")
            .put("startLine", finding.line())
            .put("startColumn", finding.column());
      }
      finding.fix().filter(fix -> fix.moves().isEmpty()).ifPresent(fix -> fix(fix, sarifResult, paths));
      String identity = finding.ruleId() + '\0' + finding.file() + '\0' + finding.message();
      int rank = seen.merge(identity, 1, Integer::sum);
      sarifResult.putObject("partialFingerprints").put(FINGERPRINT, sha256(identity + '\0' + rank))
          .put(Fingerprint.SARIF_NAME, Fingerprint.of(finding));
      result.baselineState(finding).ifPresent(state -> sarifResult.put("baselineState", state.label()));
    }
    JsonOutput.write(log, out);
  }

  /**
   * A fix as SARIF's {@code fixes}: per file, the regions to replace (SARIF's 1-based lines and
   * UTF-16 columns are vep-lint's). A fix that moves a file has no SARIF form and is left out;
   * {@code vep-lint fix} applies it.
   */
  private static void fix(Fix fix, ObjectNode sarifResult, RepositoryPaths paths) {
    ObjectNode sarifFix = sarifResult.putArray("fixes").addObject();
    sarifFix.putObject("description").put("text", fix.description());
    ArrayNode changes = sarifFix.putArray("artifactChanges");
    Map<String, ArrayNode> byFile = new LinkedHashMap<>();
    for (Fix.Edit edit : fix.edits()) {
      ArrayNode replacements = byFile.computeIfAbsent(edit.file(), file -> {
        ObjectNode change = changes.addObject();
        change.putObject("artifactLocation").put("uri", uriOf(paths.of(file))).put("uriBaseId", SRCROOT);
        return change.putArray("replacements");
      });
      ObjectNode replacement = replacements.addObject();
      replacement.putObject("deletedRegion")
          .put("startLine", edit.start().line())
          .put("startColumn", edit.start().column())
          .put("endLine", edit.end().line())
          .put("endColumn", edit.end().column());
      replacement.putObject("insertedContent").put("text", edit.replacement());
    }
  }

  private static void describe(Rule rule, ObjectNode descriptor) {
    String description = rule.description().strip();
    descriptor.put("id", rule.id());
    descriptor.put("name", pascalCase(rule.id()));
    descriptor.putObject("shortDescription").put("text", rule.summary());
    descriptor.putObject("fullDescription").put("text", firstParagraph(description, rule.summary()));
    // The description is markdown that reads fine as plain text, so it serves as both.
    descriptor.putObject("help").put("text", description).put("markdown", description);
    helpUri(rule).ifPresent(uri -> descriptor.put("helpUri", uri));
    descriptor.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
  }

  private static void describeUnknown(String id, Severity severity, ObjectNode descriptor) {
    String text = "Raised by vep-lint itself rather than by a rule; the message says what happened.";
    descriptor.put("id", id);
    descriptor.put("name", pascalCase(id));
    descriptor.putObject("shortDescription").put("text", text);
    descriptor.putObject("defaultConfiguration").put("level", level(severity));
  }

  private static Severity mostSevere(LintResult result, String ruleId) {
    return result.findings().stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .map(Finding::severity)
        .min(Enum::compareTo)
        .orElse(Severity.ERROR);
  }

  /** The SARIF level of a severity. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** {@code title-format} becomes {@code TitleFormat}, the identifier style SARIF recommends for names. */
  static String pascalCase(String id) {
    StringBuilder name = new StringBuilder();
    for (String word : id.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
      }
    }
    return name.toString();
  }

  private static String firstParagraph(String description, String fallback) {
    if (description.isEmpty()) {
      return fallback;
    }
    return PARAGRAPH_BREAK.split(description, 2)[0].replaceAll("\\s*\\R\\s*", " ");
  }

  /**
   * A relative path as a URI reference: every byte outside the unreserved set and {@code /} is
   * percent-encoded, UTF-8 first. Encoding {@code :} too keeps a first segment like {@code a:b}
   * from reading as a scheme.
   */
  static String uriOf(String relativePath) {
    StringBuilder uri = new StringBuilder();
    for (byte b : relativePath.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
        uri.append(c);
      } else {
        uri.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
      }
    }
    return uri.toString();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
