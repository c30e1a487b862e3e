package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirNameRuleTest {

  private final DirNameRule rule = new DirNameRule();

  @TempDir Path root;

  private void write(String relative, String content) {
    TestRepository.at(root).file(relative, content);
  }

  @Test
  void acceptsNumberedLowercaseDirectoriesInEverySigAndTheTemplate() throws IOException {
    write("veps/NNNN-vep-template/vep.md", "# VEP #NNNN: Your short, descriptive title\n");
    write("veps/sig-release/233-release-branch-eol-policy/vep.md", "# VEP #233: EOL policy\n");
    write(
        "veps/sig-observability/143-monitoring-stack-separation/vep.md",
        "# VEP #143: Monitoring\n");
    write("veps/meta-VEPs/282-vep-proposal-governance/vep.md", "# VEP #282: Governance\n");
    write("veps/sig-network/21-passt/passt-beta.md", "# VEP #21 - Part 2\n");
    write("veps/sig-network/21-passt/vep.md", "# VEP #21: passt\n");

    assertThat(tester().root(root).checkRepository(rule)).isEmpty();
  }

  /**
   * veps/0172-code-freeze-enforcement/ (kubevirt/enhancements, 2026) is a VEP directory straight
   * under veps/: not a SIG, and not a single-file VEP to wrap in another directory.
   */
  @Test
  void aVepDirectoryStraightUnderTheVepRootIsToldToMoveIntoItsSigNotTakenForASig()
      throws IOException {
    write("veps/sig-release/233-release-branch-eol-policy/vep.md", "# VEP #233: EOL policy\n");
    write("veps/0172-code-freeze-enforcement/vep.md", "# VEP #172: Code freeze\n");
    write("veps/17_Bad_Name/vep.md", "# VEP #17: Bad\n");

    List<Finding> findings = tester().root(root).sigs("sig-release").checkRepository(rule);

    assertThat(findings)
        .extracting(Finding::file, Finding::line, Finding::column, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "veps/0172-code-freeze-enforcement/vep.md", 1, 1,
                "VEP directory 'veps/0172-code-freeze-enforcement' lies directly in the VEP root"
                    + " 'veps/', not in a SIG directory: move it to 'veps/<owning"
                    + " SIG>/0172-code-freeze-enforcement/', where <owning SIG> is one of"
                    + " sig-release, meta-VEPs (meta-VEPs for a process VEP)"),
            org.assertj.core.groups.Tuple.tuple(
                "veps/17_Bad_Name/vep.md", 1, 1,
                "VEP directory 'veps/17_Bad_Name' lies directly in the VEP root 'veps/', not in a"
                    + " SIG directory: move it to 'veps/<owning SIG>/17-bad-name/', where <owning"
                    + " SIG> is one of sig-release, meta-VEPs (meta-VEPs for a process VEP)"));
    assertThat(io.github.veplint.model.read.VepRepository.scan(root).sigs())
        .containsExactly("sig-release");
  }

  @Test
  void reportsABadDirectoryNameInItsVepFileWithAFixedName() throws IOException {
    write("veps/sig-compute/42_CPU_Hotplug/vep.md", "# VEP #42: CPU hotplug\n");

    List<Finding> findings = tester().root(root).checkRepository(rule);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("veps/sig-compute/42_CPU_Hotplug/vep.md");
              assertThat(f.position()).isEqualTo(new SourcePosition(1, 1));
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message())
                  .startsWith(
                      "VEP directory 'veps/sig-compute/42_CPU_Hotplug' does not match"
                          + " '<number>-<name>'")
                  .endsWith("rename it to '42-cpu-hotplug'");
            });
  }

  @Test
  void takesTheMissingNumberFromTheTitle() throws IOException {
    write("veps/sig-compute/cpu-hotplug/vep.md", "# VEP #42: CPU hotplug\n");

    assertThat(tester().root(root).checkRepository(rule))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("rename it to '42-cpu-hotplug'"));
  }

  @Test
  void reportsADirectoryWithoutMarkdownByItsPath() throws IOException {
    write("veps/sig-compute/42-cpu-hotplug/vep.md", "# VEP #42: CPU hotplug\n");
    write("veps/sig-compute/Diagrams/flow.png", "not really a picture");

    assertThat(tester().root(root).checkRepository(rule))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("veps/sig-compute/Diagrams");
              assertThat(f.position()).isEqualTo(new SourcePosition(1, 1));
              assertThat(f.message()).endsWith("rename it to '<number>-diagrams'");
            });
  }

  @Test
  void tellsASingleFileVepToMoveIntoItsOwnDirectory() throws IOException {
    write("veps/sig-network/Decouple_NAD.md", "# VEP #106: Decouple net-attach-def\n");

    assertThat(tester().root(root).checkRepository(rule))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("veps/sig-network/Decouple_NAD.md");
              assertThat(f.position()).isEqualTo(new SourcePosition(1, 1));
              assertThat(f.message())
                  .isEqualTo(
                      "VEP files must be inside a '<number>-<name>/' directory, not directly in the"
                          + " SIG directory: move this file to"
                          + " 'veps/sig-network/106-decouple-nad/vep.md'");
            });
  }

  @Test
  void aRunOverOneVepSaysNothingAboutTheOthers() throws IOException {
    write("veps/sig-compute/42-cpu-hotplug/vep.md", "# VEP #42: CPU hotplug\n");
    write("veps/sig-compute/Bad_Name/vep.md", "# VEP #43: Bad\n");
    RuleTester tester = tester().root(root);
    var linted =
        RuleTester.parse("veps/sig-compute/42-cpu-hotplug/vep.md", "# VEP #42: CPU hotplug\n");

    assertThat(tester.check(rule, List.of(linted), tester.context())).isEmpty();
  }

  @Test
  void suggestsNamesThatPassThePattern() {
    assertThat(DirNameRule.suggestName("42--Foo  Bar-", Optional.empty())).isEqualTo("42-foo-bar");
    assertThat(DirNameRule.suggestName("Foo", Optional.of(7))).isEqualTo("7-foo");
    assertThat(DirNameRule.DIRECTORY_NAME.matcher("42-foo-bar").matches()).isTrue();
  }
}
