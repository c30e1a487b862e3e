package io.github.veplint.model;

import io.github.veplint.model.read.VepParser;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.veplint.model.ParseProblem.Kind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding: byte-order marks, line endings, invalid bytes, other encodings, binary content. */
class EncodingTest {

  private static final String PATH = "veps/sig-compute/42-some-feature/vep.md";

  private static final String LEGACY =
      """
      # VEP #42: Encoded

      ## VEP Status Metadata

      ### Target releases

      - This VEP targets alpha for version: v1.6
      - This VEP targets beta for version:

      ## Overview

      See [design](design.md). <!-- note -->
      """;

  private static final String FRONT =
      """
      ---
      title: Encoded
      status: provisional
      ---
      # VEP #42: Encoded

      ## Overview
      """;

  private static Vep parse(byte[] bytes) {
    return VepParser.parse(PATH, bytes);
  }

  private static Vep parse(String text) {
    return parse(text.getBytes(UTF_8));
  }

  private static SourcePosition at(int line, int column) {
    return new SourcePosition(line, column);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static final byte[] UTF8_BOM = bytes(0xEF, 0xBB, 0xBF);

  /** What the tests compare between encodings: structure and every position. */
  private static List<String> shape(Vep vep) {
    var out = new java.util.ArrayList<String>();
    for (Section s : vep.allSections()) {
      out.add("section " + s.level() + " " + s.text() + " @" + s.position() + " " + s.startLine() + "-"
          + s.endLine() + " blank=" + s.ownBodyBlank());
    }
    vep.title().ifPresent(t -> out.add("title " + t.heading() + " @" + t.position()));
    vep.legacy().targets().targets().forEach(t -> out.add("target " + t.stage() + " " + t.kind() + " "
        + t.rawValue() + " @" + t.position()));
    vep.links().forEach(l -> out.add("link " + l.destination() + " @" + l.position()));
    vep.comments().forEach(c -> out.add("comment " + c.text() + " @" + c.position() + "-" + c.endLine()));
    vep.frontMatter().ifPresent(f -> out.add("front " + f.startLine() + "-" + f.endLine()));
    vep.metadata().status().ifPresent(s -> out.add("status " + s.value() + " @" + s.position()));
    return out;
  }

  @Test
  void utf8ByteOrderMarkIsSkippedWithoutShiftingColumns() {
    Vep plain = parse(LEGACY);
    Vep withBom = parse(concat(UTF8_BOM, LEGACY.getBytes(UTF_8)));

    assertThat(withBom.problems()).isEmpty();
    assertThat(withBom.line(1)).isEqualTo("# VEP #42: Encoded");
    assertThat(withBom.title().orElseThrow().position()).isEqualTo(at(1, 1));
    assertThat(withBom.legacy().targets().alpha().orElseThrow().position()).isEqualTo(at(7, 39));
    assertThat(shape(withBom)).isEqualTo(shape(plain));
  }

  @Test
  void utf8ByteOrderMarkBeforeFrontMatterStillOpensTheBlock() {
    Vep withBom = parse(concat(UTF8_BOM, FRONT.getBytes(UTF_8)));

    assertThat(withBom.problems()).isEmpty();
    assertThat(withBom.line(1)).isEqualTo("---");
    assertThat(withBom.layout()).isEqualTo(Vep.Layout.FRONT_MATTER);
    assertThat(withBom.metadata().status()).map(Located::position).contains(at(3, 9));
    assertThat(shape(withBom)).isEqualTo(shape(parse(FRONT)));
  }

  @Test
  void crlfLineEndingsGiveTheSamePositionsAsLf() {
    for (String text : List.of(LEGACY, FRONT)) {
      Vep lf = parse(text);
      Vep crlf = parse(text.replace("\n", "\r\n"));

      assertThat(crlf.problems()).isEmpty();
      assertThat(crlf.lines()).isEqualTo(lf.lines());
      assertThat(shape(crlf)).isEqualTo(shape(lf)).isNotEmpty();
    }
  }

  @Test
  void crOnlyLineEndingsGiveTheSamePositionsAsLf() {
    for (String text : List.of(LEGACY, FRONT)) {
      Vep lf = parse(text);
      Vep cr = parse(text.replace("\n", "\r"));

      assertThat(cr.problems()).isEmpty();
      assertThat(cr.lines()).isEqualTo(lf.lines());
      assertThat(shape(cr)).isEqualTo(shape(lf)).isNotEmpty();
    }
  }

  @Test
  void crlfBodyKeepsExactPositions() {
    Vep vep = parse(LEGACY.replace("\n", "\r\n"));

    assertThat(vep.section("Overview").orElseThrow().position()).isEqualTo(at(10, 1));
    assertThat(vep.section("Overview").orElseThrow().endLine()).isEqualTo(12);
    assertThat(vep.links()).singleElement().extracting(Link::position).isEqualTo(at(12, 5));
    assertThat(vep.comments()).singleElement().extracting(HtmlComment::position).isEqualTo(at(12, 26));
    ReleaseTarget beta = vep.legacy().targets().beta().orElseThrow();
    assertThat(beta.kind()).isEqualTo(ReleaseTarget.Kind.EMPTY);
    assertThat(beta.position()).isEqualTo(at(8, 1));
  }

  @Test
  void invalidUtf8IsReportedAtItsLineAndColumnAndTheRestIsParsed() {
    byte[] content =
        concat(
            "# VEP #42: Bad bytes\n\nab".getBytes(UTF_8),
            bytes(0xFF),
            "cd ".getBytes(UTF_8),
            bytes(0xC3, 0x28),
            " x\n\n## Overview\n\ntext\n".getBytes(UTF_8));

    Vep vep = parse(content);

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.ENCODING);
              assertThat(p.position()).isEqualTo(at(3, 3));
              assertThat(p.message()).contains("2 byte sequences");
            });
    assertThat(vep.line(3)).isEqualTo("ab\uFFFDcd \uFFFD( x");
    assertThat(vep.title().orElseThrow().text()).isEqualTo("Bad bytes");
    assertThat(vep.section("Overview").orElseThrow().position()).isEqualTo(at(5, 1));
  }

  @Test
  void invalidUtf8ColumnCountsUtf16UnitsOfWhatPrecedesIt() {
    // 'd' (1 byte, 1 unit), 'é' (2 bytes, 1 unit), U+1F600 (4 bytes, 2 units): the bad byte is
    // the 5th UTF-16 unit of the line.
    byte[] content =
        concat(
            "# VEP #42: X\n\nd\u00e9\uD83D\uDE00".getBytes(UTF_8),
            bytes(0xFF),
            "z\n## Overview\n".getBytes(UTF_8));

    Vep vep = parse(content);

    assertThat(vep.problems()).singleElement().extracting(ParseProblem::position).isEqualTo(at(3, 5));
    assertThat(vep.section("Overview").orElseThrow().position()).isEqualTo(at(4, 1));
  }

  @Test
  void truncatedSequenceAtTheEndIsReported() {
    byte[] content = concat("# VEP #42: X\n\nend ".getBytes(UTF_8), bytes(0xE2, 0x82));

    Vep vep = parse(content);

    assertThat(vep.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.ENCODING);
      assertThat(p.position()).isEqualTo(at(3, 5));
    });
    assertThat(vep.title()).isPresent();
  }

  @Test
  void utf16LittleEndianIsReportedAndStillParsed() {
    utf16IsReportedAndStillParsed(StandardCharsets.UTF_16LE, bytes(0xFF, 0xFE));
  }

  @Test
  void utf16BigEndianIsReportedAndStillParsed() {
    utf16IsReportedAndStillParsed(StandardCharsets.UTF_16BE, bytes(0xFE, 0xFF));
  }

  private static void utf16IsReportedAndStillParsed(Charset charset, byte[] bom) {
    Vep vep = parse(concat(bom, LEGACY.getBytes(charset)));

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.ENCODING);
              assertThat(p.position()).isEqualTo(SourcePosition.START);
              assertThat(p.message()).contains("UTF-16");
            });
    assertThat(vep.title().orElseThrow().text()).isEqualTo("Encoded");
    assertThat(shape(vep)).isEqualTo(shape(parse(LEGACY)));
  }

  @Test
  void nulBytesAreReportedAsBinaryAtTheFirstNul() {
    byte[] content = "# VEP #42: X\n\nab\0cd\0\n## Overview\n".getBytes(UTF_8);

    Vep vep = parse(content);

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.BINARY);
              assertThat(p.position()).isEqualTo(at(3, 3));
            });
    assertThat(vep.line(3)).doesNotContain("\0");
    assertThat(vep.section("Overview").orElseThrow().position()).isEqualTo(at(4, 1));
  }

  @Test
  void utf16WithoutByteOrderMarkLooksBinary() {
    Vep vep = parse("# VEP #42: X\n".getBytes(StandardCharsets.UTF_16LE));

    // '#' then NUL: the first NUL is the second character of line 1.
    assertThat(vep.problems(Kind.BINARY).toList())
        .singleElement()
        .extracting(ParseProblem::position)
        .isEqualTo(at(1, 2));
  }

  @Test
  void encodingAndBinaryProblemsAreBothReportedInFileOrder() {
    byte[] content = concat("# VEP #42: X\n\0\n".getBytes(UTF_8), bytes(0xFF), "\n".getBytes(UTF_8));

    Vep vep = parse(content);

    assertThat(vep.problems())
        .extracting(ParseProblem::kind, ParseProblem::position)
        .containsExactly(
            tuple(Kind.BINARY, at(2, 1)),
            tuple(Kind.ENCODING, at(3, 1)));
  }

  @Test
  void emptyFileParsesToNothing() {
    Vep vep = parse(new byte[0]);

    assertThat(vep.problems()).isEmpty();
    assertThat(vep.layout()).isEqualTo(Vep.Layout.LEGACY);
    assertThat(vep.frontMatter()).isEmpty();
    assertThat(vep.title()).isEmpty();
    assertThat(vep.sections()).isEmpty();
    assertThat(vep.links()).isEmpty();
    assertThat(vep.comments()).isEmpty();
    assertThat(vep.line(1)).isEmpty();
    assertThat(vep.metadata().number()).contains(new Located<>(42, Origin.PATH, SourcePosition.START));
    assertThat(vep.metadata().title()).isEmpty();
  }

  @Test
  void byteOrderMarkAloneIsAnEmptyFile() {
    Vep vep = parse(UTF8_BOM);

    assertThat(vep.problems()).isEmpty();
    assertThat(vep.sections()).isEmpty();
    assertThat(vep.line(1)).isEmpty();
  }

  @Test
  void whitespaceOnlyFileHasItsLinesAndNothingElse() {
    Vep vep = parse("  \n\t\n   \n");

    assertThat(vep.problems()).isEmpty();
    assertThat(vep.lines()).containsExactly("  ", "\t", "   ");
    assertThat(vep.sections()).isEmpty();
    assertThat(vep.title()).isEmpty();
    assertThat(vep.frontMatter()).isEmpty();
    assertThat(vep.legacy()).isEqualTo(LegacyMetadata.NONE);
  }

  @Test
  void linesHaveNoTerminatorsAndATrailingNewlineStartsNoLine() {
    assertThat(parse("a\r\nb\rc\n").lines()).containsExactly("a", "b", "c");
    assertThat(parse("a\nb").lines()).containsExactly("a", "b");
    assertThat(parse("a\n\n").lines()).containsExactly("a", "");
  }
}
