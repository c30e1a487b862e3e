package io.github.veplint.lint;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.spi.Rule;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented way to add a rule: compile a class implementing {@code DocumentRule}, list it in
 * {@code META-INF/services/io.github.veplint.lint.spi.Rule}, put the jar on the class path. This test
 * does exactly that with a real jar and a real class loader, and checks what only the engine's
 * loading shows: the jar's rule is discovered beside the engine's own and runs in a lint. What the
 * rule reports, and where, is tested with the kit, as a plug-in author tests a rule: the same rule
 * in vep-lint-testkit's {@code org.example.sigrules.PluginRuleTest} (the kit depends on vep-lint,
 * so it cannot be used here).
 */
class PluginRuleTest {

  private static final String RULE_SOURCE = """
      package org.example.veprules;

      import io.github.veplint.lint.finding.Severity;
      import io.github.veplint.lint.spi.MainFileRule;
      import io.github.veplint.lint.spi.FindingSink;
      import io.github.veplint.lint.spi.VepFile;
      import io.github.veplint.model.Vep;

      public final class RequireRisksSection extends MainFileRule {
        public String id() { return "require-risks"; }
        public Severity defaultSeverity() { return Severity.WARNING; }
        public String summary() { return "Our SIG wants a Risks section"; }
        public String description() { return "Bad: no Risks. Good: ## Risks"; }
        protected void checkMainFile(VepFile file, FindingSink sink) {
          Vep vep = file.vep();
          if (vep.section("Risks").isEmpty()) {
            sink.report(vep.title().map(t -> t.position())
                .orElse(io.github.veplint.model.SourcePosition.START), "add a '## Risks' section");
          }
        }
      }
      """;

  @Test
  void aRuleInAJarOnTheClassPathIsDiscoveredAndRuns(@TempDir Path work) throws Exception {
    Path jar = PluginJar.build(work, RULE_SOURCE, Map.of());
    TestRepository.at(work.resolve("repo"))
        .file("veps/sig-a/1-one/vep.md", "# VEP #1: One\n\n## Overview\n\nText.\n")
        .file("veps/sig-a/2-two/vep.md", "# VEP #2: Two\n\n## Risks\n\nNone.\n");

    try (URLClassLoader plugins = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      VepLinter linter = VepLinter.builder().classLoader(plugins).build();
      LintResult result = linter.lint(List.of(work.resolve("repo")));

      assertThat(linter.rules()).extracting(Rule::id).contains("require-risks", "unused-suppression");
      assertThat(linter.rule("require-risks")).get()
          .satisfies(r -> assertThat(r.getClass().getClassLoader()).as("loaded from the jar").isSameAs(plugins));
      // That the jar's rule ran, once, on the VEP without Risks; its position and severity are the
      // kit test's (org.example.sigrules.PluginRuleTest in vep-lint-testkit).
      assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("require-risks"))
          .extracting(Finding::file).containsExactly("veps/sig-a/1-one/vep.md");
    }
  }
}
