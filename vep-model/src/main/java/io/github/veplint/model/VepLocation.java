package io.github.veplint.model;

import java.util.Optional;

/**
 * What a VEP file's path says: {@code veps/<sig>/<number>-<slug>/vep.md}.
 *
 * @param relativePath the file's path relative to the repository root, with {@code /} separators
 * @param sigDirectory the directory under the VEP root that holds the VEP, e.g. {@code sig-compute}
 *     or {@code meta-VEPs}; empty when the file is not under a SIG directory
 * @param vepDirectory the VEP's own directory name, e.g. {@code 10-dra-devices}; empty for a
 *     single-file VEP that sits directly in the SIG directory
 * @param number the number the directory name starts with
 * @param slug the part after {@code <number>-}, or empty
 * @param fileName the file's name, e.g. {@code vep.md}
 */
public record VepLocation(
    String relativePath,
    Optional<String> sigDirectory,
    Optional<String> vepDirectory,
    Optional<Integer> number,
    Optional<String> slug,
    String fileName) {

  /** The directory of process VEPs, which are exempt from feature gates and stages. */
  public static final String PROCESS_DIRECTORY = "meta-VEPs";

  /** The file name of a VEP's main document. */
  public static final String MAIN_FILE = "vep.md";

  /**
   * Whether this is a process VEP (it lives under {@code meta-VEPs/}).
   *
   * @return true for a VEP under {@code meta-VEPs/}
   */
  public boolean isProcessVep() {
    return sigDirectory.map(PROCESS_DIRECTORY::equals).orElse(false);
  }

  /**
   * Whether the file is the VEP's main document rather than an attachment.
   *
   * @return true for the main document, false for an attachment
   */
  public boolean isMainFile() {
    return fileName.equals(MAIN_FILE);
  }
}
