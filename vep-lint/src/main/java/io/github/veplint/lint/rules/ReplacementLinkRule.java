package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.FrontMatterRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.Located;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepStatus;
import io.github.veplint.model.YamlNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code replaced} VEP says which VEP replaced it, and {@code replaces}/{@code superseded-by}
 * are VEP numbers (not this VEP itself). Whether those VEPs exist is {@code replacement-target}'s.
 *
 * <p>This rule owns every schema violation on {@code replaces} and {@code superseded-by} (shape, and
 * {@code superseded-by} required when replaced), so {@code frontmatter-schema} does not repeat them.
 */
@RuleInfo(
    id = "replacement-link",
    severity = Severity.ERROR,
    summary = "A replaced VEP names its successor; replaces/superseded-by are VEP numbers",
    tags = {"front-matter", "links"})
public final class ReplacementLinkRule extends FrontMatterRule {

  private static final Pattern VEP_NUMBER = Pattern.compile("^[1-9][0-9]{0,8}$");
  private static final Pattern DIGITS = Pattern.compile("([1-9][0-9]{0,8})");

  @Override
  protected void checkFrontMatter(VepFile file, YamlNode.Mapping root, FindingSink sink) {
    Vep vep = file.vep();
    LintContext context = file.context();
    Optional<Integer> own = vep.metadata().number().map(Located::value);
    for (String key : List.of("replaces", "superseded-by")) {
      root.entry(key).ifPresent(entry -> checkReference(entry, own, context, sink));
    }
    boolean replaced = FrontMatterSupport.status(root).map(s -> s == VepStatus.REPLACED).orElse(false);
    Optional<YamlNode.Entry> supersededBy = root.entry("superseded-by");
    if (replaced && supersededBy.map(e -> FrontMatterSupport.isBlank(e.value())).orElse(true)) {
      SourcePosition at =
          supersededBy.map(YamlNode.Entry::keyPosition)
              .or(() -> FrontMatterSupport.scalar(root, "status").map(YamlNode.Scalar::position))
              .orElse(FrontMatterSupport.missingKeyPosition(root));
      sink.report(
          at,
          "status 'replaced' needs superseded-by: set it to the number of the VEP that replaces this"
              + " one, so readers find the design that is being implemented");
    }
  }

  private static void checkReference(
      YamlNode.Entry entry, Optional<Integer> own, LintContext context, FindingSink sink) {
    String key = entry.key();
    if (FrontMatterSupport.isBlank(entry.value())) {
      return;
    }
    if (!(entry.value() instanceof YamlNode.Scalar scalar)) {
      sink.report(
          entry.keyPosition(),
          "'" + key + "' must be one VEP number such as 123, not a list or mapping");
      return;
    }
    String written = scalar.value().strip();
    if (!VEP_NUMBER.matcher(written).matches()) {
      Matcher digits = DIGITS.matcher(written);
      String fix = digits.find() ? "write " + key + ": " + digits.group(1) : "write the VEP's number, e.g. " + key + ": 123";
      sink.report(
          scalar.position(),
          "'" + key + "' must be a VEP number (its tracking issue's number), not '" + written + "': " + fix);
      return;
    }
    int number = Integer.parseInt(written);
    if (own.isPresent() && own.get() == number) {
      sink.report(
          scalar.position(),
          "'" + key + "' names this VEP itself (" + number + "): name the other VEP, or write \"\" for"
              + " none");
    }
  }

  /**
   * The VEP number {@code replaces} or {@code superseded-by} holds, with its position, when it
   * holds one in the canonical form (anything else is this rule's to report).
   */
  static Optional<YamlNode.Scalar> reference(YamlNode.Mapping root, String key) {
    return root.entry(key)
        .map(YamlNode.Entry::value)
        .filter(YamlNode.Scalar.class::isInstance)
        .map(YamlNode.Scalar.class::cast)
        .filter(scalar -> VEP_NUMBER.matcher(scalar.value().strip()).matches());
  }
}
