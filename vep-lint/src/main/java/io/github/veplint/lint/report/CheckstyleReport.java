package io.github.veplint.lint.report;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Checkstyle XML, the lingua franca of lint results: reviewdog ({@code -f=checkstyle}), Jenkins
 * warnings-ng, SonarQube importers and many CI dashboards read it.
 *
 * <pre>{@code
 * <?xml version="1.0" encoding="UTF-8"?>
 * <checkstyle version="0.1.0">
 *   <file name="veps/sig-compute/42-hotplug/vep.md">
 *     <error line="1" column="1" severity="error" message="..." source="vep-lint.title-format"/>
 *   </file>
 * </checkstyle>
 * }</pre>
 *
 * <p>Every linted file gets a {@code <file>}, empty when it is clean, so consumers that count
 * analyzed files see them all. Severities keep their names ({@code error}, {@code warning},
 * {@code info}, all valid Checkstyle severities); {@code source} is {@code vep-lint.} and the rule
 * id, like Checkstyle's dotted check names. File names are relative to the git repository's root
 * ({@link RepositoryPaths}). The {@code version} attribute is vep-lint's. Findings
 * about the repository as a whole go under the file name {@value XmlOutput#REPOSITORY}. A line
 * break in a message reaches readers as a space, as XML normalizes attribute values.
 */
public final class CheckstyleReport implements ReportWriter {

  @Override
  public String format() {
    return "checkstyle";
  }

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    RepositoryPaths paths = RepositoryPaths.of(result);
    XmlOutput.run(out, xml -> {
      xml.writeStartElement("checkstyle");
      xml.writeAttribute("version", context.toolVersion());
      for (String file : XmlOutput.files(result)) {
        List<Finding> findings = XmlOutput.findingsIn(result, file);
        xml.writeCharacters("\n  ");
        if (findings.isEmpty()) {
          xml.writeEmptyElement("file");
          xml.writeAttribute("name", XmlOutput.text(paths.of(file)));
          continue;
        }
        xml.writeStartElement("file");
        xml.writeAttribute("name", XmlOutput.text(paths.of(file)));
        for (Finding finding : findings) {
          writeError(xml, finding);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
    });
  }

  private static void writeError(XMLStreamWriter xml, Finding finding) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeEmptyElement("error");
    xml.writeAttribute("line", String.valueOf(finding.line()));
    xml.writeAttribute("column", String.valueOf(finding.column()));
    xml.writeAttribute("severity", finding.severity().label());
    xml.writeAttribute("message", XmlOutput.text(finding.message()));
    xml.writeAttribute("source", "vep-lint." + finding.ruleId());
  }
}
