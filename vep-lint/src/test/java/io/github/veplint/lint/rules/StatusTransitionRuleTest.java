package io.github.veplint.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.GitFixture;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.VepStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of states, each in a JGit-built repository: committed at the base, changed in the working tree. */
class StatusTransitionRuleTest {

  private static final String FILE = "veps/sig-a/1-one/vep.md";
  /** {@code status: } is 8 characters, on line 5 of the clean VEP. */
  private static final SourcePosition STATUS = new SourcePosition(5, 9);

  /**
   * kubevirt/enhancements' validator's table of VEP 282's states, written out by hand (not derived
   * from the rule): deferred, rejected, withdrawn and replaced are final.
   */
  private static final Set<String> ALLOWED = Set.of(
      "provisional>implementable", "provisional>deferred", "provisional>withdrawn", "provisional>rejected",
      "provisional>replaced",
      "implementable>implemented", "implementable>deferred", "implementable>withdrawn", "implementable>rejected",
      "implementable>replaced",
      "implemented>replaced");

  @TempDir Path dir;

  static Stream<Arguments> transitions() {
    List<Arguments> all = new ArrayList<>();
    for (VepStatus from : VepStatus.values()) {
      for (VepStatus to : VepStatus.values()) {
        all.add(Arguments.of(from.yamlName(), to.yamlName()));
      }
    }
    return all.stream();
  }

  private static String vep(String status) {
    return TestRepository.CLEAN_VEP.replace("status: provisional", "status: " + status);
  }

  private static List<Finding> lint(Path root, String base) {
    VepLinter linter = VepLinter.builder().rules(List.of(new StatusTransitionRule())).base(base).build();
    return linter.lint(List.of(root)).findings();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("transitions")
  void followsTheCommunityTable(String from, String to) {
    try (GitFixture git = GitFixture.init(dir)) {
      git.file(FILE, vep(from));
      String base = git.commit("VEP 1 " + from);
      git.file(FILE, vep(to));

      List<Finding> findings = lint(git.root(), base);

      if (from.equals(to) || ALLOWED.contains(from + ">" + to)) {
        assertThat(findings).as(from + " -> " + to).isEmpty();
      } else {
        assertThat(findings).as(from + " -> " + to).singleElement().satisfies(f -> {
          assertThat(f.file()).isEqualTo(FILE);
          assertThat(f.position()).isEqualTo(STATUS);
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.message()).startsWith("status changes from '" + from + "' at " + base.substring(0, 7)
              + " to '" + to + "'");
        });
      }
    }
  }

  @Test
  void explainsASkippedStateAndARevival() {
    try (GitFixture git = GitFixture.init(dir)) {
      git.file(FILE, vep("provisional")).file("veps/sig-a/2-two/vep.md",
          vep("rejected").replace("vep-number: 1", "vep-number: 2").replace("VEP #1:", "VEP #2:"));
      git.commit("two VEPs");
      git.file(FILE, vep("implemented")).file("veps/sig-a/2-two/vep.md",
          vep("provisional").replace("vep-number: 1", "vep-number: 2").replace("VEP #1:", "VEP #2:"));

      List<Finding> findings = lint(git.root(), "HEAD");

      assertThat(findings).extracting(Finding::message).containsExactly(
          "status changes from 'provisional' at HEAD (" + head(git) + ") to 'implemented', which skips VEP 282's"
              + " states: from 'provisional' a VEP moves to implementable, deferred, rejected, withdrawn, replaced (go through"
              + " 'implementable' first: the owning SIG's approvers accept the design before the VEP Freeze)",
          "status changes from 'rejected' at HEAD (" + head(git) + ") to 'provisional', but 'rejected' is final in"
              + " VEP 282 and a closed VEP is not revived: keep 'rejected' and open a new VEP (it can say"
              + " 'replaces: <this number>')");
    }
  }

  @Test
  void aDeferredVepIsRevivedOnlyWhereTheConfigurationAllowsIt() {
    try (GitFixture git = GitFixture.init(dir)) {
      git.file(FILE, vep("deferred"));
      String base = git.commit("deferred");
      git.file(FILE, vep("implementable"));

      assertThat(lint(git.root(), base)).singleElement().satisfies(f -> {
        assertThat(f.position()).isEqualTo(STATUS);
        assertThat(f.message()).endsWith("(a repository that revives deferred VEPs allows it in .vep-lint.yaml:"
            + " 'status-transitions: {deferred: [provisional, implementable]}')");
      });

      git.file(".vep-lint.yaml", "status-transitions:\n  deferred: [provisional, implementable]\n");
      assertThat(lint(git.root(), base)).isEmpty();

      git.file(FILE, vep("rejected"));
      assertThat(lint(git.root(), base)).as("a row given replaces the whole row").singleElement()
          .satisfies(f -> assertThat(f.message()).contains("which skips VEP 282's states: from 'deferred' a VEP"
              + " moves to provisional, implementable"));
    }
  }

  @Test
  void theInitialStatesAreConfigurableToo() {
    try (GitFixture git = GitFixture.init(dir)) {
      git.file("README.md", "enhancements\n");
      String base = git.commit("empty");
      git.file(FILE, vep("implemented")).file(".vep-lint.yaml", "status-transitions:\n  new: [provisional]\n");
      git.file("veps/sig-a/2-two/vep.md",
          vep("implementable").replace("vep-number: 1", "vep-number: 2").replace("VEP #1:", "VEP #2:"));

      assertThat(lint(git.root(), base)).extracting(Finding::file, Finding::position, Finding::message)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(FILE, STATUS, "this VEP is new since " + base.substring(0, 7)
                  + " but starts as 'implemented': a new VEP starts as provisional (implementable only with named"
                  + " reviewers and approvers before the VEP Freeze), per VEP 282's states"),
              org.assertj.core.groups.Tuple.tuple("veps/sig-a/2-two/vep.md", STATUS, "this VEP is new since "
                  + base.substring(0, 7) + " but starts as 'implementable': a new VEP starts as provisional"
                  + " (implementable only with named reviewers and approvers before the VEP Freeze), per VEP 282's"
                  + " states"));
    }
  }

  @Test
  void anUnknownStateInTheTableIsAConfigurationErrorWithItsLine() {
    try (GitFixture git = GitFixture.init(dir)) {
      git.file(FILE, vep("deferred"));
      String base = git.commit("deferred");
      git.file(".vep-lint.yaml", "status-transitions:\n  deferred: [revived]\n");

      assertThatThrownBy(() -> lint(git.root(), base)).isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith(git.root().resolve(".vep-lint.yaml") + ":2:");
    }
  }

  @Test
  void aNewVepStartsProvisionalOrImplementable() {
    try (GitFixture git = GitFixture.init(dir)) {
      git.file("README.md", "enhancements\n");
      String base = git.commit("empty");
      git.file(FILE, vep("deferred")).file("veps/sig-a/2-two/vep.md",
          vep("implementable").replace("vep-number: 1", "vep-number: 2").replace("VEP #1:", "VEP #2:"));

      assertThat(lint(git.root(), base)).singleElement().satisfies(f -> {
        assertThat(f.file()).isEqualTo(FILE);
        assertThat(f.position()).isEqualTo(STATUS);
        assertThat(f.message()).startsWith("this VEP is new since " + base.substring(0, 7)
            + " but starts as 'deferred': a new VEP starts as provisional");
      });
    }
  }

  @Test
  void anOlderLayoutAtTheBaseIsReportedAsInfo() {
    try (GitFixture git = GitFixture.init(dir)) {
      git.file(FILE, "# VEP #1: A clean proposal\n\n## Overview\n\nWhat it does.\n");
      String base = git.commit("older layout");
      git.file(FILE, vep("implemented"));

      assertThat(lint(git.root(), base)).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.position()).isEqualTo(STATUS);
        assertThat(f.message()).startsWith("status transition not checked: at " + base.substring(0, 7)
            + " this VEP used the older layout without front matter");
      });
    }
  }

  @Test
  void aRenamedDirectoryIsMatchedByNumber() {
    try (GitFixture git = GitFixture.init(dir)) {
      git.file("veps/sig-a/1-old-name/vep.md", vep("withdrawn"));
      String base = git.commit("old name");
      git.delete("veps/sig-a/1-old-name/vep.md").file(FILE, vep("provisional"));

      assertThat(lint(git.root(), base)).singleElement().satisfies(f ->
          assertThat(f.message()).startsWith("status changes from 'withdrawn'"));
    }
  }

  @Test
  void changedOnlyLintsOnlyFilesChangedSinceTheBase() {
    try (GitFixture git = GitFixture.init(dir)) {
      git.file(FILE, vep("provisional")).file("veps/sig-a/2-two/vep.md", vep("rejected"));
      String base = git.commit("two VEPs");
      git.file("veps/sig-a/3-three/vep.md", vep("provisional"));
      git.commit("a third");
      git.file(FILE, vep("implementable"));

      LintResult result = VepLinter.builder().rules(List.of(new StatusTransitionRule())).base(base)
          .changedOnly(true).build().lint(List.of(git.root()));

      assertThat(result.files()).containsExactly(FILE, "veps/sig-a/3-three/vep.md");
    }
  }

  @Test
  void changedOnlyNeedsABase() {
    assertThatThrownBy(() -> VepLinter.builder().changedOnly(true).build().lint(List.of(dir)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("changed-only needs a base revision (base) to compare with");
  }

  @Test
  void anUnknownRevisionIsAOneLineError() {
    try (GitFixture git = GitFixture.init(dir)) {
      git.file(FILE, vep("provisional"));
      git.commit("one");

      assertThatThrownBy(() -> lint(git.root(), "no-such-branch"))
          .isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith("base no-such-branch: unknown revision (not a branch, tag or commit of ");
    }
  }

  @Test
  void aDirectoryOutsideGitIsAOneLineError() throws Exception {
    TestRepository.at(dir).file(FILE, vep("provisional"));
    Path root = dir.toRealPath();

    assertThatThrownBy(() -> lint(root, "main"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("base main: " + root + " is not in a git repository; the base is a git revision,"
            + " so run it in a clone of the VEP repository");
  }

  @Test
  void aShallowCloneWithoutTheBaseSaysHowToFetchIt() throws Exception {
    String first;
    Path origin = dir.resolve("origin");
    try (GitFixture git = GitFixture.init(origin)) {
      git.file(FILE, vep("provisional"));
      first = git.commit("one");
      git.file(FILE, vep("implementable"));
      git.commit("two");
    }
    Path clone = dir.resolve("clone");
    org.eclipse.jgit.api.Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile())
        .setDepth(1).call().close();
    assertThat(Files.isRegularFile(clone.resolve(".git/shallow"))).isTrue();

    assertThatThrownBy(() -> lint(clone, first))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("base " + first + ": ")
        .hasMessageContaining("shallow clone")
        .hasMessageContaining("git fetch --unshallow");
  }

  private static String head(GitFixture git) {
    try (org.eclipse.jgit.api.Git g = org.eclipse.jgit.api.Git.open(git.root().toFile())) {
      return g.getRepository().resolve("HEAD").name().substring(0, 7);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
