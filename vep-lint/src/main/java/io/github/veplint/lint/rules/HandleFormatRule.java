package io.github.veplint.lint.rules;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.schema.SchemaCheck;
import io.github.veplint.lint.schema.YamlJson;
import io.github.veplint.lint.spi.FrontMatterRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.YamlNode;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code authors}, {@code reviewers} and {@code approvers} hold GitHub handles ({@code "@octocat"});
 * reviewers and approvers may be {@code TBD} until the owning SIG assigns them (whether TBD is still
 * allowed for the VEP's status is {@code implementable-readiness}'s business). Authors always have a
 * real handle. Each bad entry is reported at the entry, with the handle it probably means.
 *
 * <p>This rule owns the schema's violations on the entries of these three lists, so
 * {@code frontmatter-schema} does not repeat them.
 */
@RuleInfo(
    id = "handle-format",
    severity = Severity.WARNING,
    summary = "authors, reviewers and approvers are GitHub handles ('@name'), or TBD for reviewers/approvers",
    tags = "front-matter")
public final class HandleFormatRule extends FrontMatterRule {

  private static final List<String> KEYS = List.of("authors", "reviewers", "approvers");

  /** A bare user name that only lacks its {@code @}. */
  private static final Pattern BARE_NAME = Pattern.compile("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$");

  /** A handle inside other text: "Jane Doe (@jdoe)", "https://github.com/jdoe". */
  private static final Pattern EMBEDDED =
      Pattern.compile("(?:github\\.com/|@)([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?![A-Za-z0-9.-]*\\.[a-z])");

  @Override
  protected void checkFrontMatter(VepFile file, YamlNode.Mapping frontMatter, FindingSink sink) {
    for (String key : KEYS) {
      Optional<YamlNode> list = frontMatter.get(key);
      if (list.isEmpty()) {
        continue;
      }
      boolean tbdAllowed = !key.equals("authors");
      List<YamlNode> items = FrontMatterSupport.items(list.get());
      BooleanSupplier removable = () -> removable(frontMatter, key, items.size());
      for (YamlNode item : items) {
        Optional<String> problem = problem(item, key, tbdAllowed, removable);
        problem.ifPresent(message -> sink.report(item.position(), message));
      }
    }
  }

  /**
   * Whether removing one of the list's entries leaves a list the schema accepts: always with other
   * entries left, else only when the key may be an empty list (a list that must name someone
   * cannot lose its only entry), so "remove this entry" is advice and not a new error.
   */
  private static boolean removable(YamlNode.Mapping frontMatter, String key, int size) {
    return size > 1
        || SchemaCheck.frontMatter().accepts(YamlJson.of(frontMatter), "/" + key, JsonNodeFactory.instance.arrayNode());
  }

  private static Optional<String> problem(YamlNode item, String key, boolean tbdAllowed, BooleanSupplier removable) {
    String role = key.substring(0, key.length() - 1);
    if (!(item instanceof YamlNode.Scalar scalar) || scalar.value().isBlank()) {
      String fix = removable.getAsBoolean() ? "remove this entry or write the handle" : "write the handle";
      return Optional.of("each of %s must be a GitHub handle such as \"@octocat\"%s: %s"
          .formatted(key, tbdAllowed ? " or TBD" : "", fix));
    }
    String written = scalar.value().strip();
    if (FrontMatterSupport.GITHUB_HANDLE.matcher(written).matches()) {
      return Optional.empty();
    }
    if (written.equalsIgnoreCase(FrontMatterSupport.TBD)) {
      if (!tbdAllowed) {
        return Optional.of("an author cannot be TBD: write the author's GitHub handle, e.g. \"@octocat\"");
      }
      return written.equals(FrontMatterSupport.TBD)
          ? Optional.empty()
          : Optional.of("write TBD in capitals: '" + written + "' is not read as an unassigned " + role);
    }
    return Optional.of("'" + written + "' is not a GitHub handle: write " + suggestion(written)
        + (tbdAllowed ? " (or TBD until the owning SIG assigns the " + role + ")" : ""));
  }

  private static String suggestion(String written) {
    if (BARE_NAME.matcher(written).matches()) {
      return "\"@" + written + "\"";
    }
    Matcher embedded = EMBEDDED.matcher(written);
    if (embedded.find()) {
      return "\"@" + embedded.group(1) + "\"";
    }
    return "the person's GitHub user name with '@', e.g. \"@octocat\"";
  }
}
