package io.github.veplint.lint;

import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.veplint.lint.config.RuleSetting;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.Rule;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine through the embedding API: selection, ordering, configuration, suppressions, failures. */
class VepLinterTest {

  @TempDir Path root;

  /** Reports every line containing "BAD", at the column where it starts. */
  static final class BadWordRule implements DocumentRule {
    @Override
    public String id() {
      return "bad-word";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public String summary() {
      return "No BAD";
    }

    @Override
    public String description() {
      return "Bad: BAD. Good: good.";
    }

    @Override
    public void check(VepFile file, FindingSink sink) {
      Vep vep = file.vep();
      for (int line = 1; line <= vep.lines().size(); line++) {
        int column = vep.line(line).indexOf("BAD");
        if (column >= 0) {
          sink.report(new SourcePosition(line, column + 1), "remove BAD");
        }
      }
    }
  }

  static final class ExplodingRule implements DocumentRule {
    @Override
    public String id() {
      return "exploding";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public String summary() {
      return "Always fails";
    }

    @Override
    public String description() {
      return "Fails.";
    }

    @Override
    public void check(VepFile file, FindingSink sink) {
      Vep vep = file.vep();
      throw new IllegalStateException("boom");
    }
  }

  private VepLinter linter(Rule... rules) {
    List<Rule> all = new ArrayList<>(List.of(rules));
    all.add(new io.github.veplint.lint.rules.UnusedSuppressionRule());
    return VepLinter.builder().rules(all).build();
  }

  @Test
  void lintsEveryVepMarkdownFileButTheTemplateInDeterministicOrder() {
    TestRepository.at(root)
        .file("veps/NNNN-vep-template/vep.md", "# VEP #NNNN: BAD template\n")
        .file("veps/sig-b/2-two/vep.md", "# VEP #2: Two\n\nBAD\n")
        .file("veps/sig-a/1-one/vep.md", "# VEP #1: One\nBAD BAD\n\n  BAD\n")
        .file("veps/sig-a/1-one/notes.md", "BAD notes\n");

    LintResult result = linter(new BadWordRule()).lint(List.of(root));

    assertThat(result.files()).containsExactly(
        "veps/sig-a/1-one/notes.md", "veps/sig-a/1-one/vep.md", "veps/sig-b/2-two/vep.md");
    assertThat(result.findings())
        .extracting(f -> f.file() + ":" + f.line() + ":" + f.column())
        .containsExactly(
            "veps/sig-a/1-one/notes.md:1:1",
            "veps/sig-a/1-one/vep.md:2:1",
            "veps/sig-a/1-one/vep.md:4:3",
            "veps/sig-b/2-two/vep.md:3:1");
    assertThat(result.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void lintsOnlyTheGivenDirectoryOrFile() {
    TestRepository repo = TestRepository.at(root)
        .file("veps/sig-a/1-one/vep.md", "BAD\n")
        .file("veps/sig-b/2-two/vep.md", "BAD\n");

    LintResult byDirectory = linter(new BadWordRule()).lint(List.of(repo.root().resolve("veps/sig-b")));
    LintResult byFile = linter(new BadWordRule()).lint(List.of(repo.root().resolve("veps/sig-a/1-one/vep.md")));

    assertThat(byDirectory.files()).containsExactly("veps/sig-b/2-two/vep.md");
    assertThat(byFile.findings()).extracting(Finding::file).containsExactly("veps/sig-a/1-one/vep.md");
    assertThat(byFile.repositoryRoot()).isEqualTo(root.toAbsolutePath().normalize().toString());
  }

  @Test
  void configurationSetsSeveritiesTurnsRulesOffAndOverridesByPath() {
    TestRepository.at(root)
        .file(".vep-lint.yaml", """
            rules:
              bad-word: error
            overrides:
              - files: ["veps/meta-VEPs/**"]
                rules:
                  bad-word: "off"
            """)
        .file("veps/sig-a/1-one/vep.md", "BAD\n")
        .file("veps/meta-VEPs/3-process/vep.md", "BAD\n");

    LintResult result = linter(new BadWordRule()).lint(List.of(root));

    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.file()).isEqualTo("veps/sig-a/1-one/vep.md");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void commandLineRuleSettingsWinOverTheFile() {
    TestRepository.at(root)
        .file(".vep-lint.yaml", "rules:\n  bad-word: error\n")
        .file("veps/sig-a/1-one/vep.md", "BAD\n");

    LintResult result = VepLinter.builder()
        .rules(List.of(new BadWordRule()))
        .ruleSettings(Map.of("bad-word", RuleSetting.INFO))
        .build()
        .lint(List.of(root));

    assertThat(result.findings()).extracting(Finding::severity).containsExactly(Severity.INFO);
  }

  @Test
  void inlineSuppressionsSilenceRegionsAndNextLinesAndUnusedOnesAreReported() {
    TestRepository.at(root).file("veps/sig-a/1-one/vep.md", """
        BAD one
        <!-- vep-lint-disable bad-word -->
        BAD two
        BAD three
        <!-- vep-lint-enable -->
        BAD four
        <!-- vep-lint-disable-next-line bad-word -->
        BAD five
        <!-- vep-lint-disable-next-line bad-word -->
        clean six

        <!-- vep-lint-disable no-such-rule -->
        """);

    LintResult result = linter(new BadWordRule()).lint(List.of(root));

    assertThat(result.findings())
        .extracting(f -> f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.severity().label())
        .containsExactly(
            "1:1 bad-word warning",
            "6:1 bad-word warning",
            "9:1 unused-suppression info",
            "12:1 unused-suppression info",
            "12:1 unused-suppression info");
    assertThat(result.findings().get(2).message()).contains("suppresses nothing");
    assertThat(result.findings()).filteredOn(f -> f.line() == 12)
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("'no-such-rule' is not a vep-lint rule"));
  }

  @Test
  void aFailingRuleBecomesAnInternalErrorFindingAndOtherRulesStillRun() {
    TestRepository.at(root).file("veps/sig-a/1-one/vep.md", "BAD\n");

    LintResult result = linter(new ExplodingRule(), new BadWordRule()).lint(List.of(root));

    assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("bad-word", "internal-error");
    assertThat(result.findings().get(1).message()).contains("rule 'exploding' failed").contains("boom");
  }

  @Test
  void badPathsAndBadConfigurationAreOneLineErrorsNamingFileAndLine() {
    TestRepository.at(root).file("veps/sig-a/1-one/vep.md", "BAD\n");

    assertThatThrownBy(() -> linter(new BadWordRule()).lint(List.of(root.resolve("missing"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageEndingWith("missing: no such file or directory");

    TestRepository.at(root).file(".vep-lint.yaml", "rules:\n  bad-word: error\nstauts: 1\n");
    assertThatThrownBy(() -> linter(new BadWordRule()).lint(List.of(root)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(".vep-lint.yaml:3:1: unknown key 'stauts'");

    TestRepository.at(root).file(".vep-lint.yaml", "rules:\n  bad-wrod: error\n");
    assertThatThrownBy(() -> linter(new BadWordRule()).lint(List.of(root)))
        .hasMessageContaining(".vep-lint.yaml:2:3: unknown rule 'bad-wrod'");

    TestRepository.at(root).file(".vep-lint.yaml", "rules:\n  bad-word: loud\n");
    assertThatThrownBy(() -> linter(new BadWordRule()).lint(List.of(root)))
        .hasMessageContaining(".vep-lint.yaml:2:3: 'rules.bad-word'").hasMessageContaining("\"off\"");

    TestRepository.at(root).file(".vep-lint.yaml", "rules: [\n");
    assertThatThrownBy(() -> linter(new BadWordRule()).lint(List.of(root)))
        .hasMessageContaining(".vep-lint.yaml:").hasMessageContaining("not valid YAML");
  }

  @Test
  void aDirectoryWithoutVepRootIsAConfigurationError(@TempDir Path empty) {
    assertThatThrownBy(() -> linter(new BadWordRule()).lint(List.of(empty)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("no VEP root found");
  }
}
