package io.github.veplint.lint.fix;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Fix;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditableTextTest {

  private static EditableText text(byte[] bytes) {
    return EditableText.read(bytes).text().orElseThrow();
  }

  private static Fix.Edit edit(int line, int column, int endLine, int endColumn, String replacement) {
    return new Fix.Edit("f.md", new SourcePosition(line, column), new SourcePosition(endLine, endColumn), replacement);
  }

  @Test
  void crlfLineEndingsAndTheByteOrderMarkSurviveAndInsertedBreaksTakeTheFilesEnding() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "# VEP\r\n\r\n- version: 1.9\r\n".getBytes(UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(body, 0, bytes, 3, body.length);
    EditableText text = text(bytes);

    byte[] out = text.apply(List.of(
        text.span(edit(3, 12, 3, 12, "v"), 0),
        text.span(edit(2, 1, 2, 1, "## Added\n"), 1)));

    assertThat(out).startsWith(bom);
    assertThat(new String(out, 3, out.length - 3, UTF_8)).isEqualTo("# VEP\r\n## Added\r\n\r\n- version: v1.9\r\n");
  }

  @Test
  void aLoneCarriageReturnEndsALineAsTheParserCountsIt() {
    EditableText text = text("a\rb\rc".getBytes(UTF_8));
    assertThat(text.offset(new SourcePosition(3, 1))).isEqualTo(4);
    assertThat(text.offset(new SourcePosition(2, 99))).as("past the end of line 2: before its terminator").isEqualTo(3);
    assertThat(text.offset(new SourcePosition(9, 1))).as("past the last line: the end").isEqualTo(5);
  }

  @Test
  void insertionsAtOnePointKeepTheirOrderAndComeBeforeAReplacementStartingThere() {
    EditableText text = text("x\nheading\n".getBytes(UTF_8));
    byte[] out = text.apply(List.of(
        text.span(edit(2, 1, 2, 8, "HEADING"), 0),
        text.span(edit(2, 1, 2, 1, "first\n"), 1),
        text.span(edit(2, 1, 2, 1, "second\n"), 2)));
    assertThat(new String(out, UTF_8)).isEqualTo("x\nfirst\nsecond\nHEADING\n");
  }

  @Test
  void overlapIsStrict() {
    EditableText text = text("0123456789".getBytes(UTF_8));
    EditableText.Span replace = text.span(edit(1, 3, 1, 6, ""), 0);
    assertThat(replace.overlaps(text.span(edit(1, 5, 1, 8, ""), 1))).isTrue();
    assertThat(replace.overlaps(text.span(edit(1, 6, 1, 8, ""), 1))).as("adjacent").isFalse();
    assertThat(replace.overlaps(text.span(edit(1, 4, 1, 4, "x"), 1))).as("insertion inside").isTrue();
    assertThat(replace.overlaps(text.span(edit(1, 3, 1, 3, "x"), 1))).as("insertion at its start").isFalse();
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedRatherThanReencoded() {
    EditableText.Result result = EditableText.read(new byte[] {'a', (byte) 0xFF, 'b'});
    assertThat(result.text()).isEmpty();
    assertThat(result.problem()).hasValueSatisfying(p -> assertThat(p).contains("not valid UTF-8"));
  }
}
