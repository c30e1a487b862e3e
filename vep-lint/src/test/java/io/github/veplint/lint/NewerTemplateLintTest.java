package io.github.veplint.lint;

import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Notice;
import io.github.veplint.lint.finding.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day upstream changes its template (September 2026: {@code ## Does it belong to core
 * KubeVirt?} after Alternatives): a VEP never has to answer what its template did not ask, a VEP
 * written now must meet today's template, and {@code template.required-from} is what maintainers
 * enforce on existing VEPs.
 */
class NewerTemplateLintTest {

  private static final String TEMPLATE = "veps/NNNN-vep-template/vep.md";
  private static final String VEP = "veps/sig-compute/1-one/vep.md";
  private static final String OTHER = "veps/sig-compute/2-two/vep.md";
  private static final String CORE = "Does it belong to core KubeVirt?";
  private static final Set<String> RULES = Set.of("missing-section", "template-outdated");

  private static final List<String> BODY =
      List.of(
          "Overview",
          "Motivation",
          "Goals",
          "Non Goals",
          "Definition of Users",
          "User Stories",
          "Repos",
          "Design",
          "API Examples",
          "Alternatives",
          CORE,
          "Scalability",
          "Update/Rollback Compatibility",
          "Functional Testing Approach",
          "Implementation History",
          "Graduation Requirements");

  @TempDir Path root;

  /** The proposed newest kubevirt template: front matter instead of the metadata section. */
  static String newestTemplate() {
    StringBuilder markdown = new StringBuilder("# VEP #NNNN: Your short, descriptive title\n\n");
    for (String heading : BODY) {
      markdown.append("## ").append(heading).append("\n\n<!-- prompt -->\n\n");
    }
    return markdown.append("### Alpha\n\n### Beta\n\n### GA\n").toString();
  }

  /**
   * A VEP of the March 2026 layout ("VEP Status Metadata" with its target release), with the body
   * sections {@code body} minus {@code without}.
   */
  static String march2026Vep(int number, String release, List<String> without) {
    StringBuilder markdown =
        new StringBuilder("# VEP #" + number + ": One\n\n## VEP Status Metadata\n\n")
            .append("### Target releases\n\n- This VEP targets alpha for version: ")
            .append(release)
            .append("\n\n### Release Signoff Checklist\n\n- [ ] item\n\n");
    for (String heading : BODY) {
      if (!heading.equals(CORE) && !without.contains(heading)) {
        markdown.append("## ").append(heading).append("\n\nText.\n\n");
      }
    }
    return markdown.toString();
  }

  /** A front matter VEP of the September 2025 body, without Definition of Users. */
  private static String frontMatterVep(int number, String creationDate) {
    StringBuilder markdown =
        new StringBuilder("---\ntitle: One\nvep-number: " + number + "\ncreation-date: \"")
            .append(creationDate)
            .append("\"\nstatus: provisional\n---\n# VEP #" + number + ": One\n\n");
    for (String heading : BODY) {
      if (!heading.equals(CORE) && !heading.equals("Definition of Users")) {
        markdown.append("## ").append(heading).append("\n\nText.\n\n");
      }
    }
    return markdown.toString();
  }

  private static int lineOf(String markdown, String line) {
    List<String> lines = markdown.lines().toList();
    assertThat(lines).contains(line);
    return lines.indexOf(line) + 1;
  }

  private List<Finding> lint(Path repository, String base) {
    VepLinter.Builder builder = VepLinter.builder().today(LocalDate.of(2026, 11, 25));
    if (base != null) {
      builder.base(base);
    }
    return builder.build().lint(List.of(repository)).findings().stream()
        .filter(f -> RULES.contains(f.ruleId()))
        .toList();
  }

  @Test
  void withoutHistoryATemplateNewerThanTheRecordDoesNotAskOlderVepsForWhatItAdds() {
    String vep = march2026Vep(1, "v1.10", List.of());
    TestRepository.at(root).file(TEMPLATE, newestTemplate()).file(VEP, vep);

    assertThat(lint(root, null))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("template-outdated");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.line()).isEqualTo(1);
              assertThat(f.column()).isEqualTo(1);
              assertThat(f.message())
                  .startsWith("written for the template of 2026-03")
                  .contains("add '## " + CORE + "'");
            });
  }

  /**
   * VEPs 10 and 45 (2026 revisions) keep the 2025 names "Implementation Phases" and "Feature
   * lifecycle Phases": renamed sections, so template-outdated (info) lists the renames and the new
   * section, and missing-section has nothing to say.
   */
  @Test
  void renamedSectionsOfAnOlderGenerationAreTemplateOutdatedNotMissing() {
    StringBuilder vep =
        new StringBuilder("# VEP #45: In-place hotplug\n\n## Release Signoff Checklist\n\n- [ ] x\n\n");
    for (String heading : BODY) {
      if (heading.equals(CORE)) {
        continue;
      }
      String written =
          switch (heading) {
            case "Implementation History" -> "Implementation Phases";
            case "Graduation Requirements" -> "Feature lifecycle Phases";
            default -> heading;
          };
      vep.append("## ").append(written).append("\n\nText.\n\n");
    }
    TestRepository.at(root).file(TEMPLATE, newestTemplate()).file(VEP, vep.toString());

    assertThat(lint(root, null))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("template-outdated");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.line()).isEqualTo(1);
              assertThat(f.column()).isEqualTo(1);
              assertThat(f.message())
                  .startsWith("written for the template of 2025-05")
                  .contains(
                      "add '## " + CORE + "'",
                      "'## Implementation Phases' → '## Implementation History'",
                      "'## Feature lifecycle Phases' → '## Graduation Requirements'");
            });
  }

  @Test
  void aVepOfTheNewestLayoutStillMustHaveTheSectionsOlderTemplatesHadAlready() {
    StringBuilder vep = new StringBuilder("# VEP #1: One\n\n## VEP Status Metadata\n\nText.\n\n");
    for (String heading : BODY) {
      if (!heading.equals("Scalability")) {
        vep.append("## ").append(heading).append("\n\nText.\n\n");
      }
    }
    TestRepository.at(root).file(TEMPLATE, newestTemplate()).file(VEP, vep.toString());

    assertThat(lint(root, null))
        .extracting(Finding::ruleId, Finding::severity, Finding::line, Finding::column)
        .containsExactly(
            tuple(
                "missing-section",
                Severity.ERROR,
                lineOf(vep.toString(), "## Update/Rollback Compatibility"),
                1));
  }

  @Test
  void requiredFromAReleaseAsksVepsTargetingItOrLaterOnly() {
    String targeting = march2026Vep(1, "v1.11", List.of());
    TestRepository.at(root)
        .file(TEMPLATE, newestTemplate())
        .file(".vep-lint.yaml", "template:\n  required-from:\n    \"" + CORE + "\": v1.11\n")
        .file(VEP, targeting)
        .file(OTHER, march2026Vep(2, "v1.10", List.of()));

    List<Finding> findings = lint(root, null);

    assertThat(findings)
        .extracting(Finding::file, Finding::ruleId, Finding::severity)
        .containsExactly(
            tuple(VEP, "template-outdated", Severity.INFO),
            tuple(VEP, "missing-section", Severity.ERROR),
            tuple(OTHER, "template-outdated", Severity.INFO));
    Finding missing = findings.get(1);
    assertThat(missing.line()).isEqualTo(lineOf(targeting, "## Scalability"));
    assertThat(missing.column()).isEqualTo(1);
    assertThat(missing.message())
        .isEqualTo(
            "missing '## "
                + CORE
                + "' section of today's VEP template: add it (write N/A if it does not apply)"
                + " (required from v1.11 by 'template.required-from')");
  }

  @Test
  void requiredFromADateAsksVepsCreatedOnOrAfterItAndWarnsWhenTheDateIsUnknown() {
    String template = newestTemplate().replace("## " + CORE + "\n\n<!-- prompt -->\n\n", "");
    String config = "template:\n  required-from:\n    Definition of Users: 2025-06-01\n";
    TestRepository.at(root)
        .file(TEMPLATE, template)
        .file(".vep-lint.yaml", config)
        .file(VEP, frontMatterVep(1, "2025-07-01"))
        .file(OTHER, frontMatterVep(2, "2025-04-01"));

    List<Finding> findings = lint(root, null);

    assertThat(findings)
        .extracting(Finding::file, Finding::line, Finding::column, Finding::severity)
        .containsExactly(
            tuple(VEP, lineOf(frontMatterVep(1, "2025-07-01"), "## User Stories"), 1, Severity.ERROR));
    assertThat(findings.get(0).message())
        .startsWith("missing '## Definition of Users' section required by the VEP template")
        .endsWith("(required from 2025-06-01 by 'template.required-from')");

    TestRepository.at(root).file(VEP, frontMatterVep(1, "YYYY-MM-DD"));
    List<Finding> undated = lint(root, null);
    assertThat(undated)
        .extracting(Finding::file, Finding::ruleId, Finding::severity)
        .containsExactly(tuple(VEP, "missing-section", Severity.WARNING));
    assertThat(VepLinter.builder().today(LocalDate.of(2026, 11, 25)).build().lint(List.of(root)).notices())
        .extracting(Notice::ruleId).contains("missing-section");
    assertThat(undated.get(0).message())
        .endsWith(
            "(a warning: 'template.required-from' says 2025-06-01, but the VEP's creation date is"
                + " unknown; set 'creation-date' in its front matter)");
  }

  @Test
  void aSectionTheVepPredatesIsNeverAnError() {
    // The kubevirt template gained Definition of Users on 2025-05-16 (its comment was fixed).
    String template = newestTemplate().replace("## " + CORE + "\n\n<!-- prompt -->\n\n", "");
    TestRepository.at(root)
        .file(TEMPLATE, template)
        .file(VEP, frontMatterVep(1, "2025-04-01"))
        .file(OTHER, frontMatterVep(2, "2025-10-01"));

    assertThat(lint(root, null))
        .extracting(Finding::file, Finding::line, Finding::column, Finding::severity)
        .containsExactly(
            tuple(OTHER, lineOf(frontMatterVep(2, "2025-10-01"), "## User Stories"), 1, Severity.ERROR));
  }

  @Test
  void badRequiredFromIsAConfigurationErrorNamingTheLine() {
    TestRepository.at(root)
        .file(TEMPLATE, newestTemplate())
        .file(VEP, march2026Vep(1, "v1.10", List.of()))
        .file(".vep-lint.yaml", "template:\n  required-from:\n    Scalability: 2025-13-01\n");
    assertThatThrownBy(() -> lint(root, null))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(
            ".vep-lint.yaml:3:18: 'template.required-from.Scalability': '2025-13-01' is not a date");

    TestRepository.at(root)
        .file(".vep-lint.yaml", "template:\n  required-from:\n    Scalability: \"1.11\"\n");
    assertThatThrownBy(() -> lint(root, null))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(".vep-lint.yaml:3:5: 'template.required-from.Scalability'");
  }

  /**
   * The real repository with its history; upstream then adds the core-KubeVirt section to the
   * template, and a pull request on top adds a VEP written without it. Linted with {@code --base}
   * the head before the pull request: the new VEP must have the section, no older VEP is asked for
   * it.
   */
  @Test
  void aVepAddedByAPullRequestAfterTheTemplateGainedASectionMustHaveIt(@TempDir Path clone)
      throws Exception {
    TestRepository.cloneCorpusBundle(clone);
    Path template = clone.resolve(TEMPLATE);
    String current = Files.readString(template);
    assertThat(current).contains("\n## Scalability\n");
    String added = "";
    String prReadyVep = march2026Vep(999, "v1.12", List.of());
    try (Git git = Git.open(clone.toFile())) {
      Files.writeString(
          template,
          current.replace(
              "\n## Scalability\n",
              "\n## " + CORE + "\n\n<!-- Why this belongs in core KubeVirt -->\n\n## Scalability\n"));
      RevCommit upstream = commit(git, "Add the core KubeVirt section", LocalDate.of(2026, 9, 15));
      TestRepository.at(clone).file("veps/sig-compute/999-new-feature/vep.md", prReadyVep);
      commit(git, "VEP 999: new feature", LocalDate.of(2026, 11, 20));
      added = upstream.getName();
    }

    List<Finding> findings = lint(clone, added);

    List<Finding> missing =
        findings.stream().filter(f -> f.ruleId().equals("missing-section")).toList();
    List<Finding> aboutCore = new ArrayList<>();
    for (Finding f : missing) {
      if (f.message().contains(CORE)) {
        aboutCore.add(f);
      }
    }
    assertThat(aboutCore)
        .extracting(Finding::file, Finding::line, Finding::column, Finding::severity)
        .containsExactly(
            tuple(
                "veps/sig-compute/999-new-feature/vep.md",
                lineOf(prReadyVep, "## Scalability"),
                1,
                Severity.ERROR));
    assertThat(aboutCore.get(0).message())
        .startsWith(
            "missing '## "
                + CORE
                + "' section required by the VEP template of today (it is new since "
                + added.substring(0, 7)
                + ", so it is written from today's template)");
    assertThat(missing.stream().filter(f -> !f.file().contains("999-new-feature")))
        .as("older VEPs are held to their own generation, as before the template change")
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.message()).doesNotContain(CORE));
  }

  private static RevCommit commit(Git git, String message, LocalDate day) throws Exception {
    PersonIdent who =
        new PersonIdent(
            "Author", "author@example.com", Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
    git.add().addFilepattern(".").call();
    return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }
}
