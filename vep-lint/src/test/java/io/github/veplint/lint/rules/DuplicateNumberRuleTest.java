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

class DuplicateNumberRuleTest {

  private final DuplicateNumberRule rule = new DuplicateNumberRule();

  @TempDir Path root;

  private void write(String relative, String content) {
    TestRepository.at(root).file(relative, content);
  }

  @Test
  void acceptsDistinctNumbersAndAttachmentsThatRepeatTheirVepsNumber() throws IOException {
    write("veps/sig-network/21-passt/vep.md", "# VEP #21: passt\n");
    write("veps/sig-network/21-passt/passt-beta.md", "# VEP #21 - Part 2: Passt beta\n");
    write("veps/sig-compute/42-cpu-hotplug/vep.md", "# VEP #42: CPU hotplug\n");

    assertThat(tester().root(root).checkRepository(rule)).isEmpty();
  }

  @Test
  void reportsEachVepThatSharesANumberNamingTheOther() throws IOException {
    write("veps/sig-compute/42-cpu-hotplug/vep.md", "# VEP #42: CPU hotplug\n");
    write(
        "veps/sig-storage/57-volume-resize/vep.md",
        "---\ntitle: Volume resize\nvep-number: 42\n---\n");

    List<Finding> findings = tester().root(root).checkRepository(rule);

    assertThat(findings).hasSize(2);
    assertThat(findings.get(0))
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("veps/sig-compute/42-cpu-hotplug/vep.md");
              assertThat(f.position()).isEqualTo(new SourcePosition(1, 1));
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message())
                  .startsWith(
                      "VEP number 42 is also used by 'veps/sig-storage/57-volume-resize/vep.md'")
                  .contains("tracking issue");
            });
    assertThat(findings.get(1))
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("veps/sig-storage/57-volume-resize/vep.md");
              assertThat(f.position()).isEqualTo(new SourcePosition(3, 13));
              assertThat(f.message())
                  .startsWith(
                      "VEP number 42 is also used by 'veps/sig-compute/42-cpu-hotplug/vep.md'");
            });
  }

  @Test
  void aRunOverOneVepStillSeesTheOtherDirectoriesNumbers() throws IOException {
    write("veps/sig-compute/42-cpu-hotplug/vep.md", "# VEP #42: CPU hotplug\n");
    write("veps/sig-storage/42-volume-resize/vep.md", "# VEP #42: Volume resize\n");
    RuleTester tester = tester().root(root);
    var linted =
        RuleTester.parse("veps/sig-compute/42-cpu-hotplug/vep.md", "# VEP #42: CPU hotplug\n");

    List<Finding> findings = tester.check(rule, List.of(linted), tester.context());

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("veps/sig-compute/42-cpu-hotplug/vep.md");
              assertThat(f.position()).isEqualTo(new SourcePosition(1, 1));
              assertThat(f.message()).contains("'veps/sig-storage/42-volume-resize/vep.md'");
            });
  }
}
