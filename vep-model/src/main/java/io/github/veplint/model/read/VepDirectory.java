package io.github.veplint.model.read;

import io.github.veplint.model.VepLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One VEP's directory, {@code <vep-root>/<sig>/<number>-<slug>/}.
 *
 * @param directory the directory
 * @param relativePath its path relative to the repository root, with {@code /} separators
 * @param vepRoot the VEP root it lives under
 * @param sigDirectory the name of the SIG directory holding it (or {@code meta-VEPs}); empty for a
 *     VEP directory that lies straight under the VEP root, outside any SIG directory
 * @param mainFile the directory's {@code vep.md}, when present
 * @param attachments the other markdown files in the directory and below it, sorted; they belong
 *     to the VEP and are not VEPs themselves (e.g. {@code 21-passt/passt-beta.md})
 */
public record VepDirectory(
    Path directory,
    String relativePath,
    Path vepRoot,
    String sigDirectory,
    Optional<Path> mainFile,
    List<Path> attachments) {

  /**
   * Copies the list so the record stays immutable.
   *
   * @param directory the directory
   * @param relativePath its path relative to the repository root, with {@code /} separators
   * @param vepRoot the VEP root it lives under
   * @param sigDirectory the name of the SIG directory holding it (or {@code meta-VEPs}); empty for
   *     a VEP directory that lies straight under the VEP root, outside any SIG directory
   * @param mainFile the directory's {@code vep.md}, when present
   * @param attachments the other markdown files in the directory and below it, sorted; they belong
   *     to the VEP and are not VEPs themselves (e.g. {@code 21-passt/passt-beta.md})
   */
  public VepDirectory {
    attachments = List.copyOf(attachments);
  }

  /**
   * The number the directory name starts with, e.g. 10 for {@code 10-dra-devices}.
   *
   * @return the number; empty when the name does not start with one
   */
  public Optional<Integer> number() {
    return io.github.veplint.model.internal.PathReader.read(relativePath + "/" + VepLocation.MAIN_FILE)
        .number();
  }

  /**
   * The directory's own name, e.g. {@code 10-dra-devices}.
   *
   * @return the last element of the directory's path
   */
  public String name() {
    return directory.getFileName().toString();
  }
}
