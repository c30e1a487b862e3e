package io.github.veplint.lint.spi;

import io.github.veplint.lint.template.TemplateSections;

/**
 * A document rule about the template sections of a VEP's main file: {@link #checkSections} sees
 * only main files whose sections can be read (not a binary or unreadable file), and finds how the
 * file conforms to the template in {@link VepFile#template()}.
 */
public abstract class TemplateSectionRule extends MainFileRule {

  /** For subclasses. */
  protected TemplateSectionRule() {}

  @Override
  protected final void checkMainFile(VepFile file, FindingSink sink) {
    if (TemplateSections.isReadable(file.vep())) {
      checkSections(file, sink);
    }
  }

  /**
   * Checks a readable main file's sections and reports what is wrong.
   *
   * @param file the main file, with its parsed VEP, context, template conformance and shared facts
   * @param sink where findings go; positions are in the file
   */
  protected abstract void checkSections(VepFile file, FindingSink sink);
}
