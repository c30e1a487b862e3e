package io.github.veplint.lint.rules;

import io.github.veplint.lint.Severity;
import io.github.veplint.lint.spi.FrontMatterRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.YamlNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code participating-sigs} lists other known SIGs, each once, and not the owning SIG.
 *
 * <p>Every entry is checked where it is written. This rule also owns the schema's SIG-name-shape
 * and uniqueness violations on this key, so {@code frontmatter-schema} does not repeat them.
 */
@RuleInfo(
    id = "participating-sigs",
    severity = Severity.WARNING,
    summary = "participating-sigs names known SIGs other than the owning SIG, each once",
    tags = "front-matter")
public final class ParticipatingSigsRule extends FrontMatterRule {

  @Override
  protected void checkFrontMatter(VepFile file, YamlNode.Mapping frontMatter, FindingSink sink) {
    LintContext context = file.context();
    Optional<YamlNode> list = frontMatter.get("participating-sigs");
    if (list.isEmpty()) {
      return;
    }
    Optional<String> owning =
        FrontMatterSupport.scalar(frontMatter, "owning-sig").map(YamlNode.Scalar::value);
    Map<String, Integer> firstLine = new HashMap<>();
    for (YamlNode item : FrontMatterSupport.items(list.get())) {
      if (!(item instanceof YamlNode.Scalar sig) || sig.value().isBlank()) {
        sink.report(
            item.position(),
            "each participating SIG must be a SIG name such as 'sig-storage': remove this entry or"
                + " name the SIG");
        continue;
      }
      String name = sig.value();
      Integer earlier = firstLine.putIfAbsent(name, sig.position().line());
      if (owning.isPresent() && owning.get().equals(name)) {
        sink.report(
            sig.position(),
            "'" + name + "' is the owning SIG: remove it from participating-sigs, which lists the"
                + " other SIGs that must LGTM the VEP");
      } else if (earlier != null) {
        sink.report(
            sig.position(),
            "'" + name + "' is listed twice (first on line " + earlier + "): remove the repeat");
      } else if (!context.sigs().contains(name)) {
        String candidate = name.startsWith("sig-") ? name : "sig-" + name;
        sink.report(
            sig.position(),
            "unknown SIG '" + name + "'" + FrontMatterSupport.didYouMean(candidate, context.sigs())
                + ": participating-sigs takes SIGs of this repository (" + String.join(", ", context.sigs())
                + ")");
      }
    }
  }
}
