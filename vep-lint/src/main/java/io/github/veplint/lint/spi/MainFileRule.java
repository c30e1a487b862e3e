package io.github.veplint.lint.spi;

/**
 * A document rule about a VEP's main file only (its {@code vep.md}, or a single-file VEP), not
 * the attachments beside it: the engine's files pass through {@link #check(VepFile, FindingSink)},
 * which hands main files to {@link #checkMainFile}.
 */
public abstract class MainFileRule implements DocumentRule {

  /** For subclasses. */
  protected MainFileRule() {}

  @Override
  public final void check(VepFile file, FindingSink sink) {
    if (file.isMainFile()) {
      checkMainFile(file, sink);
    }
  }

  /**
   * Checks a VEP's main file and reports what is wrong.
   *
   * @param file the main file, with its parsed VEP, context and shared facts
   * @param sink where findings go; positions are in the file
   */
  protected abstract void checkMainFile(VepFile file, FindingSink sink);
}
