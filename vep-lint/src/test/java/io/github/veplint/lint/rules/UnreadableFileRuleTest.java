package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.read.VepParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnreadableFileRuleTest {

  private final UnreadableFileRule rule = new UnreadableFileRule();

  @Test
  void reportsInvalidUtf8AtTheFirstBadByteAlsoInAttachments() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("# Design notes\n\nLive migration ".getBytes(StandardCharsets.UTF_8));
    bytes.write(0x96); // an en dash in Windows-1252
    bytes.writeBytes(" design\n".getBytes(StandardCharsets.UTF_8));

    List<Finding> findings =
        tester().check(rule, VepParser.parse("veps/sig-compute/42-memory-hotplug/notes.md", bytes.toByteArray()));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(3, 16));
      assertThat(f.message()).contains("invalid UTF-8").contains("re-save the file as UTF-8");
    });
  }

  @Test
  void reportsBinaryContent() {
    byte[] content = "# VEP #42: Memory hotplug\n\u0000\u0001".getBytes(StandardCharsets.UTF_8);

    List<Finding> findings = tester().check(rule, VepParser.parse("veps/sig-compute/42-memory-hotplug/vep.md", content));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(2, 1));
      assertThat(f.message()).contains("NUL bytes").contains("must be a text file");
    });
  }

  @Test
  void acceptsUtf8Text() {
    assertThat(tester().check(rule, "veps/sig-compute/42-memory-hotplug/vep.md", "# VEP #42: Memory hotplug – design\n"))
        .isEmpty();
  }
}
