package io.github.veplint.lint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.veplint.lint.config.ConfigurationException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The NAME=FILE list every caller parses through, and writing every report of a run. */
class ReportTargetsTest {

  @TempDir Path dir;

  @Test
  void bareNamesGoWhereTheCallerSaysFilesAreResolvedAndEveryReportIsWritten() throws Exception {
    List<ReportTargets.Target> targets = ReportTargets.parse(List.of("text", " json = out/r.json ", " "),
        dir::resolve, name -> Optional.empty());

    assertThat(targets).extracting(ReportTargets.Target::format).containsExactly("text", "json");
    assertThat(targets).extracting(ReportTargets.Target::file)
        .containsExactly(Optional.empty(), Optional.of(dir.resolve("out/r.json")));

    StringWriter out = new StringWriter();
    ReportTargets.write(targets, Fixtures.result(), Fixtures.context(), out);
    assertThat(out.toString()).endsWith(TextReport.summary(Fixtures.result()) + System.lineSeparator());
    assertThat(Files.readString(dir.resolve("out/r.json"))).startsWith("{").contains("\"errors\"");
  }

  @Test
  void badEntriesSayWhyWithoutTheOptionName() {
    assertThatThrownBy(() -> ReportTargets.parse(List.of("yaml"), dir::resolve, n -> Optional.empty()))
        .isInstanceOf(ReportTargets.InvalidEntry.class)
        .hasMessage("unknown report format 'yaml'; use one of " + ReportFormats.names());
    assertThatThrownBy(() -> ReportTargets.parse(List.of("json= "), dir::resolve, n -> Optional.empty()))
        .hasMessage("'json=': the file name after '=' is empty");
    assertThatThrownBy(() -> ReportTargets.parse(List.of("json=a", "sarif=./a"), dir::resolve, n -> Optional.empty()))
        .hasMessage("'json' and 'sarif' would both be written to " + dir.resolve("a"));
    assertThatThrownBy(() -> ReportTargets.parse(List.of("json=" + dir), Path::of, n -> Optional.empty()))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("it is a directory");
  }
}
