package io.github.veplint.lint.report;

import static io.github.veplint.lint.report.Fixtures.CLEAN;
import static io.github.veplint.lint.report.Fixtures.HOTPLUG;
import static io.github.veplint.lint.report.Fixtures.NOTES;
import static io.github.veplint.lint.report.Fixtures.TRICKY;
import static io.github.veplint.lint.report.Fixtures.UMLAUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckstyleReportTest {

  private static Document render(LintResult result) {
    String xml = Fixtures.render(new CheckstyleReport(), result, Fixtures.context());
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle");
    return Validators.xml(xml);
  }

  private static List<Element> elements(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  @Test
  void listsEveryFileWithItsErrors() {
    Element root = render(Fixtures.result()).getDocumentElement();

    assertThat(root.getTagName()).isEqualTo("checkstyle");
    assertThat(root.getAttribute("version")).isEqualTo("1.2.3");
    List<Element> files = elements(root, "file");
    assertThat(files).extracting(f -> f.getAttribute("name")).containsExactly(".", UMLAUT, NOTES, HOTPLUG, CLEAN);
    assertThat(files).extracting(f -> elements(f, "error").size()).containsExactly(1, 1, 1, 3, 0);

    Element warning = elements(files.get(3), "error").get(1);
    assertThat(warning.getAttribute("line")).isEqualTo("12");
    assertThat(warning.getAttribute("column")).isEqualTo("3");
    assertThat(warning.getAttribute("severity")).isEqualTo("warning");
    assertThat(warning.getAttribute("source")).isEqualTo("vep-lint.missing-section");
    assertThat(elements(files.get(3), "error")).extracting(e -> e.getAttribute("severity"))
        .containsExactly("error", "warning", "info");
  }

  @Test
  void messagesRoundTripThroughEscaping() {
    Element warning = elements(elements(render(Fixtures.result()).getDocumentElement(), "file").get(3), "error").get(1);

    // An XML parser normalizes a newline in an attribute to a space; everything else survives.
    assertThat(warning.getAttribute("message")).isEqualTo(TRICKY.replace('\n', ' '));
    assertThat(TRICKY).contains("<", "&", "\"", "]]>");
  }

  @Test
  void charactersXmlCannotCarryAreReplaced() {
    LintResult result = new LintResult("/r", List.of(HOTPLUG), List.of(
        Fixtures.finding("title-format", Severity.ERROR, HOTPLUG, 1, 1, "bell\u0007 and \uD83D\uDE00 and lone \uD800")));

    Element error = elements(render(result).getDocumentElement(), "error").get(0);

    assertThat(error.getAttribute("message")).isEqualTo("bell\uFFFD and \uD83D\uDE00 and lone \uFFFD");
  }

  @Test
  void aCleanRunIsAnEmptyCheckstyleElement() {
    Element root = render(Fixtures.empty()).getDocumentElement();

    assertThat(elements(root, "file")).isEmpty();
  }
}
