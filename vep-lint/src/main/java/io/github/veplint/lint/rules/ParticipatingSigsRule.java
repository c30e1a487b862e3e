package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Fix;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.Report;
import io.github.veplint.lint.spi.FrontMatterRule;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import io.github.veplint.model.YamlNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    tags = "front-matter",
    fixable = true)
public final class ParticipatingSigsRule extends FrontMatterRule {

  private static final Pattern BLOCK_ITEM = Pattern.compile("\\s*-\\s+([\"']?)([^\"'#\\s]+)\\1\\s*");
  private static final Pattern FLOW_ITEM = Pattern.compile("([\"']?)([^\"',\\]\\s]+)\\1");

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
        String message = "'" + name + "' is the owning SIG: remove it from participating-sigs, which lists the"
            + " other SIGs that must LGTM the VEP";
        sink.report(Report.at(sig.position(), message).withFix(removal(file.vep(), frontMatter, list.get(), sig)));
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

  /**
   * Removes one entry from the list as written: a block entry's line (the key then says {@code []}
   * when it was the only one), or a flow entry with its comma. None when the entry shares its line
   * with anything else, such as a comment, that removing it would lose.
   */
  private static Optional<Fix> removal(Vep vep, YamlNode.Mapping frontMatter, YamlNode list, YamlNode.Scalar sig) {
    String file = vep.location().relativePath();
    int line = sig.position().line();
    if (line < 1 || line > vep.lines().size()) {
      return Optional.empty();
    }
    String text = vep.line(line);
    String description = "remove '" + sig.value() + "' from participating-sigs";
    Matcher block = BLOCK_ITEM.matcher(text);
    if (block.matches() && block.group(2).equals(sig.value())) {
      if (FrontMatterSupport.items(list).size() > 1) {
        return Optional.of(Fix.deleteLines(description, file, line, line));
      }
      int keyLine = frontMatter.entry("participating-sigs").orElseThrow().keyPosition().line();
      String key = vep.line(keyLine);
      if (!key.strip().equals("participating-sigs:")) {
        return Optional.empty();
      }
      return Optional.of(new Fix(description, List.of(
          new Fix.Edit(file, new SourcePosition(keyLine, key.length() + 1), new SourcePosition(keyLine, key.length() + 1), " []"),
          new Fix.Edit(file, SourcePosition.lineStart(line), SourcePosition.lineStart(line + 1), "")), List.of()));
    }
    int at = sig.position().column() - 1;
    Matcher flow = FLOW_ITEM.matcher(text);
    if (at < 0 || !text.substring(0, at).contains("[") || !flow.find(at) || flow.start() != at
        || !flow.group(2).equals(sig.value())) {
      return Optional.empty();
    }
    int start = at;
    int end = flow.end();
    int after = end;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    if (after < text.length() && text.charAt(after) == ',') {
      end = after + 1;
      while (end < text.length() && text.charAt(end) == ' ') {
        end++;
      }
    } else {
      int before = start;
      while (before > 0 && text.charAt(before - 1) == ' ') {
        before--;
      }
      if (before > 0 && text.charAt(before - 1) == ',') {
        start = before - 1;
      }
    }
    return Optional.of(Fix.replace(description, file, new SourcePosition(line, start + 1),
        new SourcePosition(line, end + 1), ""));
  }
}
