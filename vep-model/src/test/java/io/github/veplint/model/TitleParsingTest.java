package io.github.veplint.model;

import io.github.veplint.model.read.VepParser;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The title heading, {@code # VEP #<n>: <title>}, in the forms real VEPs use. */
class TitleParsingTest {

  private static final String PATH = "veps/sig-compute/42-some-feature/vep.md";

  private static Vep parse(String text) {
    return VepParser.parse(PATH, text.getBytes(UTF_8));
  }

  private static SourcePosition at(int line, int column) {
    return new SourcePosition(line, column);
  }

  private static VepTitle title(String markdown) {
    return parse(markdown).title().orElseThrow();
  }

  @Test
  void hashNumberColon() {
    Vep vep = parse("# VEP #10: Support GPUs with DRA\n\n## Overview\n");

    assertThat(vep.title())
        .contains(
            new VepTitle(
                "VEP #10: Support GPUs with DRA", Optional.of("10"), Optional.of(10), ":",
                "Support GPUs with DRA", true, at(1, 1)));
    assertThat(vep.title().orElseThrow().isWellFormed()).isTrue();
    assertThat(vep.metadata().number()).contains(new Located<>(10, Origin.TITLE, at(1, 1)));
    assertThat(vep.metadata().title())
        .contains(new Located<>("Support GPUs with DRA", Origin.TITLE, at(1, 1)));
  }

  @Test
  void numberWithoutHash() {
    VepTitle title = title("# VEP 104: Allow disabling feature gates\n");

    assertThat(title.numberText()).contains("104");
    assertThat(title.number()).contains(104);
    assertThat(title.separator()).isEqualTo(":");
    assertThat(title.text()).isEqualTo("Allow disabling feature gates");
    assertThat(title.isWellFormed()).isTrue();
  }

  @Test
  void leadingZerosAreKeptInTheTextAndIgnoredInTheValue() {
    VepTitle title = title("# VEP #0171: Title\n");

    assertThat(title.numberText()).contains("0171");
    assertThat(title.number()).contains(171);
    assertThat(title.text()).isEqualTo("Title");
  }

  @Test
  void colonWithoutNumber() {
    Vep vep = parse("# VEP: Title\n");
    VepTitle title = vep.title().orElseThrow();

    assertThat(title.numberText()).isEmpty();
    assertThat(title.number()).isEmpty();
    assertThat(title.separator()).isEqualTo(":");
    assertThat(title.text()).isEqualTo("Title");
    assertThat(title.hasVepPrefix()).isTrue();
    assertThat(title.isWellFormed()).isFalse();
    // The number then comes from the path.
    assertThat(vep.metadata().number()).contains(new Located<>(42, Origin.PATH, SourcePosition.START));
  }

  @Test
  void hashWithoutNumber() {
    VepTitle title = title("# VEP #Title words\n");

    assertThat(title.number()).isEmpty();
    assertThat(title.separator()).isEmpty();
    assertThat(title.text()).isEqualTo("Title words");
    assertThat(title.hasVepPrefix()).isTrue();
    assertThat(title.isWellFormed()).isFalse();
  }

  @Test
  void dashSeparator() {
    VepTitle title = title("# VEP #76 - Part 2: X\n");

    assertThat(title.number()).contains(76);
    assertThat(title.separator()).isEqualTo("-");
    assertThat(title.text()).isEqualTo("Part 2: X");
    assertThat(title.isWellFormed()).isFalse();
  }

  @Test
  void enDashSeparator() {
    VepTitle title = title("# VEP #12 \u2013 Title\n");

    assertThat(title.number()).contains(12);
    assertThat(title.separator()).isEqualTo("\u2013");
    assertThat(title.text()).isEqualTo("Title");
  }

  @Test
  void tightSpacing() {
    VepTitle title = title("# VEP#7:Tight\n");

    assertThat(title.number()).contains(7);
    assertThat(title.separator()).isEqualTo(":");
    assertThat(title.text()).isEqualTo("Tight");
  }

  @Test
  void numberTooLargeForAnIntIsKeptAsText() {
    Vep vep = parse("# VEP #99999999999: Big\n");
    VepTitle title = vep.title().orElseThrow();

    assertThat(title.numberText()).contains("99999999999");
    assertThat(title.number()).isEmpty();
    assertThat(vep.metadata().number()).map(Located::origin).contains(Origin.PATH);
  }

  @Test
  void templateSectionAsFirstHeadingIsNoTitle() {
    Vep vep = parse("# Overview\n\nText.\n\n# VEP #5: Later\n");

    assertThat(vep.title()).isEmpty();
    assertThat(vep.metadata().title()).isEmpty();
    assertThat(vep.metadata().number()).map(Located::origin).contains(Origin.PATH);
    // It is still a section.
    assertThat(vep.sections()).extracting(Section::text).containsExactly("Overview", "VEP #5: Later");
  }

  @Test
  void otherTemplateSectionNamesAreNoTitleEither() {
    assertThat(parse("# Non-Goals\n").title()).isEmpty();
    assertThat(parse("# VEP Status Metadata\n").title()).isEmpty();
    assertThat(parse("# Release Signoff Checklist:\n").title()).isEmpty();
  }

  @Test
  void customTitleWithoutPrefix() {
    Vep vep = parse("\n# Some Custom Title\n");

    assertThat(vep.title())
        .contains(
            new VepTitle(
                "Some Custom Title", Optional.empty(), Optional.empty(), "", "Some Custom Title",
                false, at(2, 1)));
    assertThat(vep.metadata().title()).contains(new Located<>("Some Custom Title", Origin.TITLE, at(2, 1)));
  }

  @Test
  void prefixMustBeAWord() {
    VepTitle title = title("# VEPX #1: no\n");

    assertThat(title.hasVepPrefix()).isFalse();
    assertThat(title.number()).isEmpty();
    assertThat(title.text()).isEqualTo("VEPX #1: no");
  }

  @Test
  void noLevelOneHeading() {
    Vep vep = parse("## Overview\n\n### VEP #3: Not a title\n");

    assertThat(vep.title()).isEmpty();
    assertThat(vep.metadata().title()).isEmpty();
  }

  @Test
  void setextHeading() {
    Vep vep = parse("VEP #9: Setext title\n=====\n\nText.\n");

    VepTitle title = vep.title().orElseThrow();
    assertThat(title.number()).contains(9);
    assertThat(title.text()).isEqualTo("Setext title");
    assertThat(title.position()).isEqualTo(at(1, 1));
    assertThat(vep.sections()).singleElement().satisfies(s -> {
      assertThat(s.level()).isEqualTo(1);
      assertThat(s.startLine()).isEqualTo(1);
      assertThat(s.endLine()).isEqualTo(4);
    });
  }

  @Test
  void setextLevelTwoIsNotATitle() {
    assertThat(parse("VEP #9: Setext\n-----\n").title()).isEmpty();
  }

  @Test
  void headingInFencedCodeIsNotATitle() {
    Vep vep = parse("```markdown\n# VEP #1: X\n```\n\n# VEP #2: Real\n");

    VepTitle title = vep.title().orElseThrow();
    assertThat(title.number()).contains(2);
    assertThat(title.position()).isEqualTo(at(5, 1));
  }

  @Test
  void headingInCommentOrQuoteIsNotATitle() {
    Vep vep = parse("<!--\n# VEP #1: X\n-->\n> # VEP #2: Y\n\n# VEP #3: Z\n");

    assertThat(vep.title().orElseThrow().number()).contains(3);
    assertThat(vep.title().orElseThrow().position()).isEqualTo(at(6, 1));
  }

  @Test
  void indentedAndPaddedHeading() {
    VepTitle title = title("\n   #   VEP #8: Spaced   ##\n");

    assertThat(title.heading()).isEqualTo("VEP #8: Spaced");
    assertThat(title.text()).isEqualTo("Spaced");
    assertThat(title.position()).isEqualTo(at(2, 4));
  }

  @Test
  void inlineMarkupIsReducedToText() {
    VepTitle title = title("# VEP #11: Support `virtctl` *fast* [links](x.md)\n");

    assertThat(title.text()).isEqualTo("Support virtctl fast links");
  }

  @Test
  void titleAfterFrontMatterIsAtItsFileLine() {
    Vep vep = parse("---\ntitle: From YAML\nvep-number: 5\n---\n\n# VEP #6: From heading\n");

    assertThat(vep.title().orElseThrow().position()).isEqualTo(at(6, 1));
    assertThat(vep.title().orElseThrow().number()).contains(6);
    // Front matter wins in the merged metadata.
    assertThat(vep.metadata().title()).contains(new Located<>("From YAML", Origin.FRONT_MATTER, at(2, 8)));
    assertThat(vep.metadata().number()).contains(new Located<>(5, Origin.FRONT_MATTER, at(3, 13)));
  }

  @Test
  void blankFrontMatterTitleFallsBackToHeading() {
    Vep vep = parse("---\ntitle: \"\"\n---\n# VEP #6: From heading\n");

    assertThat(vep.metadata().title()).contains(new Located<>("From heading", Origin.TITLE, at(4, 1)));
  }

  @Test
  void onlyTheFirstLevelOneHeadingIsConsidered() {
    Vep vep = parse("# Intro words\n\n# VEP #4: Second\n");

    assertThat(vep.title().orElseThrow().hasVepPrefix()).isFalse();
    assertThat(vep.title().orElseThrow().text()).isEqualTo("Intro words");
  }
}
