package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.BaseRevision;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.Report;
import io.github.veplint.lint.spi.MainFileRule;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.model.Located;
import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import java.util.Optional;

/**
 * A main {@code vep.md} has no YAML front matter: it still uses the older prose layout ("VEP
 * Status Metadata", "Target releases", "Release Signoff Checklist").
 *
 * <p>A warning, not an error: VEP 282 migrates existing VEPs in separate per-SIG PRs and lets the
 * validator warn on them meanwhile. With {@code --base}, as kubevirt/enhancements' validator, an
 * error for a VEP new since the base and for one whose front matter the change removed. Files whose front matter is opened but broken (never closed)
 * are left to {@code frontmatter-syntax}, and files that could not be read to {@code unreadable-file}.
 */
@RuleInfo(
    id = "frontmatter-missing",
    severity = Severity.WARNING,
    summary = "A vep.md has no YAML front matter (older layout) as VEP 282 asks",
    tags = "front-matter")
public final class FrontMatterMissingRule extends MainFileRule {

  @Override
  protected void checkMainFile(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    LintContext context = file.context();
    if (vep.layout() == Vep.Layout.FRONT_MATTER) {
      return;
    }
    boolean reportedElsewhere =
        vep.problems().stream()
            .anyMatch(p -> p.isFrontMatterProblem()
                || p.kind() == ParseProblem.Kind.UNREADABLE
                || p.kind() == ParseProblem.Kind.BINARY);
    if (reportedElsewhere) {
      return;
    }
    String how = "run 'vep-lint migrate <path>' to add it from what this file already says, then let"
        + " the owning SIG fill in status, reviewers and approvers";
    Optional<String> regression = regression(vep, context);
    if (regression.isPresent()) {
      sink.report(Report.at(SourcePosition.START, regression.get() + how).withSeverity(Severity.ERROR));
      return;
    }
    sink.report(
        SourcePosition.START,
        "no front matter: VEP 282 records status, owning-sig, reviewers, approvers, feature-gate"
            + " and milestones in a YAML block at the top of vep.md ('VEP Front Matter' in VEP 282); " + how);
  }

  /**
   * With a base: why the missing block blocks this pull request, when it does. A VEP new since the
   * base is written now, from a template that has front matter; a VEP that had front matter at the
   * base lost it. A VEP still unmigrated at the base is the migration's to fix, not this PR's.
   */
  private static Optional<String> regression(Vep vep, LintContext context) {
    if (context.base().isEmpty() || !FrontMatterSupport.changedSinceBase(vep, context)) {
      return Optional.empty();
    }
    BaseRevision base = context.base().get();
    Optional<BaseRevision.VepAtBase> before =
        base.find(vep.location().relativePath(), vep.metadata().number().map(Located::value));
    if (before.isEmpty()) {
      if (!templateHasFrontMatterAtBase(context, base)) {
        return Optional.empty(); // written from a template without the block: it follows that template
      }
      return Optional.of("no front matter in a VEP new since " + base.describe() + ": new VEPs must start"
          + " with VEP 282's front matter block (see the template, or 'vep-lint new'); ");
    }
    if (before.get().layout() == Vep.Layout.FRONT_MATTER) {
      return Optional.of("the front matter block was removed: at " + base.describe() + " this VEP had one,"
          + " and VEP 282 makes it the VEP's record of status, owning SIG, reviewers and milestones; restore"
          + " it, or ");
    }
    return Optional.empty();
  }

  /**
   * Whether the template at the base has a front matter block: the base version when the template
   * changed since (the base's changed files hold it), else today's, which is the same. Without a
   * template, VEP 282 alone says a new VEP needs one.
   */
  private static boolean templateHasFrontMatterAtBase(LintContext context, BaseRevision base) {
    return context.template()
        .map(t -> Optional.ofNullable(base.veps().get(t.location().relativePath()))
            .map(BaseRevision.VepAtBase::layout).orElse(t.layout()))
        .map(layout -> layout == Vep.Layout.FRONT_MATTER)
        .orElse(true);
  }
}
