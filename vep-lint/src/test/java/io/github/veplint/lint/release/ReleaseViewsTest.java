package io.github.veplint.lint.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.release.ReleaseView.FreezeCompliance;
import io.github.veplint.model.Corpus;
import io.github.veplint.model.ReleaseVersion;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseViewsTest {

  private static final ReleaseVersion V1_9 = new ReleaseVersion(1, 9, -1);

  private static ReleaseView.Item item(ReleaseView view, int number) {
    return view.veps().stream().filter(i -> i.number().equals(Optional.of(number))).findFirst().orElseThrow();
  }

  @Test
  void listsTheCorpusVepsTargetingV19WithTheirStage() throws Exception {
    Path corpus = Corpus.root();
    VepLinter linter = VepLinter.builder().today(LocalDate.of(2026, 8, 18))
        .schedule(corpus.resolve("kubevirt-sig-release").toString()).build();

    ReleaseView view = ReleaseViews.build(linter, corpus.resolve("kubevirt-enhancements"), V1_9);

    assertThat(view.freezeDate()).contains(LocalDate.of(2026, 4, 30));
    assertThat(view.veps()).hasSize(36);
    assertThat(item(view, 109).stages()).containsExactly("alpha");
    assertThat(item(view, 109).owningSig()).contains("sig-compute");
    assertThat(item(view, 80).stages()).containsExactly("beta");
    assertThat(item(view, 140).stages()).containsExactly("ga");
    assertThat(item(view, 140).owningSig()).contains("sig-network");
    assertThat(item(view, 277).stages()).containsExactly("ga");
    assertThat(item(view, 31).owningSig()).contains("sig-storage");
    // VEP 307's alpha is TBD: it does not target v1.9.
    assertThat(view.veps()).noneSatisfy(i -> assertThat(i.number()).contains(307));
    // Every corpus VEP but 307 uses the older layout: no status, so compliance is for a human.
    assertThat(item(view, 109).freeze()).isEqualTo(FreezeCompliance.UNKNOWN);
    assertThat(item(view, 109).olderLayout()).isTrue();

    StringWriter markdown = new StringWriter();
    MarkdownReleaseView.write(view, markdown);
    assertThat(markdown.toString())
        .startsWith("# KubeVirt v1.9 release check-in\n\nAs of 2026-08-18 · VEP Freeze: 2026-04-30 (passed 110 days ago)"
            + " · code freeze: not in the schedule · no board read · 36 VEPs\n")
        .contains("| [VEP 109][v8] Implement vGPU Enabled Live Migration | sig-compute | alpha | checklist: alpha target"
            + " approved | no board read | — | kubevirt/enhancements#109 | — | 0 errors, 1 warning | no status (older layout) |")
        .contains("\n[v8]: https://github.com/kubevirt/enhancements/blob/main/veps/sig-compute/109-vgpu-live-migration/vep.md\n")
        .contains("| **all SIGs** | 36 | 16 | 11 | 7 | 1 | 1 |");
    // Template status comes from the model: VEP 31 was written for the template of 2025-05.
    assertThat(item(view, 31).templateLabel()).isEqualTo("older (2025-05; rename '## Implementation Phases' →"
        + " '## Implementation History', '## Feature lifecycle Phases' → '## Graduation Requirements')");
    assertThat(item(view, 109).template()).hasValueSatisfying(t -> assertThat(t.current()).isTrue());

    StringWriter json = new StringWriter();
    JsonReleaseView.write(view, json);
    JsonNode tree = new ObjectMapper().readTree(json.toString());
    assertThat(tree.get("release").asText()).isEqualTo("v1.9");
    assertThat(tree.get("freezeDate").asText()).isEqualTo("2026-04-30");
    assertThat(tree.get("veps")).anySatisfy(v -> {
      assertThat(v.get("number").asInt()).isEqualTo(80);
      assertThat(v.get("stages").get(0).asText()).isEqualTo("beta");
      assertThat(v.get("freeze").asText()).isEqualTo("unknown");
    });
    assertThat(tree.get("veps")).anySatisfy(v -> {
      assertThat(v.get("number").asInt()).isEqualTo(31);
      assertThat(v.get("template").get("current").asBoolean()).isFalse();
      assertThat(v.get("template").get("generation").asText()).isEqualTo("2025-05");
      assertThat(v.get("template").get("steps").get(0).asText()).isEqualTo("rename '## Implementation Phases' →"
          + " '## Implementation History', '## Feature lifecycle Phases' → '## Graduation Requirements'");
    });

    String html = HtmlReleaseViewTest.render(view);
    // One release-table row per VEP, and the page keeps the report's Content Security Policy.
    assertThat(html.split("<section id=\"release\">")[1].split("</tbody>")[0].split("<tr", -1)).hasSize(1 + 1 + 36);
    assertThat(html).contains("<title>vep-lint release check-in: KubeVirt v1.9</title>")
        .contains("Content-Security-Policy\" content=\"default-src 'none';");
  }

  @Test
  void judgesFreezeComplianceOfFrontMatterVeps(@TempDir Path dir) {
    String v19 = TestRepository.CLEAN_VEP;
    TestRepository repo = TestRepository.at(dir)
        .file("releases/v1.9/schedule.yaml", "- when: 2026/04/30\n  who: KubeVirt\n  what: VEP Freeze\n")
        .file(".vep-lint.yaml", "schedule: releases\nfreeze-exceptions:\n  v1.9: [3]\n")
        .file("veps/sig-a/1-one/vep.md", v19.replace("status: provisional", "status: implementable")
            .replace("  - TBD", "  - \"@someone\""))
        .file("veps/sig-a/2-two/vep.md", number(v19, 2))
        .file("veps/sig-a/3-three/vep.md", number(v19, 3).replace("status: provisional", "status: implementable"))
        .file("veps/sig-a/4-four/vep.md", number(v19, 4).replace("\"v1.9\"", "\"v1.10\""));

    ReleaseView view = ReleaseViews.build(VepLinter.builder().today(LocalDate.of(2026, 5, 4)).build(), repo.root(), V1_9);

    assertThat(view.veps()).extracting(i -> i.number().orElseThrow()).containsExactly(1, 2, 3);
    // Without a base, an implementable VEP of a frozen, unshipped release is reported by vep-freeze.
    assertThat(item(view, 1).freeze()).isEqualTo(FreezeCompliance.VIOLATION);
    assertThat(item(view, 1).findings()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("vep-freeze"));
    assertThat(item(view, 1).reviewersNamed()).isTrue();
    assertThat(item(view, 2).freeze()).isEqualTo(FreezeCompliance.NOT_TRACKED);
    assertThat(item(view, 2).reviewers()).containsExactly("TBD");
    assertThat(item(view, 2).reviewersNamed()).isFalse();
    assertThat(item(view, 3).freeze()).isEqualTo(FreezeCompliance.EXCEPTION);

    ReleaseView before = ReleaseViews.build(VepLinter.builder().today(LocalDate.of(2026, 4, 29)).build(), repo.root(), V1_9);
    assertThat(before.veps()).extracting(ReleaseView.Item::freeze).containsOnly(FreezeCompliance.BEFORE_FREEZE);
  }

  private static String number(String vep, int n) {
    return vep.replace("vep-number: 1", "vep-number: " + n).replace("# VEP #1:", "# VEP #" + n + ":");
  }

  @Test
  void anEmptyReleaseSaysSo(@TempDir Path dir) throws Exception {
    TestRepository repo = TestRepository.at(dir).file("veps/sig-a/1-one/vep.md", TestRepository.CLEAN_VEP);
    ReleaseView view = ReleaseViews.build(VepLinter.builder().today(LocalDate.of(2026, 5, 4)).build(), repo.root(),
        new ReleaseVersion(1, 12, -1));

    StringWriter markdown = new StringWriter();
    MarkdownReleaseView.write(view, markdown);
    assertThat(markdown.toString()).isEqualTo("# KubeVirt v1.12 release check-in\n\nAs of 2026-05-04 · VEP Freeze: no"
        + " freeze known · code freeze: not in the schedule · no board read · 0 VEPs\n\nNo VEP targets v1.12.\n");
    assertThat(List.of(view.veps())).containsExactly(List.of());
  }
}
