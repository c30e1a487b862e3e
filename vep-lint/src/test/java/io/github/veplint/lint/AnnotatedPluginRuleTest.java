package io.github.veplint.lint;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.report.ReportContext;
import io.github.veplint.lint.report.ReportFormats;
import io.github.veplint.lint.spi.Rule;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plug-in rule written the way the built-in ones are: metadata in {@code @RuleInfo}, its
 * explanation in {@code <id>.md} beside the class in its own jar. {@link PluginRuleTest} covers a
 * rule that overrides the methods instead.
 */
class AnnotatedPluginRuleTest {

  private static final String RULE_SOURCE = """
      package org.example.veprules;

      import io.github.veplint.lint.finding.Severity;
      import io.github.veplint.lint.spi.MainFileRule;
      import io.github.veplint.lint.spi.FindingSink;
      import io.github.veplint.lint.spi.VepFile;
      import io.github.veplint.lint.spi.RuleInfo;
      import io.github.veplint.model.Vep;

      @RuleInfo(id = "require-risks", severity = Severity.WARNING,
          summary = "Our SIG wants a Risks section", tags = "template")
      public final class RequireRisksSection extends MainFileRule {
        protected void checkMainFile(VepFile file, FindingSink sink) {
          Vep vep = file.vep();
          if (vep.section("Risks").isEmpty()) {
            sink.report(io.github.veplint.model.SourcePosition.START, "add a '## Risks' section");
          }
        }
      }
      """;
  private static final String EXPLANATION = """
      Our SIG reviews risks first.

      Bad: no `## Risks`.

      Good:
      ```markdown
      ## Risks

      None: the change is behind a gate.
      ```
      """;

  @Test
  void itsMetadataAndExplanationComeFromItsOwnJar(@TempDir Path work) throws Exception {
    Path jar = PluginJar.build(work, RULE_SOURCE, Map.of("org/example/veprules/require-risks.md", EXPLANATION));
    TestRepository.at(work.resolve("repo")).file("veps/sig-a/1-one/vep.md", "# VEP #1: One\n\n## Overview\n\nText.\n");

    try (URLClassLoader plugins = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      VepLinter linter = VepLinter.builder().classLoader(plugins).build();
      Rule rule = linter.rule("require-risks").orElseThrow();
      LintResult result = linter.lint(List.of(work.resolve("repo")));

      assertThat(rule.defaultSeverity()).isEqualTo(Severity.WARNING);
      assertThat(rule.summary()).isEqualTo("Our SIG wants a Risks section");
      assertThat(rule.tags()).containsExactly("template");
      assertThat(rule.canFix()).isFalse();
      assertThat(rule.description()).isEqualTo(EXPLANATION);
      assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("require-risks"))
          .singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);

      StringWriter sarif = new StringWriter();
      ReportFormats.forName("sarif").orElseThrow().write(result, new ReportContext(linter.rules(), false, "1.0.0"), sarif);
      assertThat(sarif.toString()).contains("Our SIG reviews risks first.")
          .doesNotContain("rules/require-risks.md");
    }
  }
}
