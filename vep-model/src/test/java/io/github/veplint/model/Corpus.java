package io.github.veplint.model;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the shared corpus of real VEPs. Set by {@code -Dvep.corpus=DIR}; when it is absent the
 * tests that need it are skipped, unless {@code -Dvep.corpus.required=true}, when they fail.
 */
public final class Corpus {

  private Corpus() {}

  /** The corpus directory, or a skip (or failure, when required) when it is absent. */
  public static Path root() {
    String configured = System.getProperty("vep.corpus", "../../shared/corpus");
    Path root = Path.of(configured).toAbsolutePath().normalize();
    boolean present = Files.isDirectory(root.resolve("kubevirt-enhancements/veps"));
    if (!present && Boolean.getBoolean("vep.corpus.required")) {
      throw new AssertionError(
          "corpus required (vep.corpus.required=true) but not found at " + root
              + ": pass -Dvep.corpus=DIR");
    }
    Assumptions.assumeTrue(present, () -> "corpus not found at " + root + "; corpus tests skipped");
    return root;
  }

  /**
   * The VEPs written or revised after the snapshot, with the proposed newest template, and no git
   * history (see the corpus README); a skip (or failure, when required) when it is absent.
   */
  public static Path newerEnhancements() {
    Path newer = root().resolve("kubevirt-enhancements-newer");
    boolean present = Files.isDirectory(newer.resolve("veps"));
    if (!present && Boolean.getBoolean("vep.corpus.required")) {
      throw new AssertionError("corpus required but " + newer + " not found");
    }
    Assumptions.assumeTrue(present, () -> newer + " not found; newer-corpus tests skipped");
    return newer;
  }

  /** The kubevirt/enhancements checkout inside the corpus. */
  public static Path enhancements() {
    return root().resolve("kubevirt-enhancements");
  }
}
