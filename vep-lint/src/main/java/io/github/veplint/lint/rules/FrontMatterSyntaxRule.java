package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.MainFileRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.Vep;

/**
 * The front matter block could not be read as VEP 282 intends: it is not valid YAML, never closed,
 * not a mapping, repeats a key, uses an explicit YAML tag, or is too complex (aliases, nesting).
 *
 * <p>The parser already found these problems and wrote a message that says how to fix each one;
 * this rule turns every front matter {@link ParseProblem} into a finding at its position. While the
 * block is unreadable the other front matter rules stay quiet, so this is the one finding to fix
 * first.
 */
@RuleInfo(
    id = "frontmatter-syntax",
    severity = Severity.ERROR,
    summary = "The front matter is valid, closed YAML: a mapping without duplicate keys or tags",
    tags = "front-matter")
public final class FrontMatterSyntaxRule extends MainFileRule {

  @Override
  protected void checkMainFile(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    vep.problems().stream()
        .filter(ParseProblem::isFrontMatterProblem)
        .forEach(problem -> sink.report(problem.position(), problem.message()));
  }
}
