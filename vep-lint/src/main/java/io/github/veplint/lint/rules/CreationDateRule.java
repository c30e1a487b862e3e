package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.FrontMatterRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.YamlNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code creation-date} is an ISO date ({@code YYYY-MM-DD}), a real calendar date, and not after
 * {@link LintContext#today()}.
 *
 * <p>A missing {@code creation-date} is {@code frontmatter-schema}'s (a required key); everything
 * about its value is this rule's, so the schema's pattern and format violations are not repeated.
 * An unquoted date is accepted: YAML reads it as a date, but its text is the same.
 */
@RuleInfo(
    id = "creation-date",
    severity = Severity.WARNING,
    summary = "creation-date is a real YYYY-MM-DD date, not in the future",
    tags = "front-matter")
public final class CreationDateRule extends FrontMatterRule {

  private static final Pattern ISO = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
  /** Year first with other separators or unpadded parts, or a full timestamp: the intent is clear. */
  private static final Pattern YEAR_FIRST =
      Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?$");

  @Override
  protected void checkFrontMatter(VepFile file, YamlNode.Mapping frontMatter, FindingSink sink) {
    LintContext context = file.context();
    Optional<YamlNode.Entry> entry = frontMatter.entry("creation-date");
    if (entry.isEmpty()) {
      return;
    }
    YamlNode value = entry.get().value();
    if (FrontMatterSupport.isBlank(value) || !(value instanceof YamlNode.Scalar scalar)) {
      sink.report(
          entry.get().keyPosition(),
          "creation-date must be the date the VEP was proposed, as \"YYYY-MM-DD\" (e.g. \""
              + context.today() + "\")");
      return;
    }
    String written = scalar.value().strip();
    if (!ISO.matcher(written).matches()) {
      String fix = canonical(written).map(d -> "write \"" + d + "\"").orElse("write it as \"YYYY-MM-DD\"");
      sink.report(scalar.position(), "creation-date '" + written + "' is not an ISO date: " + fix);
      return;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(written);
    } catch (DateTimeException e) {
      sink.report(
          scalar.position(),
          "creation-date '" + written + "' is not a real calendar date: check the month and day");
      return;
    }
    if (date.isAfter(context.today())) {
      sink.report(
          scalar.position(),
          "creation-date " + written + " is after today (" + context.today() + "): write the date the"
              + " VEP was proposed");
    }
  }

  /** The ISO form of a year-first date written another way, when it is a real date. */
  private static Optional<String> canonical(String written) {
    Matcher m = YEAR_FIRST.matcher(written);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
              .toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
