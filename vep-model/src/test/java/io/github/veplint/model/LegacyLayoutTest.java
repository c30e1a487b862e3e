package io.github.veplint.model;

import io.github.veplint.model.read.VepParser;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.veplint.model.ReleaseTarget.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The older prose layout: "Target releases" bullets and the Release Signoff Checklist. */
class LegacyLayoutTest {

  private static final String PATH = "veps/sig-compute/42-some-feature/vep.md";

  private static Vep parse(String text) {
    return VepParser.parse(PATH, text.getBytes(UTF_8));
  }

  private static SourcePosition at(int line, int column) {
    return new SourcePosition(line, column);
  }

  private static ReleaseTarget target(
      String stage, Kind kind, String raw, String version, String note, boolean past, int line, int column) {
    return new ReleaseTarget(
        stage,
        kind,
        raw,
        Optional.ofNullable(version).map(v -> ReleaseVersion.parseLenient(v).orElseThrow()),
        note,
        past,
        Origin.LEGACY_SECTION,
        at(line, column));
  }

  /** Every bullet form, one per line from line 7 to line 22. */
  private static final String TARGETS =
      """
      # VEP #10: Legacy

      ## VEP Status Metadata

      ### Target releases

      - This VEP targeted alpha for version: v1.6 (VMI-status based design)
      - This VEP targeted alpha2 for version: v1.8
      - This VEP targets beta for version: v1.9.0
      - This VEP targets GA for version: TBD
      * This VEP targets rc for version: N/A
      - This VEP targets pre for version: N/A (tooling change)
      - This VEP targets post for version:
      - ~This VEP targets old for version:~
      - This VEP targets x1 for version: 1.9
      - This VEP targets x2 for version: v1.9.
      - Ship target version: v1.8
      - This VEP targets version: v1.9
        - This VEP targets nested for version: v2.0
      - ~~This VEP targets x4 for version: v1.4~~
      - This VEP targets x5 for version: banana split
      - This VEP targets x6 for version: ~v1.5~

      <!--
      - This VEP targets commented for version: v1.1
      -->

      ```
      - This VEP targets fenced for version: v1.2
      ```

          - This VEP targets indented for version: v1.3

      Prose mentioning that This VEP targets alpha for version: v0.1 is not a bullet.

      ## Target releases (FeatureB)

      - This VEP targets alpha for version: v1.7
      """;

  @Test
  void everyBulletFormIsReadWithItsValuePosition() {
    Vep vep = parse(TARGETS);

    assertThat(vep.problems()).isEmpty();
    assertThat(vep.layout()).isEqualTo(Vep.Layout.LEGACY);
    assertThat(vep.legacy().targets().targets())
        .containsExactly(
            target("alpha", Kind.VERSION, "v1.6", "v1.6", "(VMI-status based design)", true, 7, 40),
            target("alpha2", Kind.VERSION, "v1.8", "v1.8", "", true, 8, 41),
            target("beta", Kind.VERSION, "v1.9.0", "v1.9.0", "", false, 9, 38),
            target("ga", Kind.TBD, "TBD", null, "", false, 10, 36),
            target("rc", Kind.NOT_APPLICABLE, "N/A", null, "", false, 11, 36),
            target("pre", Kind.NOT_APPLICABLE, "N/A", null, "(tooling change)", false, 12, 37),
            // No value: the bullet's first character.
            target("post", Kind.EMPTY, "", null, "", false, 13, 1),
            target("old", Kind.NOT_TARGETED, "", null, "", false, 14, 1),
            // Intent is clear, form is not: the lenient version is kept.
            target("x1", Kind.MALFORMED, "1.9", "v1.9", "", false, 15, 36),
            // A sentence-ending period is punctuation.
            target("x2", Kind.VERSION, "v1.9", "v1.9", "", false, 16, 36),
            target("ship", Kind.VERSION, "v1.8", "v1.8", "", false, 17, 24),
            target("ship", Kind.VERSION, "v1.9", "v1.9", "", false, 18, 29),
            target("nested", Kind.VERSION, "v2.0", "v2.0", "", false, 19, 42),
            target("x4", Kind.NOT_TARGETED, "v1.4", null, "", false, 20, 38),
            target("x5", Kind.MALFORMED, "banana split", null, "", false, 21, 36),
            // Only the value is struck: the markers are not part of it.
            target("x6", Kind.NOT_TARGETED, "v1.5", null, "", false, 22, 37),
            // The second "Target releases (...)" section, one per feature gate.
            target("alpha", Kind.VERSION, "v1.7", "v1.7", "", false, 38, 39));
  }

  @Test
  void bulletsInCommentsCodeAndProseAreNotRead() {
    List<String> stages = parse(TARGETS).legacy().targets().targets().stream().map(ReleaseTarget::stage).toList();

    assertThat(stages).doesNotContain("commented", "fenced", "indented");
    assertThat(parse(TARGETS).legacy().targets().targets())
        .extracting(ReleaseTarget::version)
        .doesNotContain(Optional.of(new ReleaseVersion(0, 1, -1)));
  }

  @Test
  void firstTargetReleasesSectionIsExposedAndMetadataUsesTheBullets() {
    Vep vep = parse(TARGETS);

    Section first = vep.legacy().targetReleasesSection().orElseThrow();
    assertThat(first.text()).isEqualTo("Target releases");
    assertThat(first.position()).isEqualTo(at(5, 1));
    assertThat(first.endLine()).isEqualTo(35);
    // Without front matter the merged milestones are the bullets.
    assertThat(vep.metadata().milestones()).isEqualTo(vep.legacy().targets());
    assertThat(vep.metadata().milestones().alpha().orElseThrow().position()).isEqualTo(at(7, 40));
  }

  @Test
  void stagesAreLowerCasedAndLookedUpExactly() {
    Milestones targets = parse(TARGETS).legacy().targets();

    assertThat(targets.ga().orElseThrow().rawValue()).isEqualTo("TBD");
    assertThat(targets.stage("alpha2").orElseThrow().version()).contains(new ReleaseVersion(1, 8, -1));
    assertThat(targets.stage("GA")).isEmpty();
  }

  @Test
  void bulletOutsideATargetReleasesSectionIsNotRead() {
    Vep vep =
        parse(
            """
            # VEP #1: X

            ## Overview

            - This VEP targets alpha for version: v1.6
            """);

    assertThat(vep.legacy().targets().isEmpty()).isTrue();
    assertThat(vep.legacy().targetReleasesSection()).isEmpty();
    assertThat(vep.legacy()).isEqualTo(LegacyMetadata.NONE);
  }

  @Test
  void indentedAndTrailingWhitespaceValuePositions() {
    Vep vep =
        parse(
            "# VEP #1: X\n\n## Target releases\n\n"
                + "  - This VEP targets alpha for version:    v1.6   \n"
                + "  - This VEP targets beta for version:   \n");

    assertThat(vep.legacy().targets().targets())
        .containsExactly(
            target("alpha", Kind.VERSION, "v1.6", "v1.6", "", false, 5, 44),
            // No value: the bullet's first character, after its indentation.
            target("beta", Kind.EMPTY, "", null, "", false, 6, 3));
  }

  private static final String CHECKLIST =
      """
      # VEP #10: Legacy

      ## Release Signoff Checklist

      Items marked with (R) are required *prior to targeting to a milestone / release*.

      - [x] (R) Enhancement issue created, which links to VEP dir in [kubevirt/enhancements]
      - [X] (R) Alpha target version is explicitly mentioned and approved
      - [ ] (R) Beta target version is explicitly mentioned and approved
      - ~[ ] (R) GA target version is explicitly mentioned and approved~
      - [ ] ~(R) Graduation criteria filled~
      * [ ] Optional thing
        - [x] nested item
      - [y] not a box

      <!--
      - [x] (R) commented out
      -->

      ```
      - [x] (R) in code
      ```

      ## Overview

      - [x] (R) outside the checklist
      """;

  @Test
  void checklistItemsAreReadWithFlagsStagesAndPositions() {
    Vep vep = parse(CHECKLIST);

    Section section = vep.legacy().checklistSection().orElseThrow();
    assertThat(section.position()).isEqualTo(at(3, 1));
    assertThat(section.endLine()).isEqualTo(23);
    assertThat(vep.legacy().checklist())
        .containsExactly(
            new ChecklistItem(
                true, false, true,
                "(R) Enhancement issue created, which links to VEP dir in [kubevirt/enhancements]",
                Optional.empty(), at(7, 1)),
            new ChecklistItem(
                true, false, true, "(R) Alpha target version is explicitly mentioned and approved",
                Optional.of("alpha"), at(8, 1)),
            new ChecklistItem(
                false, false, true, "(R) Beta target version is explicitly mentioned and approved",
                Optional.of("beta"), at(9, 1)),
            new ChecklistItem(
                false, true, true, "(R) GA target version is explicitly mentioned and approved",
                Optional.of("ga"), at(10, 1)),
            new ChecklistItem(
                false, true, true, "(R) Graduation criteria filled", Optional.empty(), at(11, 1)),
            new ChecklistItem(false, false, false, "Optional thing", Optional.empty(), at(12, 1)),
            new ChecklistItem(true, false, false, "nested item", Optional.empty(), at(13, 3)));
  }

  @Test
  void checklistStageIsReadCaseInsensitively() {
    Vep vep =
        parse(
            """
            # VEP #1: X
            ### Release Signoff Checklist
            - [x] (R) ALPHA TARGET VERSION is approved
            - [ ] (R) Target version is explicitly mentioned and approved
            """);

    assertThat(vep.legacy().checklist())
        .extracting(ChecklistItem::stage, ChecklistItem::position)
        .containsExactly(
            tuple(Optional.of("alpha"), at(3, 1)),
            tuple(Optional.empty(), at(4, 1)));
  }

  @Test
  void legacySectionsAreReadInAFrontMatterVepToo() {
    Vep vep =
        parse(
            """
            ---
            status: provisional
            ---
            # VEP #1: X

            ## Release Signoff Checklist

            - [x] (R) Alpha target version is explicitly mentioned and approved
            """);

    assertThat(vep.layout()).isEqualTo(Vep.Layout.FRONT_MATTER);
    assertThat(vep.legacy().checklist())
        .singleElement()
        .extracting(ChecklistItem::position)
        .isEqualTo(at(8, 1));
  }

  @Test
  void crlfBulletsHaveTheSameValues() {
    Vep vep = parse(TARGETS.replace("\n", "\r\n"));

    assertThat(vep.legacy().targets()).isEqualTo(parse(TARGETS).legacy().targets());
    assertThat(vep.legacy().targets().stage("pre").orElseThrow().note()).isEqualTo("(tooling change)");
  }
}
