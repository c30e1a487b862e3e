package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.model.Origin;
import io.github.veplint.model.ReleaseTarget;
import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepStatus;
import io.github.veplint.model.schedule.ReleaseSchedules;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The template asks VEPs to target only the upcoming release: a stage that targets a release
 * beyond it is a warning.
 *
 * <p>The upcoming release is {@link ReleaseSchedules#upcoming}: the earliest release whose VEP
 * Freeze has not begun, or, when every published freeze has passed, the minor release after the
 * latest one. Stages already shipped (the "targeted" wording of the older layout) and VEPs that are
 * no longer planned (implemented, deferred, rejected, withdrawn, replaced) are not checked. Without
 * a schedule source the upcoming release is unknown and this rule does nothing.
 */
@RuleInfo(
    id = "future-target",
    severity = Severity.WARNING,
    summary = "No stage targets a release beyond the upcoming one (needs a release schedule source)",
    tags = "release",
    needs = RuleInfo.Need.SCHEDULE)
public final class FutureTargetRule implements DocumentRule {

  private static final Set<VepStatus> NOT_PLANNED = EnumSet.of(
      VepStatus.IMPLEMENTED, VepStatus.DEFERRED, VepStatus.REJECTED, VepStatus.WITHDRAWN, VepStatus.REPLACED);

  @Override
  public void check(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    LintContext context = file.context();
    Optional<ReleaseSchedules> schedules = context.releases().schedules();
    FrontMatterSupport.noteWithoutSchedule(vep, context, sink);
    if (schedules.isEmpty() || !vep.location().isMainFile() && vep.location().vepDirectory().isPresent()) {
      return;
    }
    if (vep.metadata().proposalStatus().map(NOT_PLANNED::contains).orElse(false)) {
      return;
    }
    Optional<ReleaseVersion> upcoming = schedules.get().upcoming(context.today());
    if (upcoming.isEmpty()) {
      return;
    }
    String when = schedules.get().freezeDate(upcoming.get())
        .map(d -> "its VEP Freeze is " + d)
        .orElse("its schedule is not published yet");
    for (ReleaseTarget target : vep.metadata().milestones().targets()) {
      if (target.past() || !target.hasVersion() || target.version().isEmpty()) {
        continue;
      }
      ReleaseVersion release = target.version().get().minorRelease();
      if (release.compareTo(upcoming.get()) <= 0) {
        continue;
      }
      String where = target.origin() == Origin.FRONT_MATTER
          ? "milestone." + target.stage()
          : "the '" + target.stage() + "' target release";
      String fix = target.origin() == Origin.FRONT_MATTER
          ? "set it to TBD"
          : "leave the version empty";
      sink.report(target.position(),
          ("%1$s is %2$s, beyond the upcoming release %3$s (%4$s): target only the upcoming release, as the VEP"
              + " template asks; %5$s and retarget it when %2$s is planned")
              .formatted(where, release, upcoming.get(), when, fix));
    }
  }
}
