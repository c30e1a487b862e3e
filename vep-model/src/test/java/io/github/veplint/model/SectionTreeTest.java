package io.github.veplint.model;

import io.github.veplint.model.read.VepParser;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The heading tree: shape, levels, line ranges, blank bodies, and what is not a heading. */
class SectionTreeTest {

  private static final String PATH = "veps/sig-compute/42-some-feature/vep.md";

  private static Vep parse(String text) {
    return VepParser.parse(PATH, text.getBytes(UTF_8));
  }

  private static SourcePosition at(int line, int column) {
    return new SourcePosition(line, column);
  }

  private static final String TREE =
      """
      # VEP #1: Tree

      ## Overview

      Intro text.

      ## Goals

      <!-- only a comment -->

      ### Sub goal

      \s\s\s

      ### Second sub goal

      Filled.

      ## Non-Goals:
      <!--
      multi-line
      # not a heading
      -->

      ## Design

      #### Skipped a level

      text

      ## Last
      """;

  @Test
  void treeShapeLevelsAndLineRanges() {
    Vep vep = parse(TREE);

    assertThat(vep.problems()).isEmpty();
    assertThat(vep.sections()).hasSize(1);
    Section root = vep.sections().get(0);
    assertThat(root.level()).isEqualTo(1);
    assertThat(root.text()).isEqualTo("VEP #1: Tree");
    assertThat(root.position()).isEqualTo(at(1, 1));
    assertThat(root.startLine()).isEqualTo(1);
    assertThat(root.endLine()).isEqualTo(31);
    assertThat(root.children())
        .extracting(Section::text, Section::level, Section::position, Section::endLine)
        .containsExactly(
            tuple("Overview", 2, at(3, 1), 6),
            tuple("Goals", 2, at(7, 1), 18),
            tuple("Non-Goals:", 2, at(19, 1), 24),
            tuple("Design", 2, at(25, 1), 30),
            tuple("Last", 2, at(31, 1), 31));

    Section goals = root.child("goals").orElseThrow();
    assertThat(goals.children())
        .extracting(Section::text, Section::startLine, Section::endLine)
        .containsExactly(
            tuple("Sub goal", 11, 14),
            tuple("Second sub goal", 15, 18));
    // A heading that skips a level is still a child of the nearest shallower heading.
    Section design = root.child("Design").orElseThrow();
    assertThat(design.children()).singleElement().satisfies(s -> {
      assertThat(s.level()).isEqualTo(4);
      assertThat(s.position()).isEqualTo(at(27, 1));
      assertThat(s.endLine()).isEqualTo(30);
    });
  }

  @Test
  void flattenAndLevelQueriesFollowDocumentOrder() {
    Vep vep = parse(TREE);

    assertThat(vep.allSections())
        .extracting(Section::text)
        .containsExactly(
            "VEP #1: Tree", "Overview", "Goals", "Sub goal", "Second sub goal", "Non-Goals:",
            "Design", "Skipped a level", "Last");
    assertThat(vep.sectionsAtLevel(3)).extracting(Section::startLine).containsExactly(11, 15);
    assertThat(vep.section("second sub-goal")).map(Section::startLine).contains(15);
  }

  @Test
  void blankBodiesAndEmptySections() {
    Vep vep = parse(TREE);

    Section overview = vep.section("Overview").orElseThrow();
    assertThat(overview.ownBodyBlank()).isFalse();
    assertThat(overview.isEmpty()).isFalse();

    // Only an HTML comment before the first subsection: blank, but a subsection has text.
    Section goals = vep.section("Goals").orElseThrow();
    assertThat(goals.ownBodyBlank()).isTrue();
    assertThat(goals.isEmpty()).isFalse();

    // Only whitespace.
    Section sub = vep.section("Sub goal").orElseThrow();
    assertThat(sub.ownBodyBlank()).isTrue();
    assertThat(sub.isEmpty()).isTrue();

    // A multi-line comment, even one holding a heading.
    Section nonGoals = vep.section("Non Goals").orElseThrow();
    assertThat(nonGoals.ownBodyBlank()).isTrue();
    assertThat(nonGoals.isEmpty()).isTrue();

    // Own body blank, subsection not.
    Section design = vep.section("Design").orElseThrow();
    assertThat(design.ownBodyBlank()).isTrue();
    assertThat(design.isEmpty()).isFalse();

    // Last section, nothing after the heading.
    assertThat(vep.section("Last").orElseThrow().isEmpty()).isTrue();
  }

  @Test
  void commentFollowedByTextOnItsLineIsNotBlank() {
    Vep vep = parse("# VEP #1: X\n\n## A\n<!-- prompt --> Real answer.\n\n## B\n<!-- a --> <!-- b -->\n");

    assertThat(vep.section("A").orElseThrow().ownBodyBlank()).isFalse();
    assertThat(vep.section("B").orElseThrow().ownBodyBlank()).isTrue();
  }

  @Test
  void otherBlocksCountAsContent() {
    Vep vep =
        parse(
            """
            # VEP #1: X
            ## Code
            ```
            x
            ```
            ## List
            - item
            ## Quote
            > quoted
            ## Html
            <details>open</details>

            ## Rule
            ---
            ## Table-ish
            | a | b |
            """);

    assertThat(vep.sectionsAtLevel(2))
        .extracting(Section::text, Section::ownBodyBlank)
        .containsExactly(
            tuple("Code", false),
            tuple("List", false),
            tuple("Quote", false),
            tuple("Html", false),
            tuple("Rule", false),
            tuple("Table-ish", false));
  }

  @Test
  void headingsInCodeCommentsQuotesAndListsAreNotSections() {
    Vep vep =
        parse(
            """
            # VEP #1: X

            ```markdown
            ## Fenced heading
            ```

            ~~~
            ## Tilde fenced heading
            ~~~

                ## Indented code heading

            <!-- ## Commented heading -->

            <!--
            ## Multi-line commented heading
            -->

            > ## Quoted heading

            - ## Listed heading

            ## Real
            """);

    assertThat(vep.allSections()).extracting(Section::text).containsExactly("VEP #1: X", "Real");
    assertThat(vep.section("Real").orElseThrow().position()).isEqualTo(at(23, 1));
    assertThat(vep.sections().get(0).endLine()).isEqualTo(23);
    // The code and quote above make the title's own body non-blank; the comments alone would not.
    assertThat(vep.sections().get(0).ownBodyBlank()).isFalse();
  }

  @Test
  void unclosedFenceSwallowsTheRest() {
    Vep vep = parse("# VEP #1: X\n\n```\n## In code\n\n## Still in code\n");

    assertThat(vep.allSections()).extracting(Section::text).containsExactly("VEP #1: X");
    assertThat(vep.sections().get(0).endLine()).isEqualTo(6);
  }

  @Test
  void inlineMarkupInHeadingsIsReducedToPlainText() {
    Vep vep =
        parse(
            """
            # VEP #1: X
            ## `inline` *emphasis* and **strong** [link](x.md) ![img](i.png) <b>html</b>
            ## Trailing hashes ###
            ##   Padded   \s
            """);

    assertThat(vep.sectionsAtLevel(2))
        .extracting(Section::text)
        .containsExactly(
            "inline emphasis and strong link img html", "Trailing hashes", "Padded");
  }

  @Test
  void setextHeadingsAreSections() {
    Vep vep = parse("Title\n=====\n\nSub\n---\n\ntext\n");

    assertThat(vep.allSections())
        .extracting(Section::level, Section::text, Section::position, Section::endLine)
        .containsExactly(
            tuple(1, "Title", at(1, 1), 7),
            tuple(2, "Sub", at(4, 1), 7));
  }

  @Test
  void headingPositionIsTheFirstHashEvenWhenIndented() {
    Vep vep = parse("# VEP #1: X\n\n  ## Indented\n   ### More\n");

    assertThat(vep.allSections())
        .extracting(Section::position)
        .containsExactly(at(1, 1), at(3, 3), at(4, 4));
  }

  @Test
  void sectionsStartAfterFrontMatter() {
    Vep vep = parse("---\ntitle: X\n---\n## Overview\n\ntext\n## Goals\n");

    assertThat(vep.allSections())
        .extracting(Section::text, Section::startLine, Section::endLine)
        .containsExactly(
            tuple("Overview", 4, 6),
            tuple("Goals", 7, 7));
  }

  @Test
  void normalizeMatchesTheCodePointDefinitionOutsideAscii() {
    for (String text : List.of("Ünïcode Überblick", "𝐀pi 𝟏 (bold)", "lone \uD835 and \uDC00 halves",
        "ΣΊΣΥΦΟΣ", "İstanbul", "Ⅻ roman", "")) {
      StringBuilder expected = new StringBuilder();
      text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase)
          .forEach(expected::appendCodePoint);
      assertThat(Section.normalize(text)).as(text).isEqualTo(expected.toString());
    }
  }

  @Test
  void normalizeIgnoresCasePunctuationAndSpacing() {
    assertThat(Section.normalize("Non-Goals:")).isEqualTo(Section.normalize("non goals")).isEqualTo("nongoals");
    assertThat(Section.normalize("  Target Releases (SEV) ")).isEqualTo("targetreleasessev");
    assertThat(Section.normalize("Goals")).isNotEqualTo(Section.normalize("Non-Goals"));
  }

  @Test
  void sectionLookupUsesNormalizedNames() {
    Vep vep = parse(TREE);

    assertThat(vep.section("non goals")).map(Section::position).contains(at(19, 1));
    assertThat(vep.section("NON-GOALS")).map(Section::position).contains(at(19, 1));
    assertThat(vep.section("Missing")).isEmpty();
    assertThat(vep.sections().get(0).child("sub goal")).isEmpty();
  }

  @Test
  void aHeadingAfterAListItemEndingInAnUnclosedFenceIsAHeading() {
    // sig-compute/156: flexmark reads '## Repos' as a paragraph here; CommonMark and GitHub a heading.
    Vep vep = parse("# VEP #1: T\n\n## User Stories\n\n- Example:\nThe status shows:  \n  ```yaml\n"
        + "  memoryOverhead: 512Mi\n\n## Repos ##\n\nhttps://github.com/kubevirt/kubevirt\n\n## Design\n\n## Empty\n");
    assertThat(vep.allSections())
        .extracting(Section::level, Section::text, Section::startLine, Section::ownBodyBlank)
        .containsExactly(
            tuple(1, "VEP #1: T", 1, true),
            tuple(2, "User Stories", 3, false),
            tuple(2, "Repos", 10, false),
            tuple(2, "Design", 14, true),
            tuple(2, "Empty", 16, true));
    assertThat(vep.allSections().get(2).position()).isEqualTo(new SourcePosition(10, 1));
  }
}
