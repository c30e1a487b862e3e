package io.github.veplint.lint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

  @TempDir Path directory;

  @BeforeEach
  void posixOnly() {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
  }

  @Test
  void aNewReportIsReadableByOthersNotOwnerOnlyLikeItsTemporaryFile() throws Exception {
    Path report = directory.resolve("results/vep-lint.sarif");

    ReportFiles.writeAtomically(report, "{}");

    assertThat(Files.readString(report)).isEqualTo("{}");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
        .isEqualTo("rw-r--r--");
    try (var left = Files.list(report.getParent())) {
      assertThat(left).containsExactly(report);
    }
  }

  @Test
  void aReplacedReportKeepsThePermissionsItHad() throws Exception {
    Path report = directory.resolve("vep-lint.html");
    Files.writeString(report, "old");
    Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));

    ReportFiles.writeAtomically(report, "new");

    assertThat(Files.readString(report)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
        .isEqualTo("rw-rw----");
  }
}
