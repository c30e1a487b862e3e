package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.FrontMatterRule;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.spi.Report;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.model.Milestones;
import io.github.veplint.model.ReleaseTarget;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepStatus;
import io.github.veplint.model.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * The front matter's {@code stage} agrees with {@code status} and {@code milestone}:
 *
 * <ul>
 *   <li>{@code status: implemented} (the feature reached GA) needs {@code stage: ga}: another
 *       stage is an error, no stage a warning (a GA feature migrated to front matter);
 *   <li>a stage needs its own milestone to name a release ({@code stage: beta} needs
 *       {@code milestone.beta: "v1.X"}): the feature is in that stage, so it shipped in one;
 *   <li>a stage cannot be beyond what the milestones allow: an earlier stage's milestone that is
 *       {@code TBD} or empty says that stage has not happened yet. An absent one is fine: a VEP
 *       may start directly at beta ({@code stage: beta}, {@code milestone: {beta: ...}}).
 * </ul>
 *
 * <p>An invalid {@code stage} value is left to {@code frontmatter-schema}, a malformed release to
 * {@code target-release}. Process VEPs ({@code meta-VEPs/}) are exempt: they have no stages.
 */
@RuleInfo(
    id = "stage-consistency",
    severity = Severity.ERROR,
    summary = "stage agrees with status (implemented means ga) and with the milestone releases",
    tags = {"front-matter", "release"})
public final class StageConsistencyRule extends FrontMatterRule {

  private static final List<String> STAGES = List.of("alpha", "beta", "ga");

  @Override
  protected void checkFrontMatter(VepFile file, YamlNode.Mapping root, FindingSink sink) {
    if (file.vep().isProcessVep()) {
      return;
    }
    Optional<YamlNode.Scalar> stageValue = FrontMatterSupport.scalar(root, "stage").filter(s -> !s.value().isBlank());
    Optional<VepStatus> status = FrontMatterSupport.status(root);
    if (status.equals(Optional.of(VepStatus.IMPLEMENTED)) && !stageValue.map(s -> s.value().equals("ga")).orElse(false)) {
      String found = stageValue.map(s -> "stage is '" + s.value() + "'").orElse("there is no stage");
      // A stage that contradicts GA is an error; no stage at all is what VEP 282's migration
      // gives a GA feature older than front matter, which kubevirt/enhancements accepts: a warning.
      sink.report(Report.at(
          stageValue.map(YamlNode.Scalar::position)
              .or(() -> FrontMatterSupport.scalar(root, "status").map(YamlNode.Scalar::position))
              .orElse(FrontMatterSupport.missingKeyPosition(root)),
          "status 'implemented' means the feature reached GA, but " + found + ": set 'stage: ga' and"
              + " milestone.ga to the GA release, or keep status 'implementable' until GA ships")
          .withSeverity(stageValue.isPresent() ? Severity.ERROR : Severity.WARNING));
    }
    if (stageValue.isEmpty() || !STAGES.contains(stageValue.get().value())) {
      return;
    }
    YamlNode.Scalar stage = stageValue.get();
    Milestones milestones = file.vep().metadata().milestones();
    String name = stage.value();
    if (milestones.isEmpty()) {
      sink.report(
          stage.position(),
          "stage is '" + name + "' but there is no milestone: add 'milestone:' with the release of each"
              + " stage up to " + stageName(name) + " (N/A for a stage the feature skipped), or correct the stage");
      return;
    }
    Optional<ReleaseTarget> own = milestones.stage(name);
    if (own.isEmpty()) {
      sink.report(
          stage.position(),
          ("stage is '%1$s' but milestone.%1$s is not set: record the release %2$s shipped in, e.g."
              + " milestone.%1$s: \"v1.9\"").formatted(name, stageName(name)));
    } else if (!namesRelease(own.get())) {
      sink.report(
          own.get().position(),
          ("stage is '%1$s' but milestone.%1$s %2$s: record the release %3$s shipped in, e.g. \"v1.9\", or"
              + " correct the stage").formatted(name, describe(own.get()), stageName(name)));
    }
    for (String earlier : STAGES.subList(0, STAGES.indexOf(name))) {
      Optional<ReleaseTarget> target = milestones.stage(earlier);
      String fix = ": record the release " + earlier + " shipped in, or N/A if the feature skipped "
          + earlier + ", or correct the stage";
      // Absent: the feature started at a later stage (VEP 282 allows starting at beta), as the
      // community's validator reads it. TBD or empty says the earlier stage is still to come.
      if (target.isPresent()
          && (target.get().kind() == ReleaseTarget.Kind.TBD || target.get().kind() == ReleaseTarget.Kind.EMPTY)) {
        sink.report(
            target.get().position(),
            "stage is '" + name + "' but milestone." + earlier + " " + describe(target.get()) + fix);
      }
    }
  }

  private static String stageName(String stage) {
    return stage.equals("ga") ? "GA" : stage;
  }

  /** A release, or at least an attempt at one: a malformed value is target-release's to report. */
  private static boolean namesRelease(ReleaseTarget target) {
    return target.kind() == ReleaseTarget.Kind.VERSION || target.kind() == ReleaseTarget.Kind.MALFORMED;
  }

  private static String describe(ReleaseTarget target) {
    return switch (target.kind()) {
      case TBD -> "is TBD";
      case NOT_APPLICABLE -> "is N/A";
      case EMPTY, NOT_TARGETED -> "is empty";
      default -> "is '" + target.rawValue() + "'";
    };
  }
}
