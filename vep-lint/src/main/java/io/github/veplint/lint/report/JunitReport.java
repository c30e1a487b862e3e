package io.github.veplint.lint.report;

import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, for CI systems that show lint results as test results (Jenkins' JUnit plugin, GitLab
 * merge request test reports, GitHub test-reporter actions), shaped as linters' JUnit output is:
 * one test case per finding, with its location.
 *
 * <p>The mapping: one suite, {@code vep-lint}. Each finding is a test case with {@code
 * classname} its file, {@code name} {@code rule at line:col}, and {@code file} and {@code line}
 * attributes (what GitLab and the test-reporter actions read to link the file); an error or warning
 * fails it ({@code <failure message="the message" type="rule">} with {@code file:line:col severity
 * rule message} as its text), an info passes and carries that line in {@code <system-out>}, since
 * infos never fail a build by default. A linted file without findings is one passed test case
 * named after it, so every file shows up. Files are relative to the git repository's root ({@link
 * RepositoryPaths}); findings about the repository as a whole have the file {@value
 * XmlOutput#REPOSITORY} and no line attribute. {@code errors} and {@code skipped} are always 0, and
 * {@code time} is 0 because files are linted in parallel and not timed.
 *
 * <p>Apart from {@code file} and {@code line}, which Jenkins' parser ignores and its schema
 * predates, the output validates against the JUnit schema Jenkins uses (the dtkit {@code
 * junit-4.xsd}).
 */
public final class JunitReport implements ReportWriter {

  @Override
  public String format() {
    return "junit";
  }

  /** One test case: a finding, or a linted file without any. */
  private record TestCase(String file, Finding finding) {}

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    RepositoryPaths paths = RepositoryPaths.of(result);
    SortedSet<String> files = XmlOutput.files(result);
    List<TestCase> cases = new ArrayList<>();
    for (String file : files) {
      List<Finding> findings = XmlOutput.findingsIn(result, file);
      if (findings.isEmpty()) {
        cases.add(new TestCase(paths.of(file), null));
      }
      findings.forEach(finding -> cases.add(new TestCase(paths.of(file), finding)));
    }
    long failures = cases.stream().filter(c -> c.finding() != null && failing(c.finding())).count();
    XmlOutput.run(out, xml -> {
      xml.writeStartElement("testsuites");
      counts(xml, cases.size(), failures);
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      counts(xml, cases.size(), failures);
      xml.writeAttribute("skipped", "0");
      for (TestCase testCase : cases) {
        writeTestCase(xml, testCase);
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

  private static void writeTestCase(XMLStreamWriter xml, TestCase testCase) throws XMLStreamException {
    Finding finding = testCase.finding();
    xml.writeCharacters("\n    ");
    if (finding == null) {
      xml.writeEmptyElement("testcase");
    } else {
      xml.writeStartElement("testcase");
    }
    xml.writeAttribute("classname", XmlOutput.text(testCase.file()));
    xml.writeAttribute("name", finding == null
        ? XmlOutput.text(testCase.file())
        : finding.ruleId() + " at " + finding.line() + ":" + finding.column());
    xml.writeAttribute("file", XmlOutput.text(testCase.file()));
    if (finding != null && !finding.file().isEmpty()) {
      xml.writeAttribute("line", String.valueOf(finding.line()));
    }
    xml.writeAttribute("time", "0");
    if (finding == null) {
      return;
    }
    xml.writeCharacters("\n      ");
    if (failing(finding)) {
      xml.writeStartElement("failure");
      xml.writeAttribute("message", XmlOutput.text(finding.message()));
      xml.writeAttribute("type", finding.ruleId());
    } else {
      xml.writeStartElement("system-out");
    }
    xml.writeCharacters(line(testCase.file(), finding));
    xml.writeEndElement();
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static boolean failing(Finding finding) {
    return finding.severity().isAtLeast(Severity.WARNING);
  }

  /** {@code file:line:col severity rule message}, as the text report says it. */
  static String line(String file, Finding finding) {
    return XmlOutput.text(file + ":" + finding.line() + ":" + finding.column() + " " + finding.severity().label()
        + " " + finding.ruleId() + " " + finding.message()) + "\n";
  }
}
