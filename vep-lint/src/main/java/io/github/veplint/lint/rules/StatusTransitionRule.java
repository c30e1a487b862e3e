package io.github.veplint.lint.rules;

import static io.github.veplint.model.VepStatus.DEFERRED;
import static io.github.veplint.model.VepStatus.IMPLEMENTED;
import static io.github.veplint.model.VepStatus.PROVISIONAL;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.BaseRevision;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.Report;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.StatusTransitions;
import io.github.veplint.model.Located;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepStatus;
import io.github.veplint.model.YamlNode;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * With {@code check --base REF}: a VEP's {@code status} moves only as the repository's transition
 * table allows from what it was at REF ({@link StatusTransitions}; by default kubevirt/enhancements'
 * own validator's reading of VEP 282):
 *
 * <ul>
 *   <li>provisional → implementable, deferred, rejected, withdrawn, replaced;
 *   <li>implementable → implemented, deferred, rejected, withdrawn, replaced;
 *   <li>implemented → replaced;
 *   <li>deferred, rejected, withdrawn and replaced are final;
 *   <li>unchanged is always fine; a VEP new since REF starts as provisional or implementable.
 * </ul>
 *
 * <p>{@code status-transitions} in {@code .vep-lint.yaml} replaces rows, e.g. to let a deferred VEP
 * be revived. The base version is found at the same path, else (a renamed directory) by VEP
 * number. A VEP in the older layout at REF had no status: the rule says so (info) rather than
 * guess. Without a base the rule does nothing.
 */
@RuleInfo(
    id = "status-transition",
    severity = Severity.ERROR,
    summary = "With --base, status moves only as VEP 282's states allow: no skipped states, no revival of a closed VEP",
    tags = "governance",
    needs = RuleInfo.Need.BASE)
public final class StatusTransitionRule implements DocumentRule {

  @Override
  public void check(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    LintContext context = file.context();
    if (context.base().isEmpty() || !FrontMatterSupport.changedSinceBase(vep, context)) {
      return;
    }
    Optional<YamlNode.Mapping> front = FrontMatterSupport.mainFrontMatter(vep);
    Optional<YamlNode.Scalar> statusValue = front.flatMap(root -> FrontMatterSupport.scalar(root, "status"));
    Optional<VepStatus> now = front.flatMap(FrontMatterSupport::status);
    if (statusValue.isEmpty() || now.isEmpty()) {
      return;
    }
    BaseRevision base = context.base().get();
    String at = "at " + base.describe();
    Optional<BaseRevision.VepAtBase> before =
        base.find(vep.location().relativePath(), vep.metadata().number().map(Located::value));
    VepStatus status = now.get();
    StatusTransitions transitions = context.transitions();
    if (before.isEmpty()) {
      if (!transitions.initial().contains(status)) {
        sink.report(statusValue.get().position(),
            "this VEP is new since " + base.describe() + " but starts as '" + status.yamlName() + "': a new VEP"
                + " starts as " + names(transitions.initial()) + " (implementable only with named reviewers and"
                + " approvers before the VEP Freeze), per VEP 282's states");
      }
      return;
    }
    if (before.get().layout() == Vep.Layout.LEGACY) {
      sink.report(Report.at(statusValue.get().position(), "status transition not checked: " + at + " this VEP used the older layout without front matter,"
              + " so it had no status to compare with; check by hand that '" + status.yamlName()
              + "' matches what the owning SIG decided").withSeverity(Severity.INFO));
      return;
    }
    Optional<VepStatus> was = before.get().proposalStatus();
    if (was.isEmpty()) {
      return;
    }
    if (transitions.allows(was.get(), status)) {
      return;
    }
    sink.report(statusValue.get().position(), message(transitions, was.get(), status, at));
  }

  private static String names(java.util.Collection<VepStatus> states) {
    return states.stream().sorted().map(VepStatus::yamlName).collect(Collectors.joining(" or "));
  }

  private static String message(StatusTransitions transitions, VepStatus was, VepStatus now, String at) {
    String change = "status changes from '" + was.yamlName() + "' " + at + " to '" + now.yamlName() + "'";
    String revive = was == DEFERRED
        ? " (a repository that revives deferred VEPs allows it in .vep-lint.yaml: 'status-transitions:"
            + " {deferred: [provisional, implementable]}')"
        : "";
    if (transitions.isFinal(was)) {
      return change + ", but '" + was.yamlName() + "' is final in VEP 282 and a closed VEP is not revived: keep '"
          + was.yamlName() + "' and open a new VEP (it can say 'replaces: <this number>')" + revive;
    }
    if (was == IMPLEMENTED) {
      return change + ", but an implemented VEP only moves on to "
          + names(transitions.next(was)) + ": keep 'implemented' and open a new VEP for further work (it can say"
          + " 'replaces: <this number>')";
    }
    String next = transitions.next(was).stream().map(VepStatus::yamlName).collect(Collectors.joining(", "));
    String hint = was == PROVISIONAL && now == IMPLEMENTED
        ? " (go through 'implementable' first: the owning SIG's approvers accept the design before the VEP Freeze)"
        : "";
    return change + ", which skips VEP 282's states: from '" + was.yamlName() + "' a VEP moves to " + next
        + hint;
  }
}
