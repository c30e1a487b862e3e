package io.github.veplint.lint.spi;

import io.github.veplint.model.FrontMatter;
import io.github.veplint.model.YamlNode;
import java.util.Optional;

/**
 * A document rule about the VEP 282 front matter of a VEP's main file: {@link #checkFrontMatter}
 * sees only main files whose front matter is a readable mapping. Files without front matter, and
 * blocks that are not a readable mapping (which {@code frontmatter-syntax} reports), never reach it,
 * so such a rule stays quiet rather than guess.
 */
public abstract class FrontMatterRule implements DocumentRule {

  /** For subclasses. */
  protected FrontMatterRule() {}

  @Override
  public final void check(VepFile file, FindingSink sink) {
    Optional<YamlNode.Mapping> root = file.isMainFile()
        ? file.vep().frontMatter().flatMap(FrontMatter::root)
        : Optional.empty();
    if (root.isPresent()) {
      checkFrontMatter(file, root.get(), sink);
    }
  }

  /**
   * Checks a main file's front matter and reports what is wrong.
   *
   * @param file the main file, with its parsed VEP, context and shared facts
   * @param frontMatter the front matter's top-level mapping
   * @param sink where findings go; positions are in the file
   */
  protected abstract void checkFrontMatter(VepFile file, YamlNode.Mapping frontMatter, FindingSink sink);
}
