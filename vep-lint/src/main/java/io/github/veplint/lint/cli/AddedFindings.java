package io.github.veplint.lint.cli;

import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check --add-findings FILE}: findings of checks made outside vep-lint, one per line, {@code
 * RULE<TAB>SEVERITY<TAB>FILE<TAB>LINE<TAB>COLUMN<TAB>MESSAGE}; blank lines are skipped. At most 1 MiB;
 * a line that is not of this form is a one-line error naming the file and line.
 */
final class AddedFindings {

  private static final long MAX_BYTES = 1 << 20;

  private AddedFindings() {}

  static List<Finding> read(Path file) {
    List<String> lines;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ConfigurationException(file + ": larger than 1 MiB");
      }
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException(file + ": cannot read the findings (" + e.getMessage() + ")", e);
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] cells = lines.get(i).split("\t", 6);
      try {
        Severity severity = Severity.parse(cells[1]).orElseThrow(IllegalArgumentException::new);
        int line = Integer.parseInt(cells[3]);
        int column = Integer.parseInt(cells[4]);
        if (cells[0].isBlank() || line < 1 || column < 1) {
          throw new IllegalArgumentException();
        }
        findings.add(new Finding(cells[0], severity, cells[2], new SourcePosition(line, column), cells[5]));
      } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        throw new ConfigurationException(file + ":" + (i + 1)
            + ": not RULE<TAB>SEVERITY<TAB>FILE<TAB>LINE<TAB>COLUMN<TAB>MESSAGE (severity error, warning or info)");
      }
    }
    return findings;
  }
}
