package io.github.veplint.lint.template;

import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepParser;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateHistoryTest {

  private static final String PATH = "veps/sig-a/1-one/vep.md";

  private static Vep parse(String path, String markdown) {
    return VepParser.parse(path, markdown.getBytes(StandardCharsets.UTF_8));
  }

  private static String markdown(String title, List<String> headings) {
    StringBuilder out = new StringBuilder("# " + title + "\n\n");
    headings.forEach(h -> out.append(h).append("\n\nText.\n\n"));
    return out.toString();
  }

  private static TemplateVersion version(String date, String... headings) {
    return new TemplateVersion(
        Optional.of(LocalDate.parse(date)), "test " + date, TemplateLayout.of(headings));
  }

  /** Two generations: "Phases" in January 2025, renamed "History" in March. */
  private static TemplateHistory phasesThenHistory(Map<String, LocalDate> addedDates) {
    return TemplateHistory.of(
        TemplateHistory.Source.CONFIGURED,
        List.of(
            version("2025-01-01", "## Overview", "## Phases"),
            version("2025-03-01", "## Overview", "## History")),
        addedDates);
  }

  @Test
  void groupsConsecutiveVersionsWithTheSameLayoutIntoGenerations() {
    TemplateHistory history =
        TemplateHistory.of(
            TemplateHistory.Source.CONFIGURED,
            List.of(
                version("2025-01-01", "## Overview", "## Phases"),
                version("2025-02-01", "## Overview", "## Phases", "#### Deep"),
                version("2025-03-01", "## Overview", "## History")),
            Map.of());

    assertThat(history.generations())
        .extracting(g -> g.number(), g -> g.versions().size(), g -> g.month(), g -> g.until())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                1, 2, "2025-01", Optional.of(LocalDate.of(2025, 3, 1))),
            org.assertj.core.groups.Tuple.tuple(2, 1, "2025-03", Optional.empty()));
    assertThat(history.current().layout().sections())
        .extracting(TemplateLayout.Heading::text)
        .containsExactly("Overview", "History");
  }

  @Test
  void aVepBelongsToTheGenerationItsSectionsFitBestWhateverItsDate() {
    TemplateHistory history = phasesThenHistory(Map.of(PATH, LocalDate.of(2025, 6, 1)));
    Vep old = parse(PATH, markdown("VEP #1: One", List.of("## Overview", "## Phases")));

    assertThat(history.bestFitting(old)).hasSize(1);
    assertThat(history.generationOf(old).month()).isEqualTo("2025-01");
    assertThat(history.creationDate(old)).contains(LocalDate.of(2025, 6, 1));
  }

  @Test
  void onlyATieIsBrokenByTheCreationDateAndWithoutOneTheNewerWins() {
    TemplateHistory history = phasesThenHistory(Map.of());
    Vep neither = parse(PATH, markdown("VEP #1: One", List.of("## Overview")));

    assertThat(history.bestFitting(neither)).hasSize(2);
    assertThat(history.generationOf(neither, Optional.of(LocalDate.of(2025, 2, 1))).month())
        .isEqualTo("2025-01");
    assertThat(history.generationOf(neither, Optional.of(LocalDate.of(2024, 2, 1))).month())
        .isEqualTo("2025-01");
    assertThat(history.generationOf(neither, Optional.of(LocalDate.of(2025, 4, 1))).month())
        .isEqualTo("2025-03");
    assertThat(history.generationOf(neither).month()).isEqualTo("2025-03");
  }

  @Test
  void theBodyDecidesBeforeTheMetadataSectionsMaintainersAddedByHand() {
    TemplateHistory history = TemplateHistory.withoutGit(Optional.empty());
    // The 2025-05 body with the 'VEP Status Metadata' of March 2026 added by hand.
    Vep bulkEdited =
        parse(
            PATH,
            markdown(
                "VEP #1: One",
                List.of(
                    "## VEP Status Metadata",
                    "### Target releases",
                    "### Release Signoff Checklist",
                    "## Overview",
                    "## Definition of Users",
                    "## Implementation Phases",
                    "## Feature lifecycle Phases")));

    assertThat(history.generationOf(bulkEdited).date()).contains(LocalDate.of(2025, 5, 16));
  }

  @Test
  void aFrontMatterVepIsJudgedWithoutItsMetadataSections() {
    TemplateHistory history = TemplateHistory.withoutGit(Optional.empty());
    Vep vep307 =
        parse(
            PATH,
            "---\ntitle: One\ncreation-date: \"2024-05-22\"\n---\n\n"
                + markdown(
                    "VEP #1: One",
                    List.of(
                        "## Release Signoff Checklist",
                        "## Overview",
                        "## Implementation History",
                        "## Graduation Requirements")));

    assertThat(history.bestFitting(vep307))
        .extracting(TemplateGeneration::month)
        .containsExactly("2025-09", "2026-03");
    assertThat(history.generationOf(vep307).month()).isEqualTo("2025-09");
  }

  @Test
  void withoutGitUsesTheBuiltInRecordUpToTheRepositorysTemplateElseTheTemplateAlone() {
    assertThat(TemplateHistory.withoutGit(Optional.empty()).versions()).hasSize(6);
    assertThat(TemplateHistory.withoutGit(Optional.empty()).generations()).hasSize(4);

    Vep september2025 =
        parse(
            "veps/NNNN-vep-template/vep.md",
            markdown(
                "VEP #NNNN: Title",
                TemplateHistory.builtInVersions().get(3).layout().headings().stream()
                    .map(TemplateLayout.Heading::markdown)
                    .toList()));
    TemplateHistory cut = TemplateHistory.withoutGit(Optional.of(september2025));
    assertThat(cut.source()).isEqualTo(TemplateHistory.Source.BUILT_IN);
    assertThat(cut.versions()).hasSize(4);
    assertThat(cut.current().month()).isEqualTo("2025-09");

    Vep own = parse("veps/NNNN-vep-template/vep.md", "# VEP #NNNN: T\n\n## Overview\n\n## Risks\n");
    TemplateHistory alone = TemplateHistory.withoutGit(Optional.of(own));
    assertThat(alone.source()).isEqualTo(TemplateHistory.Source.CURRENT_TEMPLATE);
    assertThat(alone.generations()).singleElement().satisfies(g -> assertThat(g.date()).isEmpty());
  }

  /**
   * Upstream's template of September 2026 (front matter instead of "VEP Status Metadata", and "Does
   * it belong to core KubeVirt?" after Alternatives) is none of the recorded versions: it extends
   * the record as an undated fifth generation, and a VEP of the March 2026 layout still fits March.
   */
  @Test
  void withoutGitANewerKubevirtTemplateExtendsTheRecordUndated() {
    List<String> headings = new java.util.ArrayList<>();
    for (TemplateLayout.Heading heading :
        TemplateHistory.builtInVersions().get(5).layout().headings()) {
      if (TemplateHistory.METADATA_KEYS.contains(heading.key())) {
        continue;
      }
      headings.add(heading.markdown());
      if (heading.text().equals("Alternatives")) {
        headings.add("## Does it belong to core KubeVirt?");
      }
    }
    Vep newest = parse("veps/NNNN-vep-template/vep.md", markdown("VEP #NNNN: Title", headings));

    TemplateHistory history = TemplateHistory.withoutGit(Optional.of(newest));

    assertThat(history.source()).isEqualTo(TemplateHistory.Source.BUILT_IN);
    assertThat(history.versions()).hasSize(7);
    assertThat(history.generations()).extracting(TemplateGeneration::month)
        .containsExactly("2025-01", "2025-05", "2025-09", "2026-03", "unknown date");
    Vep march =
        parse(
            "veps/sig-a/1-one/vep.md",
            markdown(
                "VEP #1: One",
                TemplateHistory.builtInVersions().get(5).layout().headings().stream()
                    .map(TemplateLayout.Heading::markdown)
                    .toList()));
    assertThat(history.generationOf(march).month()).isEqualTo("2026-03");
    assertThat(TemplateHistory.succeedsBuiltIn(TemplateLayout.of("## Overview", "## Risks"))).isFalse();
  }

  @Test
  void layoutsKeepLevelsAndFindParents() {
    TemplateLayout layout =
        TemplateLayout.of("## VEP Status Metadata", "### Target releases", "## Overview");

    assertThat(layout.sections())
        .extracting(TemplateLayout.Heading::text)
        .containsExactly("VEP Status Metadata", "Overview");
    assertThat(layout.parentOf(layout.headings().get(1)))
        .contains(new TemplateLayout.Heading(2, "VEP Status Metadata"));
    assertThat(
            layout.sameAs(
                TemplateLayout.of("## vep status metadata", "### Target Releases", "## Overview")))
        .isTrue();
    assertThat(
            layout.sameAs(
                TemplateLayout.of("## VEP Status Metadata", "## Target releases", "## Overview")))
        .isFalse();
    assertThat(TemplateLayout.keysOf("Target releases (WorkloadEncryptionSEV)"))
        .containsExactly("targetreleasesworkloadencryptionsev", "targetreleases");
  }
}
