package io.github.veplint.lint.rules;

import io.github.veplint.lint.Severity;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.model.ReleaseTarget;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepStatus;
import io.github.veplint.model.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * VEP 282's critical gate: a VEP that is {@code implementable} (or {@code implemented}, which has
 * passed the gate) names its reviewers and approvers, none of them {@code TBD}, and sets
 * {@code milestone.alpha} to a release.
 *
 * <p>This rule owns the schema's conditional requirements for these states (the {@code if status is
 * implementable then ...} branch of the schema), so {@code frontmatter-schema} does not repeat them.
 * A {@code milestone.alpha} that is set but malformed (e.g. {@code 1.9}) is left to
 * {@code target-release}, which suggests the canonical form.
 */
public final class ImplementableReadinessRule implements DocumentRule {

  private static final List<String> PEOPLE = List.of("reviewers", "approvers");

  @Override
  public String id() {
    return "implementable-readiness";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "An implementable or implemented VEP has named reviewers and approvers and a milestone.alpha release";
  }

  @Override
  public String description() {
    return """
        Moving a VEP from `provisional` to `implementable` is VEP 282's critical gate: the owning \
        SIG blesses the design and tracks the VEP for a release, and this must merge before that \
        release's VEP Freeze. The gate requires:

        1. named reviewers and approvers, no `TBD`: people who agreed to review and approve the \
           VEP in its target release. They are the formal signal that the project has the \
           capacity and commitment to work on it; without them a VEP accepted into a release \
           tends to stall;
        2. a target release in `milestone.alpha` (not `TBD` or `N/A`): the release the VEP is \
           tracked for, which the VEP Freeze check reads.

        `implemented` VEPs passed the gate, so the same holds for them.

        Bad:
        ```yaml
        status: implementable
        reviewers:
          - TBD
        approvers: []
        milestone:
          alpha: TBD
        ```

        Good:
        ```yaml
        status: implementable
        reviewers:
          - "@alicefr"
        approvers:
          - "@EdDev"
        milestone:
          alpha: "v1.9"
        ```
        """;
  }

  @Override
  public void check(Vep vep, LintContext context, FindingSink sink) {
    Optional<YamlNode.Mapping> front = FrontMatterSupport.mainFrontMatter(vep);
    if (front.isEmpty()) {
      return;
    }
    YamlNode.Mapping root = front.get();
    Optional<VepStatus> status = FrontMatterSupport.status(root);
    if (status.isEmpty() || (status.get() != VepStatus.IMPLEMENTABLE && status.get() != VepStatus.IMPLEMENTED)) {
      return;
    }
    String state = "status '" + status.get().yamlName() + "'";
    for (String key : PEOPLE) {
      checkPeople(root, key, state, sink);
    }
    checkAlpha(vep, root, state, sink);
  }

  private static void checkPeople(YamlNode.Mapping root, String key, String state, FindingSink sink) {
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

  private static void checkAlpha(Vep vep, YamlNode.Mapping root, String state, FindingSink sink) {
    Optional<ReleaseTarget> alpha = vep.metadata().milestones().alpha();
    String why = "VEP 282 tracks an implementable VEP for the release its alpha targets, and the VEP"
        + " Freeze check reads it there";
    if (alpha.isEmpty()) {
      Optional<YamlNode.Entry> milestone = root.entry("milestone");
      SourcePosition at =
          milestone.map(YamlNode.Entry::keyPosition).orElse(FrontMatterSupport.missingKeyPosition(root));
      String fix = milestone.isPresent() && milestone.get().value() instanceof YamlNode.Mapping
          ? "add 'alpha: \"v1.X\"' under milestone"
          : "add 'milestone:' with 'alpha: \"v1.X\"' under it";
      sink.report(at, state + " needs milestone.alpha: " + fix + ", naming the release the VEP is"
          + " tracked for (" + why + ")");
      return;
    }
    ReleaseTarget target = alpha.get();
    String problem =
        switch (target.kind()) {
          case TBD -> "is TBD";
          case NOT_APPLICABLE -> "is N/A";
          case EMPTY, NOT_TARGETED -> "is empty";
          default -> "";
        };
    if (!problem.isEmpty()) {
      sink.report(
          target.position(),
          "milestone.alpha " + problem + " but " + state + " needs a target release: write the"
              + " release the VEP is tracked for, e.g. \"v1.9\" (" + why + "), or set status back to"
              + " provisional");
    }
  }
}
