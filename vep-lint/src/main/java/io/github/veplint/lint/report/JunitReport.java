package io.github.veplint.lint.report;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, for CI systems that show lint results as test results (Jenkins' JUnit plugin, GitLab
 * merge request test reports, GitHub test-reporter actions).
 *
 * <p>The mapping: one suite, {@code vep-lint}; one test case per linted file ({@code
 * classname="vep-lint"}, {@code name} the file's path), so every file shows up and a clean file is a
 * passed test. A file with error or warning findings fails: its single {@code <failure
 * message="N findings" type="vep-lint">} lists them, one {@code line:col severity rule message} per
 * line. Info findings never fail a test, since they never fail a build by default; they are listed
 * the same way in the test case's {@code <system-out>}, where CI systems show them on demand.
 * {@code errors} and {@code skipped} are always 0 (no file is skipped, and vep-lint's own errors are
 * findings too), and {@code time} is 0 because files are linted in parallel and not timed.
 * Findings about the repository as a whole form a test case named {@value XmlOutput#REPOSITORY}.
 *
 * <p>The output validates against the JUnit schema Jenkins uses (the dtkit {@code junit-4.xsd}).
 */
public final class JunitReport implements ReportWriter {

  @Override
  public String format() {
    return "junit";
  }

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    SortedSet<String> files = XmlOutput.files(result);
    long failures = files.stream().filter(file -> !failing(XmlOutput.findingsIn(result, file)).isEmpty()).count();
    XmlOutput.run(out, xml -> {
      xml.writeStartElement("testsuites");
      counts(xml, files.size(), failures);
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      counts(xml, files.size(), failures);
      xml.writeAttribute("skipped", "0");
      for (String file : files) {
        writeTestCase(xml, file, XmlOutput.findingsIn(result, file));
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
    });
  }

  private static void counts(XMLStreamWriter xml, int tests, long failures) throws XMLStreamException {
    xml.writeAttribute("name", "vep-lint");
    xml.writeAttribute("tests", String.valueOf(tests));
    xml.writeAttribute("failures", String.valueOf(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("time", "0");
  }

  private static void writeTestCase(XMLStreamWriter xml, String file, List<Finding> findings)
      throws XMLStreamException {
    List<Finding> failing = failing(findings);
    List<Finding> infos = findings.stream().filter(f -> f.severity() == Severity.INFO).toList();
    xml.writeCharacters("\n    ");
    if (findings.isEmpty()) {
      xml.writeEmptyElement("testcase");
    } else {
      xml.writeStartElement("testcase");
    }
    xml.writeAttribute("classname", "vep-lint");
    xml.writeAttribute("name", XmlOutput.text(file));
    xml.writeAttribute("time", "0");
    if (findings.isEmpty()) {
      return;
    }
    if (!failing.isEmpty()) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("failure");
      xml.writeAttribute("message", failing.size() + (failing.size() == 1 ? " finding" : " findings"));
      xml.writeAttribute("type", "vep-lint");
      xml.writeCharacters(lines(failing));
      xml.writeEndElement();
    }
    if (!infos.isEmpty()) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("system-out");
      xml.writeCharacters(lines(infos));
      xml.writeEndElement();
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static List<Finding> failing(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity().isAtLeast(Severity.WARNING)).toList();
  }

  /** {@code line:col severity rule message}, one finding per line. */
  static String lines(List<Finding> findings) {
    return findings.stream()
        .map(f -> XmlOutput.text(f.line() + ":" + f.column() + " " + f.severity().label() + " " + f.ruleId() + " " + f.message()))
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
