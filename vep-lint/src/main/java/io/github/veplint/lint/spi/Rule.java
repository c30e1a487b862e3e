package io.github.veplint.lint.spi;

import io.github.veplint.lint.Severity;

/**
 * A lint rule. Implement {@link DocumentRule} or {@link RepositoryRule} and list the class in
 * {@code META-INF/services/io.github.veplint.lint.spi.Rule}; the engine finds every rule on the
 * classpath with {@link java.util.ServiceLoader}, so a jar dropped next to vep-lint adds rules.
 *
 * <p>Rules are stateless and called from many threads at once. They never throw for content: a
 * rule that fails is reported as an {@code internal-error} finding and the run goes on.
 */
public interface Rule {

  /** A stable kebab-case id, e.g. {@code missing-section}: used in config, suppressions and reports. */
  String id();

  /** The severity a finding has unless configuration says otherwise. */
  Severity defaultSeverity();

  /** One line: what the rule checks. */
  String summary();

  /**
   * A longer explanation in markdown: why the rule exists (in the KubeVirt process's terms), a bad
   * example and a good example. Shown by {@code vep-lint explain} and in SARIF and HTML help.
   */
  String description();
}
