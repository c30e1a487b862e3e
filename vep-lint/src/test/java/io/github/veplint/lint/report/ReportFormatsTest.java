package io.github.veplint.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatsTest {

  @Test
  void registersEveryFormatUnderItsOwnName() {
    assertThat(ReportFormats.names()).containsExactly("checkstyle", "facts", "github", "html", "json", "junit", "sarif", "summary", "text");
    for (String name : ReportFormats.names()) {
      assertThat(ReportFormats.forName(name)).get().extracting(ReportWriter::format).isEqualTo(name);
    }
    assertThat(ReportFormats.forName("pdf")).isEmpty();
  }
}
