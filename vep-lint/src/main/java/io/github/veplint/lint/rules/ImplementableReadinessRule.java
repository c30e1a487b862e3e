package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.FrontMatterRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.Report;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepStatus;
import io.github.veplint.model.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * VEP 282's critical gate: a VEP that is {@code implementable} (or {@code implemented}, which has
 * passed the gate) names its reviewers and approvers, none of them {@code TBD} (in any case), and
 * an implementable feature VEP sets its {@code stage}. For an {@code implemented} VEP these are
 * warnings: VEP 282's field rules constrain {@code implementable} only, and its migration gives GA
 * features older than front matter {@code status: implemented} with reviewers nobody recorded.
 *
 * <p>This rule owns the schema's conditional requirements for these states (the {@code if status is
 * implementable then ...} branch of the schema), so {@code frontmatter-schema} does not repeat them.
 * The release of the stage ({@code milestone.<stage>}, e.g. {@code milestone.beta} for a VEP that
 * starts at beta) is {@code stage-consistency}'s, a malformed release {@code target-release}'s.
 * Process VEPs ({@code meta-VEPs/}) have no stage.
 */
@RuleInfo(
    id = "implementable-readiness",
    severity = Severity.ERROR,
    summary = "An implementable or implemented VEP has named reviewers and approvers, and an implementable one a stage",
    tags = {"front-matter", "governance"})
public final class ImplementableReadinessRule extends FrontMatterRule {

  private static final List<String> PEOPLE = List.of("reviewers", "approvers");

  @Override
  protected void checkFrontMatter(VepFile file, YamlNode.Mapping root, FindingSink sink) {
    Vep vep = file.vep();
    Optional<VepStatus> status = FrontMatterSupport.status(root);
    if (status.isEmpty() || (status.get() != VepStatus.IMPLEMENTABLE && status.get() != VepStatus.IMPLEMENTED)) {
      return;
    }
    String state = "status '" + status.get().yamlName() + "'";
    Severity severity = status.get() == VepStatus.IMPLEMENTED ? Severity.WARNING : Severity.ERROR;
    for (String key : PEOPLE) {
      checkPeople(root, key, state, (position, message) -> sink.report(Report.at(position, message)
          .withSeverity(severity)));
    }
    if (status.get() == VepStatus.IMPLEMENTABLE && !vep.isProcessVep()) {
      checkStage(root, FrontMatterSupport.scalar(root, "status").orElseThrow().position(), sink);
    }
  }

  /** Where {@link #checkPeople} reports: a position and a message, at the severity of the status. */
  @FunctionalInterface
  private interface PeopleSink {
    void report(SourcePosition position, String message);
  }

  private static void checkPeople(YamlNode.Mapping root, String key, String state, PeopleSink sink) {
    String role = key.substring(0, key.length() - 1);
    String commitment =
        "VEP 282 requires named " + key + " before a VEP is implementable: they are the owning SIG's"
            + " commitment to " + (role.equals("reviewer") ? "review" : "approve") + " it in its target release";
    Optional<YamlNode.Entry> entry = root.entry(key);
    if (entry.isEmpty()) {
      sink.report(
          FrontMatterSupport.missingKeyPosition(root),
          state + " needs '" + key + "': add the GitHub handles of the " + key + " the owning SIG"
              + " assigned (" + commitment + "), or set status back to provisional");
      return;
    }
    List<YamlNode> items = FrontMatterSupport.items(entry.get().value());
    if (items.isEmpty()) {
      sink.report(
          entry.get().keyPosition(),
          state + " needs at least one of '" + key + "': list the GitHub handles of the " + key
              + " the owning SIG assigned (" + commitment + "), or set status back to provisional");
      return;
    }
    for (YamlNode item : items) {
      if (item instanceof YamlNode.Scalar scalar && scalar.value().strip().equalsIgnoreCase(FrontMatterSupport.TBD)) {
        sink.report(
            scalar.position(),
            role + " is still TBD but " + state + " needs named " + key + ": replace TBD with the"
                + " GitHub handle of the " + role + " who committed (" + commitment
                + "), or set status back to provisional");
      }
    }
  }

  /**
   * An implementable feature VEP says which stage it is tracked in; which release that stage
   * targets ({@code milestone.<stage>}) is {@code stage-consistency}'s to check once it does.
   */
  private static void checkStage(YamlNode.Mapping root, SourcePosition statusAt, FindingSink sink) {
    Optional<YamlNode.Scalar> stage = FrontMatterSupport.scalar(root, "stage").filter(s -> !s.value().isBlank());
    if (stage.isPresent()) {
      return; // a value outside alpha, beta, ga is frontmatter-schema's
    }
    boolean hasMilestone = root.entry("milestone").isPresent();
    sink.report(statusAt,
        "status 'implementable' needs 'stage': add 'stage: alpha' (or the stage the feature starts at)"
            + (hasMilestone ? "" : " and 'milestone:' with that stage's release, e.g. 'alpha: \"v1.9\"',")
            + " so the release team knows which release the VEP is tracked for; VEP 282 requires both once a"
            + " VEP is implementable, and the VEP Freeze check reads milestone.<stage>");
  }
}
