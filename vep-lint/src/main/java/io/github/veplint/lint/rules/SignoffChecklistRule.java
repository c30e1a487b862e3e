package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.MainFileRule;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.model.ChecklistItem;
import io.github.veplint.model.ReleaseTarget;
import io.github.veplint.model.Vep;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Older layout: a stage that targets a release has its "(R) &lt;Stage&gt; target version is
 * explicitly mentioned and approved" checklist item checked.
 *
 * <p>A target counts when it names a release (also when malformed, e.g. {@code 1.9}: the intent is
 * clear, and {@code target-release} reports the form). Struck-through items do not count: they are
 * neither approvals nor missing approvals. A stage without its own item is covered by the generic
 * "(R) Target version is explicitly mentioned and approved" item when the checklist has one; stages
 * outside alpha/beta/GA (a single "Ship target version", a policy's "announcement") are covered only
 * by that generic item. No item at all: nothing to check. One finding per unchecked item, at the
 * item, naming every stage it should approve. Front matter VEPs record approval differently
 * ({@code status: implementable}), so they are not checked.
 */
@RuleInfo(
    id = "signoff-checklist",
    severity = Severity.WARNING,
    summary = "A stage with a target release has its '(R) target version ... approved' checklist item checked",
    tags = {"governance", "release"})
public final class SignoffChecklistRule extends MainFileRule {

  private static final Pattern GENERIC_ITEM =
      Pattern.compile("target version is explicitly mentioned and approved", Pattern.CASE_INSENSITIVE);

  @Override
  protected void checkMainFile(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    if (vep.layout() != Vep.Layout.LEGACY) {
      return;
    }
    Map<String, ChecklistItem> stageItems = new LinkedHashMap<>();
    for (ChecklistItem item : vep.legacy().checklist()) {
      if (!item.struck() && item.stage().isPresent()) {
        stageItems.putIfAbsent(item.stage().get(), item);
      }
    }
    Optional<ChecklistItem> generic =
        vep.legacy().checklist().stream()
            .filter(item -> !item.struck() && item.stage().isEmpty())
            .filter(item -> GENERIC_ITEM.matcher(item.text()).find())
            .findFirst();
    Map<ChecklistItem, Set<String>> unapproved = new LinkedHashMap<>();
    for (ReleaseTarget target : vep.legacy().targets().targets()) {
      boolean namesRelease =
          (target.kind() == ReleaseTarget.Kind.VERSION || target.kind() == ReleaseTarget.Kind.MALFORMED)
              && target.version().isPresent();
      if (!namesRelease) {
        continue;
      }
      Optional<ChecklistItem> item = checklistStage(target.stage()).map(stageItems::get).or(() -> generic);
      if (item.isPresent() && !item.get().checked()) {
        unapproved.computeIfAbsent(item.get(), i -> new LinkedHashSet<>()).add(describe(target));
      }
    }
    unapproved.forEach((item, targets) ->
        sink.report(
            item.position(),
            String.join(", ", targets) + " but '" + item.text() + "' is unchecked: check it ('- [x]')"
                + " once the owning SIG has approved the target release before the VEP Freeze, or"
                + " clear the target if it is not approved"));
  }

  /** The checklist stage a target stage is approved under: alpha2 is still an alpha target. */
  private static Optional<String> checklistStage(String stage) {
    if (stage.startsWith("alpha")) {
      return Optional.of("alpha");
    }
    if (stage.startsWith("beta")) {
      return Optional.of("beta");
    }
    return stage.equals("ga") ? Optional.of("ga") : Optional.empty();
  }

  private static String describe(ReleaseTarget target) {
    String release = target.version().orElseThrow().toString();
    return switch (target.stage()) {
      case "ship" -> "the VEP targets " + release;
      case "ga" -> "GA targets " + release;
      default -> target.stage() + " targets " + release;
    };
  }
}
