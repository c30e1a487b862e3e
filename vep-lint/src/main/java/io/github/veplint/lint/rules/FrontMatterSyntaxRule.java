package io.github.veplint.lint.rules;

import io.github.veplint.lint.Severity;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.LintContext;
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
public final class FrontMatterSyntaxRule implements DocumentRule {

  @Override
  public String id() {
    return "frontmatter-syntax";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "The front matter is valid, closed YAML: a mapping without duplicate keys or tags";
  }

  @Override
  public String description() {
    return """
        CI, the release team's tooling and every other vep-lint rule read the VEP's governance \
        data (status, owning SIG, reviewers, approvers, milestones) from the front matter. When \
        the block is not valid YAML none of it can be read, so the VEP cannot be tracked for a \
        release. A duplicate key is worse: YAML tools disagree on which value wins, so the \
        status one reviewer sees may not be the one CI sees.

        Reported: invalid YAML, a block opened with `---` but never closed, a block that is a \
        list or a single value, duplicate keys, explicit tags such as `!!python/object`, and \
        anchors/aliases or nesting beyond what front matter needs.

        Bad:
        ```markdown
        ---
        status: provisional
        authors:
          - @octocat
        status: implementable
        ---
        ```

        Good (handles are quoted: `@` cannot start a plain YAML value):
        ```markdown
        ---
        status: implementable
        authors:
          - "@octocat"
        ---
        ```
        """;
  }

  @Override
  public void check(Vep vep, LintContext context, FindingSink sink) {
    if (!vep.location().isMainFile()) {
      return;
    }
    vep.problems().stream()
        .filter(ParseProblem::isFrontMatterProblem)
        .forEach(problem -> sink.report(problem.position(), problem.message()));
  }
}
