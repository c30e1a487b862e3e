package io.github.veplint.lint.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.TestRepository;
import io.github.veplint.model.Corpus;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepDirectory;
import io.github.veplint.model.read.VepParser;
import io.github.veplint.model.read.VepRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The template generations of the real kubevirt/enhancements repository: read from a clone of the
 * shared bundle (its git history), and from the plain copy without history (vep-lint's built-in
 * record), which must agree.
 */
class TemplateGenerationsCorpusTest {

  @TempDir static Path clone;
  private static TemplateHistory git;
  private static TemplateHistory plain;

  @BeforeAll
  static void load() throws Exception {
    TestRepository.cloneCorpusBundle(clone);
    git = history(clone);
    plain = history(Corpus.enhancements());
  }

  private static TemplateHistory history(Path root) {
    VepRepository repository = VepRepository.scan(root);
    Path template = repository.template().orElseThrow();
    Vep parsed = VepParser.parse(root, root.resolve("veps"), template);
    return TemplateHistoryLoader.load(
        root,
        Optional.of(repository.relativize(template)),
        Optional.of(parsed),
        TemplateSettings.NONE);
  }

  private static Vep vep(Path root, String path) {
    return VepParser.parse(root, root.resolve("veps"), root.resolve(path));
  }

  @Test
  void readsTheSixTemplateVersionsAndTheirDatesFromGit() {
    assertThat(git.source()).isEqualTo(TemplateHistory.Source.GIT);
    assertThat(git.versions())
        .extracting(v -> v.date().orElseThrow())
        .containsExactly(
            LocalDate.of(2025, 1, 9),
            LocalDate.of(2025, 4, 10),
            LocalDate.of(2025, 5, 16),
            LocalDate.of(2025, 9, 25),
            LocalDate.of(2026, 3, 19),
            LocalDate.of(2026, 6, 29));
    assertThat(git.versions()).extracting(TemplateVersion::source).allMatch(s -> s.length() == 40);
  }

  @Test
  void groupsThemIntoFourGenerationsOfThreeSectionLayouts() {
    // Three section layouts, but the first two versions hid '## Definition of Users' in an unclosed
    // HTML comment (GitHub rendered the template without it) until the typo fix of 2025-05-16.
    assertThat(git.generations())
        .extracting(g -> g.date().orElseThrow().toString(), g -> g.versions().size())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2025-01-09", 2),
            org.assertj.core.groups.Tuple.tuple("2025-05-16", 1),
            org.assertj.core.groups.Tuple.tuple("2025-09-25", 1),
            org.assertj.core.groups.Tuple.tuple("2026-03-19", 2));
    assertThat(sections(git.generations().get(0)))
        .startsWith("Release Signoff Checklist", "Overview")
        .doesNotContain("Definition of Users")
        .endsWith("Implementation Phases", "Feature lifecycle Phases");
    assertThat(sections(git.generations().get(1))).contains("Definition of Users");
    assertThat(sections(git.generations().get(2)))
        .startsWith("Release Signoff Checklist")
        .endsWith("Implementation History", "Graduation Requirements");
    assertThat(git.current().layout().headings())
        .startsWith(
            new TemplateLayout.Heading(2, "VEP Status Metadata"),
            new TemplateLayout.Heading(3, "Target releases"),
            new TemplateLayout.Heading(3, "Release Signoff Checklist"));
  }

  @Test
  void theBuiltInRecordHasTheSameVersionsAndLayoutsAsTheHistory() {
    assertThat(plain.source()).isEqualTo(TemplateHistory.Source.BUILT_IN);
    assertThat(plain.versions()).hasSameSizeAs(git.versions());
    for (int i = 0; i < git.versions().size(); i++) {
      assertThat(plain.versions().get(i).date()).isEqualTo(git.versions().get(i).date());
      assertThat(plain.versions().get(i).layout().sameAs(git.versions().get(i).layout()))
          .as("layout of version %d", i + 1)
          .isTrue();
    }
  }

  /**
   * The generation of named VEPs, by the date of its first version. Why each:
   *
   * <ul>
   *   <li>3 (link state): '## Release Signoff Checklist', Implementation/Feature lifecycle Phases,
   *       and no Definition of Users: the template as rendered before 2025-05-16.
   *   <li>16 (image volume), 33 (pcihole64), 21 (passt): the Phases sections and Definition of
   *       Users; the March 2026 bulk edit added 'VEP Status Metadata', which does not make the body
   *       newer (metadata only decides between layouts whose bodies fit equally).
   *   <li>107 (attestation): opened in January 2026 but written on the 2025 layout: dates alone
   *       would get it wrong.
   *   <li>62 (priority queue): 'Feature Lifecycle Phases' without Implementation Phases or
   *       Definition of Users; fits the first layout best, though merged 2025-09-03.
   *   <li>176 (redfish), 229 (beta on by default): '## Release Signoff Checklist' with
   *       Implementation History and Graduation Requirements: the September 2025 layout, though
   *       created in 2026.
   *   <li>307 (vhostuser): front matter, so its metadata sections do not count; its body fits
   *       2025-09 and 2026-03 equally, and its creation-date (2024-05-22) picks the older.
   *   <li>100 (cloud-init metadata), 14 (firmware UUID), 282 (governance): today's layout.
   *   <li>141 (mutation hooks): Implementation History with Feature lifecycle Phases fits the three
   *       later bodies equally; its 'VEP Status Metadata' with '### Release Signoff Checklist'
   *       makes it today's.
   * </ul>
   */
  @ParameterizedTest
  @CsvSource({
    "veps/sig-network/3-link-state-proposal/vep.md, 2025-01-09",
    "veps/sig-compute/16-image-volume/vep.md, 2025-05-16",
    "veps/sig-compute/33-pcihole64/vep.md, 2025-05-16",
    "veps/sig-network/21-passt/vep.md, 2025-05-16",
    "veps/sig-compute/107-attestation-proposal/vep.md, 2025-05-16",
    "veps/sig-compute/62-priority-queue/vep.md, 2025-01-09",
    "veps/sig-compute/176-redfish-support/vep.md, 2025-09-25",
    "veps/meta-VEPs/229-beta-features-on-by-default/vep.md, 2025-09-25",
    "veps/sig-network/307-vhostuser-binding-plugin/vep.md, 2025-09-25",
    "veps/sig-compute/100-introduce-custom-metadata-to-cloudinit/vep.md, 2026-03-19",
    "veps/sig-compute/14-persist-vmi-firmware-uuid/vep.md, 2026-03-19",
    "veps/meta-VEPs/282-vep-proposal-governance/vep.md, 2026-03-19",
    "veps/sig-compute/141-target-xml-mutation-hooks/vep.md, 2026-03-19"
  })
  void assignsNamedVepsToTheGenerationTheyWereWrittenFor(String path, String date) {
    assertThat(git.generationOf(vep(clone, path)).date()).contains(LocalDate.parse(date));
    assertThat(plain.generationOf(vep(Corpus.enhancements(), path)).date())
        .contains(LocalDate.parse(date));
  }

  @Test
  void readsWhenEachFileWasFirstCommittedFollowingRenames() {
    // VEP 3 moved from veps/sig-network/link-state-proposal.md into its own directory.
    assertThat(git.addedDates())
        .containsEntry("veps/sig-network/3-link-state-proposal/vep.md", LocalDate.of(2025, 1, 22));
    assertThat(plain.addedDates()).isEmpty();
  }

  @Test
  void plainCopyAndCloneAgreeForEveryVepWhoseLayoutDecides() {
    VepRepository repository = VepRepository.scan(clone);
    List<String> decided = new ArrayList<>();
    for (VepDirectory directory : repository.directories()) {
      if (directory.mainFile().isEmpty()) {
        continue;
      }
      String path = repository.relativize(directory.mainFile().get());
      Vep fromClone = vep(clone, path);
      Vep fromCopy = vep(Corpus.enhancements(), path);
      if (git.bestFitting(fromClone).size() == 1) {
        decided.add(path);
        assertThat(plain.generationOf(fromCopy).date())
            .as(path)
            .isEqualTo(git.generationOf(fromClone).date());
      }
    }
    assertThat(decided).hasSizeGreaterThan(60);
  }

  private static List<String> sections(TemplateGeneration generation) {
    return generation.layout().sections().stream().map(TemplateLayout.Heading::text).toList();
  }
}
