package io.github.veplint.model;

import io.github.veplint.model.read.VepParser;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Links, images and HTML comments of the markdown body, with their positions. */
class LinksAndCommentsTest {

  private static final String PATH = "veps/sig-compute/42-some-feature/vep.md";

  private static Vep parse(String text) {
    return VepParser.parse(PATH, text.getBytes(UTF_8));
  }

  private static SourcePosition at(int line, int column) {
    return new SourcePosition(line, column);
  }

  private static final String LINKS =
      """
      # VEP #1: Links

      See [design](design/overview.md) and ![diagram](img/d.png "t").
      Abs [abs](https://github.com/kubevirt) and [anchor](#goals) and <https://kubevirt.io/>.
      Text with [ref][r1] and [up](../other/vep.md).

      [r1]: ./notes.md

      ```
      [not](a-link.md)
      ```

      Inline `[x](y.md)` is code.
      [mail](mailto:a@b.c) [root](/veps/x.md) [proto](//cdn.example/x.png)

      > Quoted [q](quoted.md)
      - Listed [l](listed.md)
      """;

  @Test
  void linksImagesAndReferencesWithPositions() {
    Vep vep = parse(LINKS);

    assertThat(vep.links())
        .containsExactly(
            new Link("design/overview.md", false, at(3, 5)),
            new Link("img/d.png", true, at(3, 38)),
            new Link("https://github.com/kubevirt", false, at(4, 5)),
            new Link("#goals", false, at(4, 44)),
            new Link("https://kubevirt.io/", false, at(4, 65)),
            new Link("../other/vep.md", false, at(5, 25)),
            new Link("./notes.md", false, at(7, 1)),
            new Link("mailto:a@b.c", false, at(14, 1)),
            new Link("/veps/x.md", false, at(14, 22)),
            new Link("//cdn.example/x.png", false, at(14, 41)),
            new Link("quoted.md", false, at(16, 10)),
            new Link("listed.md", false, at(17, 10)));
  }

  @Test
  void onlyRepositoryPathsAreRelative() {
    Vep vep = parse(LINKS);

    assertThat(vep.links().stream().filter(Link::isRelative).map(Link::destination))
        .containsExactly(
            "design/overview.md", "img/d.png", "../other/vep.md", "./notes.md", "quoted.md",
            "listed.md");
    assertThat(new Link("", false, SourcePosition.START).isRelative()).isFalse();
    assertThat(new Link("HTTP://X", false, SourcePosition.START).isRelative()).isFalse();
    assertThat(new Link("vep.md#goals", false, SourcePosition.START).isRelative()).isTrue();
  }

  @Test
  void linksAfterFrontMatterHaveFileLines() {
    Vep vep = parse("---\ntitle: X\n---\n# VEP #1: X\n\nSee [a](a.md).\n");

    assertThat(vep.links()).containsExactly(new Link("a.md", false, at(6, 5)));
  }

  private static final String COMMENTS =
      """
      # VEP #1: Comments

      <!-- block comment -->

      Text with <!-- inline note --> inside and <!-- second --> too.

        <!--
        indented
        multi-line
        -->

      <!-- vep-lint-disable A --> <!-- vep-lint-disable B -->

      <details>
      <!-- inside html -->
      </details>

      ```
      <!-- in fenced code -->
      ```

          <!-- in indented code -->

      Inline `<!-- in code span -->`.
      """;

  @Test
  void blockAndInlineCommentsWithPositionsAndEndLines() {
    Vep vep = parse(COMMENTS);

    assertThat(vep.comments())
        .containsExactly(
            new HtmlComment("block comment", at(3, 1), 3),
            new HtmlComment("inline note", at(5, 11), 5),
            new HtmlComment("second", at(5, 43), 5),
            new HtmlComment("indented\n  multi-line", at(7, 3), 10),
            new HtmlComment("vep-lint-disable A", at(12, 1), 12),
            new HtmlComment("vep-lint-disable B", at(12, 29), 12),
            new HtmlComment("inside html", at(15, 1), 15));
  }

  @Test
  void commentsInCodeAreNotCollected() {
    Vep vep = parse(COMMENTS);

    assertThat(vep.comments()).extracting(HtmlComment::text).noneMatch(t -> t.contains("code"));
  }

  @Test
  void unclosedCommentRunsToTheEnd() {
    Vep vep = parse("# VEP #1: X\n\n<!-- never closed\n\n## Hidden\n");

    assertThat(vep.comments())
        .containsExactly(new HtmlComment("never closed\n\n## Hidden", at(3, 1), 5));
    assertThat(vep.allSections()).extracting(Section::text).containsExactly("VEP #1: X");
  }

  @Test
  void commentsAfterFrontMatterAndWithCrlfHaveFileLines() {
    Vep vep = parse("---\r\ntitle: X\r\n---\r\n<!--\r\nprompt\r\n-->\r\n");

    assertThat(vep.comments()).containsExactly(new HtmlComment("prompt", at(4, 1), 6));
  }
}
