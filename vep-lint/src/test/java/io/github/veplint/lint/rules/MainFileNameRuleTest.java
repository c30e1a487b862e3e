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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainFileNameRuleTest {

  private final MainFileNameRule rule = new MainFileNameRule();

  @TempDir Path root;

  private void write(String relative, String content) {
    TestRepository.at(root).file(relative, content);
  }

  @Test
  void acceptsAttachmentsNextToAVepMd() throws IOException {
    write("veps/sig-network/21-passt/vep.md", "# VEP #21: passt\n");
    write("veps/sig-network/21-passt/passt-beta.md", "# VEP #21 - Part 2: Passt beta\n");

    assertThat(tester().root(root).checkRepository(rule)).isEmpty();
  }

  @Test
  void namesTheFileWithTheVepTitleAsTheOneToRename() throws IOException {
    write("veps/sig-compute/42-cpu-hotplug/appendix.md", "# Appendix: benchmarks\n");
    write("veps/sig-compute/42-cpu-hotplug/proposal.md", "# VEP #42: CPU hotplug\n");

    List<Finding> findings = tester().root(root).checkRepository(rule);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("veps/sig-compute/42-cpu-hotplug/proposal.md");
              assertThat(f.position()).isEqualTo(new SourcePosition(1, 1));
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message())
                  .isEqualTo(
                      "VEP directory 'veps/sig-compute/42-cpu-hotplug' has no vep.md: the main VEP"
                          + " document must be named 'vep.md', so rename 'proposal.md' to 'vep.md'"
                          + " (other markdown files in the directory are attachments)");
            });
  }

  @Test
  void fallsBackToTheFileWhoseNameSaysItIsTheVep() throws IOException {
    write("veps/sig-compute/42-cpu-hotplug/aaa-notes.md", "Notes.\n");
    write("veps/sig-compute/42-cpu-hotplug/cpu-hotplug.md", "Text.\n");

    assertThat(tester().root(root).checkRepository(rule))
        .singleElement()
        .satisfies(
            f -> assertThat(f.file()).isEqualTo("veps/sig-compute/42-cpu-hotplug/cpu-hotplug.md"));
  }
}
