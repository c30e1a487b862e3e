package io.github.veplint.lint;

import io.github.veplint.lint.template.TemplateStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.veplint.lint.config.RuleSetting;
import io.github.veplint.lint.report.HtmlReport;
import io.github.veplint.lint.report.ReportContext;
import java.io.StringWriter;
import io.github.veplint.model.Corpus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every linted VEP's template status on the kubevirt/enhancements corpus, computed from the model
 * with {@code template-outdated} switched off: it must say what the reviewed golden report's {@code
 * template-outdated} findings say, VEP by VEP.
 */
class TemplateStatusCorpusTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/kubevirt-enhancements.json");
  private static LintResult result;

  @BeforeAll
  static void lintWithTheRuleOff() {
    result = VepLinter.builder()
        .today(LocalDate.of(2026, 8, 18))
        .ruleSettings(Map.of("template-outdated", RuleSetting.OFF))
        .build()
        .lint(List.of(Corpus.enhancements()));
  }

  @Test
  void theRuleIsOffYetEveryVepHasAStatus() {
    assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("template-outdated"));
    // One status per VEP main file (vep.md, or the single-file VEPs), none for attachments.
    assertThat(result.templateStatuses()).hasSize(64);
    assertThat(result.templateStatuses().keySet()).allMatch(result.files()::contains);
    assertThat(result.templateStatus("veps/sig-compute/256-oci-export-proposal/vep.md")).isPresent();
  }

  @Test
  void vep307FollowsTodaysTemplate() {
    TemplateStatus status = result.templateStatus("veps/sig-network/307-vhostuser-binding-plugin/vep.md").orElseThrow();
    assertThat(status.current()).isTrue();
    assertThat(status.label()).isEqualTo("current");
  }

  @Test
  void vep62WasWrittenForTheFirstTemplate() {
    TemplateStatus status = result.templateStatus("veps/sig-compute/62-priority-queue/vep.md").orElseThrow();
    assertThat(status.generation()).isEqualTo("2025-01");
    assertThat(status.add()).containsExactly("'## Definition of Users'", "'## Implementation History'");
    assertThat(status.rename()).containsExactly("'## Feature lifecycle Phases' → '## Graduation Requirements'");
    assertThat(status.move()).isEmpty();
    assertThat(status.label()).isEqualTo("older (2025-01; add '## Definition of Users', '## Implementation History';"
        + " rename '## Feature lifecycle Phases' → '## Graduation Requirements')");
  }

  @Test
  void vep29LacksTheStatusMetadataAndTheNewNames() {
    TemplateStatus status = result.templateStatus("veps/sig-network/29-ns-admin-nichotplug/vep.md").orElseThrow();
    assertThat(status.generation()).isEqualTo("2025-05");
    assertThat(status.add()).containsExactly("'## VEP Status Metadata' with '### Target releases'");
    assertThat(status.rename()).containsExactly(
        "'## Implementation Phases' → '## Implementation History'",
        "'## Feature lifecycle Phases' → '## Graduation Requirements'");
    assertThat(status.move()).containsExactly(
        "'## Release Signoff Checklist' under '## VEP Status Metadata' as '### Release Signoff Checklist'");
  }

  @Test
  void theHtmlReportShowsTheStatusAsItsTemplateColumn() throws Exception {
    VepLinter linter = VepLinter.builder().build();
    StringWriter html = new StringWriter();
    new HtmlReport().write(result, new ReportContext(linter.rules(), false, "test"), html);
    assertThat(html.toString())
        .contains("<th>file</th><th>SIG</th><th>template</th><th class=\"num\">errors</th>")
        .contains("veps/sig-compute/62-priority-queue/vep.md</a></td><td>sig-compute</td><td>older (2025-01; add"
            + " &#39;## Definition of Users&#39;, &#39;## Implementation History&#39;; rename &#39;## Feature"
            + " lifecycle Phases&#39; → &#39;## Graduation Requirements&#39;)</td>")
        .containsPattern("veps/sig-network/307-vhostuser-binding-plugin/vep.md(</a>)?</td><td>sig-network</td>"
            + "<td>current</td>");
  }

  @Test
  void olderStatusesAreExactlyTheGoldenTemplateOutdatedFindings() throws Exception {
    JsonNode golden = new ObjectMapper().readTree(GOLDEN.toFile());
    Map<String, String> expected = new TreeMap<>();
    for (JsonNode finding : golden.get("findings")) {
      if (finding.get("rule").asText().equals("template-outdated")) {
        String message = finding.get("message").asText();
        expected.put(finding.get("file").asText(), message.substring(message.indexOf("to meet today's template: ")
            + "to meet today's template: ".length()));
      }
    }
    Map<String, String> older = new TreeMap<>();
    result.templateStatuses().forEach((file, status) -> {
      if (!status.current()) {
        older.put(file, String.join("; ", status.steps()));
      }
    });
    assertThat(expected).hasSize(21);
    assertThat(older).isEqualTo(expected);
  }
}
