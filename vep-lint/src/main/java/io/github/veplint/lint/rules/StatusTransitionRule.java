package io.github.veplint.lint.rules;

import static io.github.veplint.model.VepStatus.DEFERRED;
import static io.github.veplint.model.VepStatus.IMPLEMENTABLE;
import static io.github.veplint.model.VepStatus.IMPLEMENTED;
import static io.github.veplint.model.VepStatus.PROVISIONAL;
import static io.github.veplint.model.VepStatus.REJECTED;
import static io.github.veplint.model.VepStatus.REPLACED;
import static io.github.veplint.model.VepStatus.WITHDRAWN;

import io.github.veplint.lint.Severity;
import io.github.veplint.lint.spi.BaseRevision;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.model.Located;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepStatus;
import io.github.veplint.model.YamlNode;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * With {@code check --base REF}: a VEP's {@code status} moves only along VEP 282's diagram from
 * what it was at REF.
 *
 * <ul>
 *   <li>provisional → implementable, withdrawn;
 *   <li>implementable → implemented, deferred;
 *   <li>deferred → provisional, implementable;
 *   <li>any non-final state → rejected, replaced; implemented → replaced (a later VEP may supersede
 *       a finished design; that is not a revival);
 *   <li>rejected, withdrawn and replaced are final; implemented is final except for replaced;
 *   <li>unchanged is always fine; a VEP new since REF starts as provisional or implementable.
 * </ul>
 *
 * <p>The base version is found at the same path, else (a renamed directory) by VEP number. A VEP in
 * the older layout at REF had no status: the rule says so (info) rather than guess. Without a base
 * the rule does nothing.
 */
public final class StatusTransitionRule implements DocumentRule {

  /** The moves VEP 282's diagram allows, by state at the base. */
  static final Map<VepStatus, Set<VepStatus>> ALLOWED = Map.of(
      PROVISIONAL, EnumSet.of(IMPLEMENTABLE, WITHDRAWN, REJECTED, REPLACED),
      IMPLEMENTABLE, EnumSet.of(IMPLEMENTED, DEFERRED, REJECTED, REPLACED),
      DEFERRED, EnumSet.of(PROVISIONAL, IMPLEMENTABLE, REJECTED, REPLACED),
      IMPLEMENTED, EnumSet.of(REPLACED),
      REJECTED, EnumSet.noneOf(VepStatus.class),
      WITHDRAWN, EnumSet.noneOf(VepStatus.class),
      REPLACED, EnumSet.noneOf(VepStatus.class));

  /** The states a VEP new since the base may start in. */
  static final Set<VepStatus> INITIAL = EnumSet.of(PROVISIONAL, IMPLEMENTABLE);

  @Override
  public String id() {
    return "status-transition";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "With --base, status moves only along VEP 282's diagram: no skipped states, no revival of a closed VEP";
  }

  @Override
  public String description() {
    return """
        VEP 282 gives a VEP document seven states and the moves between them: provisional → \
        implementable → implemented; provisional → withdrawn; implementable → deferred; deferred \
        back to provisional or implementable; any open state → rejected or replaced. Its front \
        matter validator checks on every PR that the status change from the base branch follows \
        the diagram: no skipped states (provisional → implemented skips the critical gate where \
        the owning SIG's approvers accept the design before the VEP Freeze), and no revival of a \
        closed VEP (rejected, withdrawn, replaced, implemented): open a new VEP instead, which can \
        `replaces:` the old one. A new VEP starts as provisional (or implementable, when named \
        reviewers and approvers are in place before the VEP Freeze).

        Runs only with `check --base REF` (e.g. the pull request's target branch). A VEP that \
        used the older layout at REF had no status; the rule says so (info) instead of guessing.

        Bad (at the base `status: provisional`, in the PR):
        ```yaml
        status: implemented
        ```

        Good (at the base `status: provisional`, in the PR):
        ```yaml
        status: implementable
        ```
        """;
  }

  @Override
  public void check(Vep vep, LintContext context, FindingSink sink) {
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
    if (before.isEmpty()) {
      if (!INITIAL.contains(status)) {
        sink.report(statusValue.get().position(),
            "this VEP is new since " + base.describe() + " but starts as '" + status.yamlName() + "': a new VEP"
                + " starts as provisional (or implementable, with named reviewers and approvers before the VEP"
                + " Freeze), per VEP 282's states");
      }
      return;
    }
    if (before.get().layout() == Vep.Layout.LEGACY) {
      sink.report(statusValue.get().position(),
          "status transition not checked: " + at + " this VEP used the older layout without front matter,"
              + " so it had no status to compare with; check by hand that '" + status.yamlName()
              + "' matches what the owning SIG decided",
          Severity.INFO);
      return;
    }
    Optional<VepStatus> was = before.get().proposalStatus();
    if (was.isEmpty()) {
      return;
    }
    if (was.get() == status || ALLOWED.get(was.get()).contains(status)) {
      return;
    }
    sink.report(statusValue.get().position(), message(was.get(), status, at));
  }

  private static String message(VepStatus was, VepStatus now, String at) {
    String change = "status changes from '" + was.yamlName() + "' " + at + " to '" + now.yamlName() + "'";
    if (ALLOWED.get(was).isEmpty() || (was == IMPLEMENTED && now != REPLACED)) {
      return change + ", but '" + was.yamlName() + "' is final in VEP 282 and a closed VEP is not revived: keep '"
          + was.yamlName() + "' and open a new VEP (it can say 'replaces: <this number>')";
    }
    String next = ALLOWED.get(was).stream().map(VepStatus::yamlName).collect(Collectors.joining(", "));
    String hint = was == PROVISIONAL && (now == IMPLEMENTED || now == DEFERRED)
        ? " (go through 'implementable' first: the owning SIG's approvers accept the design before the VEP Freeze)"
        : "";
    return change + ", which skips VEP 282's states: from '" + was.yamlName() + "' a VEP moves to " + next
        + hint;
  }
}
