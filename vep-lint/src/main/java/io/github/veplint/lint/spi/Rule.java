package io.github.veplint.lint.spi;

import io.github.veplint.lint.finding.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A lint rule. Implement {@link DocumentRule} or {@link RepositoryRule}, declare the rule's metadata
 * with {@link RuleInfo} on the class, put its explanation in {@code <id>.md} next to the class, and
 * list the class in {@code META-INF/services/io.github.veplint.lint.spi.Rule}; the engine finds every
 * rule on the classpath with {@link java.util.ServiceLoader}, so a jar dropped next to vep-lint adds
 * rules.
 *
 * <p>The metadata methods are default methods that read {@link RuleInfo} from {@code getClass()}, so
 * a rule written before the annotation existed, which overrides them, keeps working unchanged.
 *
 * <p>Rules are stateless and called from many threads at once. They never throw for content: a
 * rule that fails is reported as an {@code internal-error} finding and the run goes on.
 */
public interface Rule {

  /**
   * A stable kebab-case id, e.g. {@code missing-section}: used in config, suppressions and reports.
   *
   * @throws IllegalStateException if the class neither carries {@link RuleInfo} nor overrides this
   */
  default String id() {
    return info(this).id();
  }

  /** The severity a finding has unless configuration says otherwise. */
  default Severity defaultSeverity() {
    return info(this).severity();
  }

  /** One line: what the rule checks. */
  default String summary() {
    return info(this).summary();
  }

  /** Words that group rules ({@link RuleInfo#tags()}); none for a rule without {@link RuleInfo}. */
  default List<String> tags() {
    RuleInfo info = getClass().getAnnotation(RuleInfo.class);
    return info == null ? List.of() : List.of(info.tags());
  }

  /** Whether the rule can rewrite what it reports ({@link RuleInfo#fixable()}). */
  default boolean canFix() {
    RuleInfo info = getClass().getAnnotation(RuleInfo.class);
    return info != null && info.fixable();
  }

  /** What the rule needs besides the VEPs ({@link RuleInfo#needs()}); none without {@link RuleInfo}. */
  default Set<RuleInfo.Need> needs() {
    RuleInfo info = getClass().getAnnotation(RuleInfo.class);
    return info == null || info.needs().length == 0 ? Set.of() : EnumSet.copyOf(List.of(info.needs()));
  }

  /**
   * A longer explanation in markdown: why the rule exists (in the KubeVirt process's terms), a bad
   * example and a good example. Shown by {@code vep-lint explain} and in SARIF and HTML help.
   *
   * <p>By default the resource {@code <id>.md} in the package of the rule's class, read as UTF-8
   * (for the built-in rules {@code io/github/veplint/lint/rules/<id>.md}), so a plug-in jar ships
   * its rules' explanations beside their classes; without that resource, the {@link #summary()}.
   *
   * @throws UncheckedIOException if the resource exists but cannot be read
   */
  default String description() {
    String resource = id() + ".md";
    // Relative to the class's package: a plug-in ships its explanations in its own jar under its
    // own package, where they cannot collide with the built-in ones.
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      if (in == null) {
        return summary();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + " of rule " + id(), e);
    }
  }

  private static RuleInfo info(Rule rule) {
    RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(rule.getClass().getName()
          + " must carry @RuleInfo or override id(), defaultSeverity() and summary()");
    }
    return info;
  }
}
