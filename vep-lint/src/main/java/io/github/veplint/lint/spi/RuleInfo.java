package io.github.veplint.lint.spi;

import io.github.veplint.lint.finding.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, declared once on its class (in the spirit of Error Prone's {@code @BugPattern}):
 * {@link Rule}'s {@code id()}, {@code defaultSeverity()}, {@code summary()}, {@code tags()} and
 * {@code canFix()} read it, so a rule class holds its metadata here and its check in code.
 *
 * <pre>{@code
 * @RuleInfo(
 *     id = "title-format",
 *     severity = Severity.ERROR,
 *     summary = "The first heading is 'VEP #<number>: <title>'",
 *     tags = "template")
 * public final class TitleFormatRule implements DocumentRule { ... }
 * }</pre>
 *
 * <p>The rule's explanation is not an attribute but a markdown resource named {@code <id>.md} in the
 * rule class's own package (for {@code org.example.MyRule} with id {@code my-rule}: {@code
 * org/example/my-rule.md} in the jar); see {@link Rule#description()}.
 *
 * <p>The built-in rules use this tag vocabulary, and plug-in rules may too:
 *
 * <ul>
 *   <li>{@code template}: the VEP template's sections, headings and placeholders;
 *   <li>{@code front-matter}: the YAML front matter VEP 282 introduced;
 *   <li>{@code governance}: the process around a VEP (approvals, status changes, feature gates);
 *   <li>{@code release}: target releases, stages and the release calendar;
 *   <li>{@code links}: links between files and between VEPs;
 *   <li>{@code files}: the repository's layout, file names and file contents as bytes.
 * </ul>
 *
 * <p>Retention is {@code RUNTIME} because the engine reads it from rules found by {@code
 * ServiceLoader}. A rule may instead override the {@link Rule} methods (as rules written before this
 * annotation do); an overriding method wins over the annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

  /** A stable kebab-case id, e.g. {@code missing-section}: used in config, suppressions and reports. */
  String id();

  /** The severity a finding has unless configuration says otherwise. */
  Severity severity();

  /** One line: what the rule checks. */
  String summary();

  /** Lowercase kebab-case words that group rules, from the vocabulary above when one fits. */
  String[] tags() default {};

  /**
   * Whether the rule offers fixes ({@link io.github.veplint.lint.finding.Fix}) with some of its findings,
   * which {@code vep-lint fix} applies. A fixable rule offers a fix only where it is mechanical and
   * loses nothing the author wrote.
   */
  boolean fixable() default false;

  /**
   * What the rule needs besides the VEPs; a run without it leaves the rule nothing to check, and
   * reports (the pull request summary) do not count it among the checks that ran.
   */
  Need[] needs() default {};

  /** Something a run may or may not have, which some rules need. */
  enum Need {
    /** A base revision to compare with ({@code base}: {@code check --base}, the Maven parameter). */
    BASE,
    /** A release schedule source ({@code schedule} in the configuration, or given for the run). */
    SCHEDULE
  }
}
