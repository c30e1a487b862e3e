package io.github.veplint.lint.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path directory;

  @Test
  void replacesTheFileWhenItStillHoldsWhatWasRead() throws Exception {
    Path vep = directory.resolve("vep.md");
    Files.writeString(vep, "# VEP #1: Old\n");

    AtomicFiles.write(vep, bytes("---\n---\n# VEP #1: Old\n"), Optional.of(bytes("# VEP #1: Old\n")));

    assertThat(Files.readString(vep)).isEqualTo("---\n---\n# VEP #1: Old\n");
    try (var left = Files.list(directory)) {
      assertThat(left).containsExactly(vep);
    }
  }

  @Test
  void refusesAndKeepsTheEditWhenTheFileChangedAfterItWasRead() throws Exception {
    Path vep = directory.resolve("vep.md");
    Files.writeString(vep, "# VEP #1: Saved by an editor meanwhile\n");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    vep, bytes("---\n---\n# VEP #1: Old\n"), Optional.of(bytes("# VEP #1: Old\n"))))
        .isInstanceOf(AtomicFiles.ChangedOnDiskException.class)
        .hasMessageContaining("vep.md changed on disk");

    assertThat(Files.readString(vep)).isEqualTo("# VEP #1: Saved by an editor meanwhile\n");
    try (var left = Files.list(directory)) {
      assertThat(left).as("no temporary file left behind").containsExactly(vep);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
