package io.github.veplint.lint.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.GitFixture;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.internal.GitHistory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --base}: renames followed with git's rename detection, findings new or pre-existing. */
class NewVersusPreExistingTest {

  private static final String ONE = "veps/sig-a/1-one/vep.md";
  /** A clean VEP whose alpha milestone is written without its 'v': one target-release error. */
  private static final String UNPREFIXED = TestRepository.CLEAN_VEP.replace("alpha: \"v1.9\"", "alpha: \"1.9\"");

  @TempDir Path dir;

  private static LintResult lint(GitFixture git, String base) {
    return VepLinter.builder().today(LocalDate.of(2026, 1, 20)).base(base).changedOnly(true).newOnly(true).build()
        .lint(List.of(git.root()));
  }

  private static Finding only(LintResult result, String rule) {
    return result.findings().stream().filter(f -> f.ruleId().equals(rule)).reduce((a, b) -> {
      throw new AssertionError("two " + rule + " findings: " + a + ", " + b);
    }).orElseThrow(() -> new AssertionError("no " + rule + " finding in " + result.findings()));
  }

  @Test
  void aFindingWhoseLineMovedIsPreExistingAndFailsNothing() {
    try (GitFixture git = GitFixture.init(dir)) {
      String base = git.file(ONE, UNPREFIXED).commit("VEP 1");
      git.file(ONE, UNPREFIXED.replace("What it does.", "What it does.\n\nAnd more,\n\nin three paragraphs."));

      LintResult result = lint(git, base);

      Finding release = only(result, "target-release");
      assertThat(release.severity()).isEqualTo(Severity.ERROR);
      assertThat(result.baselineState(release)).contains(BaselineState.UNCHANGED);
      assertThat(result.failsAt(Severity.ERROR)).isFalse();
      assertThat(result.comparison().against()).hasValueSatisfying(a -> assertThat(a).startsWith("the base "));
    }
  }

  @Test
  void aFindingWhoseSubjectChangedIsNew() {
    try (GitFixture git = GitFixture.init(dir)) {
      String base = git.file(ONE, UNPREFIXED).commit("VEP 1");
      git.file(ONE, UNPREFIXED.replace("alpha: \"1.9\"", "alpha: \"1.10\""));

      LintResult result = lint(git, base);

      Finding release = only(result, "target-release");
      assertThat(release.message()).contains("'1.10'");
      assertThat(result.baselineState(release)).contains(BaselineState.NEW);
      assertThat(result.failsAt(Severity.ERROR)).isTrue();
      // The base's finding about '1.9' is gone.
      assertThat(result.comparison().fixed()).singleElement()
          .satisfies(e -> assertThat(e.message()).contains("'1.9'"));
    }
  }

  @Test
  void withoutNewOnlyAPreExistingErrorStillFails() {
    try (GitFixture git = GitFixture.init(dir)) {
      String base = git.file(ONE, UNPREFIXED).commit("VEP 1");
      git.file(ONE, UNPREFIXED.replace("Why.", "Why, now."));

      LintResult result = VepLinter.builder().today(LocalDate.of(2026, 1, 20)).base(base).changedOnly(true).build()
          .lint(List.of(git.root()));

      assertThat(result.preExistingFindings()).extracting(Finding::ruleId).containsExactly("target-release");
      assertThat(result.failsAt(Severity.ERROR)).isTrue();
    }
  }

  @Test
  void renamesAreDetectedForFilesDirectoriesSigDirectoriesAndEditedFiles() {
    try (GitFixture git = GitFixture.init(dir)) {
      String base = git.file("veps/sig-a/1-one/one.md", UNPREFIXED)
          .file("veps/sig-a/2-two/vep.md", UNPREFIXED.replace("vep-number: 1", "vep-number: 2"))
          .file("veps/sig-b/3-three/vep.md", UNPREFIXED.replace("vep-number: 1", "vep-number: 3"))
          .file("veps/sig-b/3-three/diagram.png", "not really a picture, but bytes\n")
          .file("veps/sig-a/4-four/vep.md", UNPREFIXED.replace("vep-number: 1", "vep-number: 4"))
          .commit("four VEPs");
      git.delete("veps/sig-a/1-one/one.md").file("veps/sig-a/1-one/vep.md", UNPREFIXED)
          .delete("veps/sig-a/2-two/vep.md").file("veps/sig-a/2-second/vep.md",
              UNPREFIXED.replace("vep-number: 1", "vep-number: 2"))
          .delete("veps/sig-b/3-three/vep.md").delete("veps/sig-b/3-three/diagram.png")
          .file("veps/sig-c/3-three/vep.md", UNPREFIXED.replace("vep-number: 1", "vep-number: 3"))
          .file("veps/sig-c/3-three/diagram.png", "not really a picture, but bytes\n")
          .delete("veps/sig-a/4-four/vep.md")
          .file("veps/sig-a/4-fourth/vep.md", UNPREFIXED.replace("vep-number: 1", "vep-number: 4")
              .replace("Why.", "Why, and a sentence the rename added."));

      GitHistory.Result history = GitHistory.read(git.root(), List.of("veps"), base);

      assertThat(history.renamedFrom()).containsExactlyInAnyOrderEntriesOf(Map.of(
          Path.of("veps/sig-a/1-one/vep.md"), Path.of("veps/sig-a/1-one/one.md"),
          Path.of("veps/sig-a/2-second/vep.md"), Path.of("veps/sig-a/2-two/vep.md"),
          Path.of("veps/sig-c/3-three/vep.md"), Path.of("veps/sig-b/3-three/vep.md"),
          Path.of("veps/sig-c/3-three/diagram.png"), Path.of("veps/sig-b/3-three/diagram.png"),
          Path.of("veps/sig-a/4-fourth/vep.md"), Path.of("veps/sig-a/4-four/vep.md")));
      assertThat(history.added()).isEmpty();
      assertThat(history.revision().renamedFrom()).containsEntry("veps/sig-a/1-one/vep.md", "veps/sig-a/1-one/one.md");
    }
  }

  @Test
  void aRenamedVepKeepsItsIdentityAndItsPreExistingFindings() {
    String legacy = UNPREFIXED.substring(UNPREFIXED.indexOf("# VEP #1"));
    try (GitFixture git = GitFixture.init(dir)) {
      String base = git.file("veps/sig-a/one-proposal.md", legacy).commit("VEP 1 in the older layout");
      git.delete("veps/sig-a/one-proposal.md").file(ONE, legacy.replace("Why.", "Why, and more."));

      LintResult result = lint(git, base);

      // Not taken for a new VEP: no frontmatter-missing error, and nothing the base had fails.
      assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("frontmatter-missing"))
          .allSatisfy(f -> assertThat(f.severity()).isNotEqualTo(Severity.ERROR));
      assertThat(result.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
          .allSatisfy(f -> assertThat(result.baselineState(f)).as("%s", f).contains(BaselineState.UNCHANGED));
      assertThat(result.failsAt(Severity.ERROR)).isFalse();
    }
  }

  @Test
  void aNewVepNeedsFrontMatterOnlyWhenTheTemplateAtTheBaseHasIt() {
    String legacy = UNPREFIXED.substring(UNPREFIXED.indexOf("# VEP #1"));
    String template = "veps/NNNN-vep-template/vep.md";
    try (GitFixture git = GitFixture.init(dir)) {
      String base = git.file(template, legacy.replace("# VEP #1: A clean proposal", "# VEP #NNNN: Your title"))
          .commit("a template without front matter");
      git.file("veps/sig-a/2-two/vep.md", legacy.replace("#1", "#2"));

      Finding missing = only(lint(git, base), "frontmatter-missing");
      assertThat(missing.severity()).isEqualTo(Severity.WARNING);

      String withFrontMatter = git.file(template, UNPREFIXED.replace("# VEP #1: A clean proposal", "# VEP #NNNN: Your title"))
          .delete("veps/sig-a/2-two/vep.md").commit("a template with front matter");
      git.file("veps/sig-a/2-two/vep.md", legacy.replace("#1", "#2"));

      Finding required = only(lint(git, withFrontMatter), "frontmatter-missing");
      assertThat(required.severity()).isEqualTo(Severity.ERROR);
      assertThat(required.message()).startsWith("no front matter in a VEP new since ");
    }
  }
}
