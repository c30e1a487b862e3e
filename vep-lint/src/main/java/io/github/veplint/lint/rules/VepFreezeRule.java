package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.BaseRevision;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.Report;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.model.Located;
import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepStatus;
import io.github.veplint.model.YamlNode;
import io.github.veplint.model.schedule.ReleaseSchedule;
import io.github.veplint.model.schedule.ReleaseSchedules;
import java.time.LocalDate;
import java.util.Optional;

/**
 * VEP 282's VEP Freeze: a VEP does not become {@code implementable} for a release once that
 * release's VEP Freeze has begun, unless the release team granted an exception.
 *
 * <p>Precisely:
 *
 * <ul>
 *   <li>the release is the one the VEP is tracked for in the stage it is entering: {@code
 *       milestone.<stage>} for its {@code stage} ({@code milestone.alpha} when {@code stage} is
 *       absent or {@code alpha}, as VEP 282's freeze enforcer reads it);
 *   <li>with {@code --base REF}: the VEP is {@code implementable} now and was not at REF (new, or
 *       another state). A VEP in the older layout at REF is being migrated to front matter, which
 *       records a decision already taken, and is not checked;
 *   <li>without a base: the VEP is {@code implementable} and the release has not shipped yet (no
 *       KubeVirt GA date in its schedule, or GA after today): the working tree is taken as the
 *       proposed change. Run pull request jobs with {@code --base} to check only real status
 *       changes;
 *   <li>frozen means today is on or after the freeze date (see {@link
 *       ReleaseSchedules#isFrozen});
 *   <li>an exception is the pull request's {@code freeze-exception} label ({@code check --label};
 *       the name is {@code freeze-exception-label} in {@code .vep-lint.yaml}), which lifts the
 *       freeze for every VEP of the run as the community's check does, or a VEP number listed for
 *       the release under {@code freeze-exceptions} in {@code .vep-lint.yaml}, a lasting record of
 *       the label.
 * </ul>
 *
 * <p>Without a schedule source nothing is known and nothing is reported. For a release whose
 * schedule has no VEP Freeze item (or, for a VEP becoming implementable, no schedule at all) the
 * rule says so (info); when a URL schedule source could not be fetched, it warns that the freeze
 * was not checked, as the community's check does, instead of failing the run.
 */
@RuleInfo(
    id = "vep-freeze",
    severity = Severity.ERROR,
    summary = "A VEP does not become implementable for a release after its VEP Freeze, unless it has an exception",
    tags = {"governance", "release"},
    needs = RuleInfo.Need.SCHEDULE)
public final class VepFreezeRule implements DocumentRule {

  /**
   * A VEP becomes (or is retargeted while) implementable after its release's VEP Freeze: the
   * change (%1$s), its stage, the release, the freeze date and the VEP number.
   */
  private static final String AFTER_FREEZE = """
      %1$s (milestone.%2$s) but the %3$s VEP Freeze began on %4$s: target the upcoming release instead, \
      or ask for a freeze exception on the kubevirt-dev mailing list (justification, extra time needed, \
      impact if not granted); once granted, a maintainer adds the freeze-exception label to the pull \
      request (check --label freeze-exception) or records it in .vep-lint.yaml as \
      'freeze-exceptions: {%3$s: [%5$s]}'""";

  @Override
  public void check(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    LintContext context = file.context();
    Optional<ReleaseSchedules> schedules = context.releases().schedules();
    Optional<String> unavailable = context.releases().unavailable();
    Optional<YamlNode.Mapping> front = FrontMatterSupport.mainFrontMatter(vep);
    FrontMatterSupport.noteWithoutSchedule(vep, context, sink);
    if ((schedules.isEmpty() && unavailable.isEmpty()) || front.isEmpty()
        || context.releases().freezeExceptionLabel().isPresent()) {
      return;
    }
    YamlNode.Mapping root = front.get();
    Optional<YamlNode.Scalar> statusValue = FrontMatterSupport.scalar(root, "status");
    if (statusValue.isEmpty() || !FrontMatterSupport.status(root).equals(Optional.of(VepStatus.IMPLEMENTABLE))) {
      return;
    }
    Optional<Integer> number = vep.metadata().number().map(Located::value);
    boolean becomes = false;
    boolean retargeted = false;
    if (context.base().isPresent()) {
      if (!FrontMatterSupport.changedSinceBase(vep, context)) {
        return; // unchanged: it was implementable at the base already
      }
      BaseRevision base = context.base().get();
      Optional<BaseRevision.VepAtBase> before = base.find(vep.location().relativePath(), number);
      // Implementable at the base and tracked for the same release: the decision the freeze
      // guards was taken before; an edit of the text is not a new one. Retargeted: it is.
      if (before.isPresent() && (before.get().layout() == Vep.Layout.LEGACY
          || (before.get().proposalStatus().equals(Optional.of(VepStatus.IMPLEMENTABLE))
              && before.get().trackedRelease().equals(BaseRevision.trackedRelease(vep))))) {
        return;
      }
      retargeted = before.isPresent() && before.get().proposalStatus().equals(Optional.of(VepStatus.IMPLEMENTABLE));
      becomes = true;
    }
    String stage = BaseRevision.trackedStage(vep);
    // A release written without its 'v' (1.9) still names v1.9, as the community's freeze check
    // reads it; target-release reports the spelling.
    Optional<ReleaseVersion> version = BaseRevision.trackedRelease(vep);
    if (version.isEmpty()) {
      return;
    }
    ReleaseVersion release = version.get();
    if (unavailable.isPresent()) {
      sink.report(Report.at(statusValue.get().position(), "the VEP Freeze of " + release + " was not checked: the release"
          + " schedules could not be read (" + unavailable.get() + "); check the freeze date in kubevirt/sig-release"
          + " by hand, or run again once the schedule source is reachable").withSeverity(Severity.WARNING));
      return;
    }
    Optional<ReleaseSchedule> schedule = schedules.get().schedule(release);
    Optional<LocalDate> freeze = schedule.flatMap(ReleaseSchedule::freezeDate);
    if (freeze.isEmpty() && (becomes || schedule.isPresent())) {
      sink.report(Report.at(statusValue.get().position(), "the VEP Freeze of " + release + " was not checked: "
          + (schedule.isPresent() ? "its schedule (" + schedule.get().source() + ") has no VEP Freeze item"
              : "there is no release schedule for it")
          + "; check the freeze date with the release team, or correct milestone." + stage).withSeverity(Severity.INFO));
      return;
    }
    LocalDate today = context.today();
    // The freeze date itself is frozen: VEP 282's enforcer blocks a merge when "today >= freeze
    // date", and the implementable PR "must be merged before the VEP Freeze" (the README makes the
    // Enhancement Freeze a deadline on the Alpha release date, not a day after it).
    if (freeze.isEmpty() || today.isBefore(freeze.get())) {
      return;
    }
    if (!becomes && schedule.get().gaDate().map(ga -> !today.isBefore(ga)).orElse(false)) {
      return;
    }
    if (number.isPresent() && context.releases().hasException(release, number.get())) {
      return;
    }
    String vepNumber = number.map(String::valueOf).orElse("<number>");
    String change = retargeted
        ? "the implementable VEP is retargeted to %s".formatted(release)
        : "status %s 'implementable' for %s".formatted(becomes ? "becomes" : "is", release);
    sink.report(statusValue.get().position(), AFTER_FREEZE.formatted(change, stage, release, freeze.get(), vepNumber));
  }
}
