package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.FrontMatterRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.Located;
import io.github.veplint.model.Vep;
import io.github.veplint.model.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * {@code replaces} and {@code superseded-by} name a VEP of this repository: some VEP directory
 * carries the number. Their shape (a number, not this VEP) is {@code replacement-link}'s.
 *
 * <p>Stricter than kubevirt/enhancements' validator, which accepts any number: a mistyped successor
 * sends every reader of the old VEP to the wrong design. Turn the rule off to get the validator's
 * verdict.
 */
@RuleInfo(
    id = "replacement-target",
    severity = Severity.ERROR,
    summary = "replaces and superseded-by name a VEP that exists in the repository",
    tags = {"front-matter", "links"})
public final class ReplacementTargetRule extends FrontMatterRule {

  @Override
  protected void checkFrontMatter(VepFile file, YamlNode.Mapping frontMatter, FindingSink sink) {
    Vep vep = file.vep();
    LintContext context = file.context();
    Optional<Integer> own = vep.metadata().number().map(Located::value);
    for (String key : List.of("replaces", "superseded-by")) {
      Optional<YamlNode.Scalar> reference = ReplacementLinkRule.reference(frontMatter, key);
      if (reference.isEmpty()) {
        continue;
      }
      int number = Integer.parseInt(reference.get().value().strip());
      if (!own.equals(Optional.of(number)) && !context.knownVepNumbers().contains(number)) {
        sink.report(
            reference.get().position(),
            ("'%1$s' names VEP %2$s, which does not exist in this repository (no VEP directory is numbered"
                + " %2$s): check the number, or leave '%1$s' empty until that VEP has merged").formatted(key, number));
      }
    }
  }
}
