package io.github.veplint.lint;

import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Notice;
import io.github.veplint.lint.finding.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.veplint.model.SourcePosition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Template generations through the embedding API: from a JGit-built history, from template files
 * listed in {@code .vep-lint.yaml}, and the {@code template:} switches read from the file.
 */
class TemplateGenerationsLintTest {

  private static final String TEMPLATE = "veps/NNNN-vep-template/vep.md";
  private static final String VEP = "veps/sig-a/1-one/vep.md";
  private static final Set<String> RULES =
      Set.of("missing-section", "section-level", "section-order", "template-outdated");

  /**
   * A repository's own template, first version: not the kubevirt one, so no built-in record fits.
   */
  private static final String OLD_TEMPLATE =
      "# VEP #NNNN: Title\n\n## Overview\n\n## Implementation Phases\n";

  private static final String NEW_TEMPLATE =
      "# VEP #NNNN: Title\n\n## Overview\n\n## Implementation History\n\n## Risks\n";

  /** Written for the old template; merged after the new one. */
  private static final String OLD_VEP =
      "# VEP #1: One\n\n## Overview\n\nText.\n\n## Implementation Phases\n\nText.\n";

  @TempDir Path root;

  private List<Finding> lint() {
    return VepLinter.builder()
        .today(LocalDate.of(2026, 8, 18))
        .build()
        .lint(List.of(root))
        .findings()
        .stream()
        .filter(f -> RULES.contains(f.ruleId()))
        .toList();
  }

  private static void commit(Git git, String message, LocalDate day) throws Exception {
    PersonIdent who =
        new PersonIdent(
            "Author", "author@example.com", Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
    git.add().addFilepattern(".").call();
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  @Test
  void readsTheGenerationsFromTheRepositorysGitHistory() throws Exception {
    TestRepository repository = TestRepository.at(root).file(TEMPLATE, OLD_TEMPLATE);
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      commit(git, "template", LocalDate.of(2025, 5, 16));
      repository.file(TEMPLATE, NEW_TEMPLATE);
      commit(git, "new template", LocalDate.of(2025, 9, 25));
      repository.file(VEP, OLD_VEP);
      commit(git, "VEP 1", LocalDate.of(2025, 10, 1));
    }

    assertThat(lint())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("template-outdated");
              assertThat(f.file()).isEqualTo(VEP);
              assertThat(f.position()).isEqualTo(new SourcePosition(1, 1));
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message())
                  .isEqualTo(
                      "written for the template of 2025-05 (in use until 2025-09); to meet"
                          + " today's template: add '## Risks'; rename '## Implementation Phases'"
                          + " → '## Implementation History'");
            });
  }

  /**
   * Without history a template vep-lint does not know is the only version, and when it gained each
   * section is unknown: a missing section is a warning, not an error, and one info notice per run
   * (on the configuration file, where the fix goes) says how to get exact verdicts.
   */
  @Test
  void withoutHistoryAnUnknownTemplatesSectionsCannotBeDatedSoTheyAreWarnings() {
    TestRepository.at(root).file(TEMPLATE, NEW_TEMPLATE).file(VEP, OLD_VEP);

    List<Finding> findings = lint();
    List<Notice> notices = VepLinter.builder().today(LocalDate.of(2026, 8, 18)).build().lint(List.of(root)).notices();

    assertThat(findings)
        .extracting(Finding::file, Finding::line, Finding::column, Finding::ruleId, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(VEP, 9, 1, "missing-section", Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(VEP, 9, 1, "missing-section", Severity.WARNING));
    assertThat(notices).extracting(Notice::ruleId).contains("missing-section");
    assertThat(notices.stream().filter(n -> n.ruleId().equals("missing-section")).findFirst().orElseThrow().message())
        .startsWith("missing sections vep-lint cannot date are warnings rather than errors, since it cannot"
            + " tell whether the VEP predates them: the repository has no git history and its"
            + " template is not one vep-lint knows")
        .contains("'fetch-depth: 0'", "'template.generations'", "'template.required-from'");
    assertThat(findings.get(0).message())
        .startsWith(
            "missing '## Implementation History' section required by the VEP template: add it")
        .contains("this VEP has '## Implementation Phases' from an older template")
        .endsWith("whether the VEP predates it cannot be told)");
    assertThat(findings.get(1).message())
        .startsWith(
            "missing '## Risks' section required by the VEP template: add it (write N/A if it does"
                + " not apply) (a warning: when the template gained this section is unknown");
  }

  @Test
  void aShallowCloneIsLintedLikeACopyWithoutHistory(@TempDir Path origin) throws Exception {
    TestRepository repository = TestRepository.at(origin).file(TEMPLATE, OLD_TEMPLATE);
    try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
      commit(git, "template", LocalDate.of(2025, 5, 16));
      repository.file(TEMPLATE, NEW_TEMPLATE).file(VEP, OLD_VEP);
      commit(git, "new template and VEP 1", LocalDate.of(2025, 9, 25));
    }
    deleteRecursively(root);
    Git.cloneRepository()
        .setURI(origin.toUri().toString())
        .setDirectory(root.toFile())
        .setDepth(1)
        .call()
        .close();

    assertThat(lint())
        .extracting(Finding::ruleId, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("missing-section", Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple("missing-section", Severity.WARNING));
  }

  @Test
  void readsOlderTemplatesListedInTheConfiguration() {
    TestRepository.at(root)
        .file(TEMPLATE, NEW_TEMPLATE)
        .file("docs/templates/2025-05.md", OLD_TEMPLATE)
        .file(VEP, OLD_VEP)
        .file(
            ".vep-lint.yaml",
            """
            template:
              file: veps/NNNN-vep-template/vep.md
              generations:
                - file: docs/templates/2025-05.md
                  date: 2025-05-16
            """);

    assertThat(lint())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("template-outdated");
              assertThat(f.message())
                  .startsWith("written for the template of 2025-05; to meet today's template: add");
            });
  }

  /** A VEP of the 2025-09 kubevirt layout (no 'VEP Status Metadata') targeting {@code release}. */
  private static String september2025Vep(String release) {
    StringBuilder markdown =
        new StringBuilder("# VEP #1: One\n\n## Release Signoff Checklist\n\n- [ ] item\n\n")
            .append("### Target releases\n\n- This VEP targets alpha for version: ")
            .append(release)
            .append("\n\n");
    for (String heading :
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
            "Scalability",
            "Update/Rollback Compatibility",
            "Functional Testing Approach",
            "Implementation History",
            "Graduation Requirements")) {
      markdown.append("## ").append(heading).append("\n\nText.\n\n");
    }
    return markdown.toString();
  }

  @Test
  void enforceCurrentFromMakesAVepTargetingThatReleaseMeetTodaysTemplate() {
    TestRepository repository =
        TestRepository.at(root)
            .file(".vep-lint.yaml", "template:\n  enforce-current-from: v1.11\n")
            .file(VEP, september2025Vep("v1.11"))
            .file("veps/sig-a/2-two/vep.md", september2025Vep("v1.10").replace("#1", "#2"));

    List<Finding> findings = lint();

    assertThat(findings)
        .extracting(Finding::file, Finding::ruleId, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(VEP, "missing-section", Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple(
                "veps/sig-a/2-two/vep.md", "template-outdated", Severity.INFO));
    assertThat(findings.get(0).line()).isEqualTo(11);
    assertThat(findings.get(0).message())
        .startsWith(
            "missing '## VEP Status Metadata' section required by the VEP template of today"
                + " (it targets v1.11");
    assertThat(repository.root()).isEqualTo(root);
  }

  @Test
  void changedMustBeCurrentAloneChangesNothingWithoutABase() {
    TestRepository.at(root)
        .file(".vep-lint.yaml", "template:\n  changed-must-be-current: true\n")
        .file(VEP, september2025Vep("v1.11"));

    assertThat(lint()).extracting(Finding::ruleId).containsExactly("template-outdated");
  }

  @Test
  void badTemplateSettingsAreConfigurationErrorsNamingTheKey() {
    TestRepository.at(root)
        .file(VEP, OLD_VEP)
        .file(".vep-lint.yaml", "template:\n  enforce-current-from: \"1.11\"\n");
    assertThatThrownBy(this::lint)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(
            ".vep-lint.yaml:2:3: 'template.enforce-current-from': does not match the regex"
                + " pattern ^v[0-9]+\\.[0-9]+$");

    TestRepository.at(root).file(".vep-lint.yaml", "template:\n  enforce-curent-from: v1.11\n");
    assertThatThrownBy(this::lint)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(".vep-lint.yaml:2:3: unknown key 'template.enforce-curent-from'");

    TestRepository.at(root)
        .file(".vep-lint.yaml", "template:\n  generations:\n    - file: docs/missing.md\n");
    assertThatThrownBy(this::lint)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("docs/missing.md: template file listed in 'template.generations'");
  }

  private static void deleteRecursively(Path directory) throws Exception {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(directory)) {
          Files.delete(path);
        }
      }
    }
  }
}
