package io.github.veplint.lint.report;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Shared XML writing for the Checkstyle and JUnit reports. */
final class XmlOutput {

  /** The name that stands for the repository as a whole, for findings with an empty file. */
  static final String REPOSITORY = ".";

  // The JDK's own implementation, not whatever a class path offers (a Maven build may carry
  // Woodstox), so output is the same wherever vep-lint runs.
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private XmlOutput() {}

  /** A StAX writer on {@code out}; StAX escapes markup characters in text and attributes. */
  static XMLStreamWriter writer(Writer out) throws XMLStreamException {
    return FACTORY.createXMLStreamWriter(out);
  }

  /**
   * Replaces the characters XML 1.0 cannot carry at all, even escaped (most C0 controls, lone
   * surrogates, U+FFFE and U+FFFF), with U+FFFD, so a stray control character in a VEP cannot make
   * the whole report unreadable.
   */
  static String text(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    // Code points, so a valid surrogate pair is one character and a lone surrogate is caught.
    text.codePoints().forEach(c -> clean.appendCodePoint(allowed(c) ? c : 0xFFFD));
    return clean.toString();
  }

  private static boolean allowed(int c) {
    return c == '\t' || c == '\n' || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /** The file name a finding is reported under. */
  static String fileName(String file) {
    return file.isEmpty() ? REPOSITORY : file;
  }

  /** Every linted file and every file a finding names, sorted. */
  static SortedSet<String> files(LintResult result) {
    SortedSet<String> files = new TreeSet<>(result.files());
    result.findings().forEach(f -> files.add(fileName(f.file())));
    return files;
  }

  /** The findings reported under a file name. */
  static List<Finding> findingsIn(LintResult result, String name) {
    return result.findings().stream().filter(f -> fileName(f.file()).equals(name)).toList();
  }

  /** Runs StAX code, turning its checked exception into the I/O error the report contract expects. */
  static void run(Writer out, XmlBody body) throws IOException {
    try {
      XMLStreamWriter xml = writer(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      body.write(xml);
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write XML report: " + e.getMessage(), e);
    }
  }

  /** The body of an XML report. */
  @FunctionalInterface
  interface XmlBody {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }
}
