package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Fix;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.Report;
import io.github.veplint.lint.spi.TemplateSectionRule;
import io.github.veplint.lint.template.RequiredFrom;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.template.TemplateSections.OlderName;
import io.github.veplint.lint.template.TemplateSections.Placement;
import io.github.veplint.lint.template.TemplateSections;
import io.github.veplint.model.ReleaseTarget;
import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.Section;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.lint.template.TemplateGeneration;
import io.github.veplint.lint.template.TemplateGenerations;
import io.github.veplint.lint.template.TemplateHistory;
import io.github.veplint.lint.template.TemplateLayout;
import io.github.veplint.model.Vep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every {@code ##} section of the template generation the VEP was written for (today's, when it is
 * new since {@code --base} or the configuration says it must meet today's template) is present in
 * the VEP, at some heading level (a section at the wrong level is {@code section-level}'s concern).
 * Front matter VEPs need no "VEP Status Metadata" section. A section the VEP predates is not
 * reported; one that cannot be dated is a warning, which the engine sums up in one notice per run;
 * {@code template.required-from} decides for the sections it lists.
 */
@RuleInfo(
    id = "missing-section",
    severity = Severity.ERROR,
    summary = "Every '##' section of the template the VEP was written for is present",
    tags = "template",
    fixable = true)
public final class MissingSectionRule extends TemplateSectionRule {

  /** Why every VEP is held to today's template in a one-commit history, and how to get exact verdicts. */
  private static final String ONE_COMMIT_NOTICE = """
      the template's git history has one commit (a shallow clone, or a copy committed once), so today's \
      template is the only version vep-lint knows and every VEP is held to it, also one written for an \
      older template: some missing sections may be reported wrongly. For exact verdicts lint a clone \
      with its full git history (actions/checkout with 'fetch-depth: 0'), or say from which release or \
      date each section is required in 'template.required-from' (or from which release every VEP must \
      meet today's template in 'template.enforce-current-from') in .vep-lint.yaml""";

  @Override
  protected void checkSections(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    TemplateGenerations generations = file.template().generations();
    List<Placement> placements =
        file.template().placements();
    TemplateGeneration generation = file.template().requiredGeneration();
    TemplateHistory history = generations.history();
    Optional<String> mustMeet = file.template().mustMeetCurrent();
    Optional<LocalDate> created = history.creationDate(vep);
    String which =
        generation.equals(history.current())
            ? mustMeet.map(why -> " of today (" + why + ")").orElse("")
            : " of " + generation.month() + " it was written for";
    Set<String> considered = new HashSet<>();
    List<Pending> pending = new ArrayList<>();
    for (Placement placement : placements) {
      considered.addAll(placement.required().acceptedNames());
      if (placement.isPresent()) {
        continue;
      }
      String heading = placement.required().markdown();
      Verdict verdict =
          mustMeet.isPresent()
              ? Verdict.REQUIRED
              : verdict(vep, generations, placement.required().acceptedNames(), created);
      if (verdict == Verdict.PREDATES) {
        continue;
      }
      Optional<String> hint = hint(vep, placement);
      String message =
          "missing '"
              + heading
              + "' section required by the VEP template"
              + which
              + ": add it"
              + placement.required().todaysHeading().map(h -> " as today's '" + h + "'").orElse("")
              + " (write N/A if it does not apply)"
              + hint.map(h -> "; " + h).orElse("")
              + verdict.note(configured(generations, placement.required().acceptedNames()));
      SourcePosition where = whereItBelongs(vep, placements, placement.index());
      Severity severity = verdict == Verdict.UNDATED ? Severity.WARNING : Severity.ERROR;
      if (verdict == Verdict.UNDATED) {
        sink.note(undatedNotice(generations));
      }
      // A VEP that covers the topic under another heading needs that heading turned into the
      // section, which is the author's call; a section renamed since the VEP's template would
      // move the VEP to another template generation, with other requirements. Only a plain gap
      // is filled.
      boolean fillable = hint.isEmpty() && placement.required().todaysHeading().isEmpty();
      pending.add(new Pending(placement, where, message, severity, fillable));
    }
    // The sections missing from one gap are filled by one insertion, in the template's order,
    // shared by their findings: the fixer applies an identical fix once.
    Map<SourcePosition, List<Placement>> gaps = new LinkedHashMap<>();
    pending.stream().filter(Pending::fillable)
        .forEach(p -> gaps.computeIfAbsent(p.where(), w -> new ArrayList<>()).add(p.placement()));
    Map<SourcePosition, Optional<Fix>> fixes = new HashMap<>();
    gaps.forEach((where, missing) -> fixes.put(where, insertion(file, placements, missing)));
    if (!pending.isEmpty() && mustMeet.isEmpty() && isOneCommitHistory(generations)) {
      sink.note(ONE_COMMIT_NOTICE);
    }
    for (Pending p : pending) {
      sink.report(Report.at(p.where(), p.message()).withSeverity(p.severity()).withFix(p.fillable() ? fixes.get(p.where()) : Optional.empty()));
    }
    if (mustMeet.isEmpty()) {
      requiredFromToday(vep, generations, created, considered, sink);
    }
  }

  /** Whether a missing section is required of this VEP, by the dates the run knows. */
  private enum Verdict {
    /** The VEP must have it: an error. */
    REQUIRED,
    /** The VEP was created before the template had the section: not reported. */
    PREDATES,
    /** When the section was added, or when the VEP was created, is unknown: a warning. */
    UNDATED,
    /** {@code template.required-from} requires it of this VEP. */
    CONFIGURED;

    String note(Optional<RequiredFrom> from) {
      return switch (this) {
        case UNDATED ->
            " (a warning: "
                + from.map(f -> "'template.required-from' says " + f + ", but the VEP's creation"
                        + " date is unknown; set 'creation-date' in its front matter)")
                    .orElse("when the template gained this section is unknown without the"
                        + " repository's git history, so whether the VEP predates it cannot be"
                        + " told)");
        case CONFIGURED ->
            " (required from " + from.map(Object::toString).orElse("?")
                + " by 'template.required-from')";
        default -> "";
      };
    }
  }

  private static Optional<RequiredFrom> configured(
      TemplateGenerations generations, Set<String> names) {
    Map<String, RequiredFrom> requiredFrom = generations.requiredFrom();
    for (String name : names) {
      RequiredFrom from = requiredFrom.get(name);
      if (from != null) {
        return Optional.of(from);
      }
    }
    return Optional.empty();
  }

  /**
   * A section listed in {@code template.required-from} is required exactly of the VEPs that meet
   * it. Otherwise a section is required unless the VEP was created before the template gained it;
   * when the template's version that added it has no date (no git history, a template newer than
   * vep-lint's record, or a template vep-lint does not know), that cannot be told.
   */
  private static Verdict verdict(
      Vep vep, TemplateGenerations generations, Set<String> names, Optional<LocalDate> created) {
    Optional<RequiredFrom> from = configured(generations, names);
    if (from.isPresent()) {
      Optional<Boolean> meets = meets(vep, from.get(), created);
      return meets.isEmpty() ? Verdict.UNDATED : meets.get() ? Verdict.CONFIGURED : Verdict.PREDATES;
    }
    Optional<TemplateGeneration> added = addedIn(generations.history(), names);
    if (added.isEmpty() || added.get().date().isEmpty()) {
      return Verdict.UNDATED;
    }
    if (created.isPresent() && created.get().isBefore(added.get().date().get())) {
      return Verdict.PREDATES;
    }
    return Verdict.REQUIRED;
  }

  /** The oldest generation with a section of one of these names. */
  private static Optional<TemplateGeneration> addedIn(TemplateHistory history, Set<String> names) {
    for (TemplateGeneration generation : history.generations()) {
      for (TemplateLayout.Heading heading : generation.layout().sections()) {
        if (names.contains(heading.key())) {
          return Optional.of(generation);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the VEP meets a {@code required-from}: it targets that release or a later one in any
   * stage, or it was created on or after that date; empty when its creation date is unknown.
   */
  static Optional<Boolean> meets(
      Vep vep, RequiredFrom from, Optional<LocalDate> created) {
    if (from.release().isPresent()) {
      ReleaseVersion first = from.release().get().minorRelease();
      return Optional.of(
          vep.metadata().milestones().targets().stream()
              .filter(ReleaseTarget::hasVersion)
              .flatMap(t -> t.version().stream())
              .anyMatch(v -> v.minorRelease().compareTo(first) >= 0));
    }
    return created.map(c -> !c.isBefore(from.date().orElseThrow()));
  }

  /**
   * Today's sections that the VEP's own generation does not have but {@code template.required-from}
   * requires of it (the core-KubeVirt question from v1.11, say, of a VEP written in 2025).
   */
  private static void requiredFromToday(
      Vep vep, TemplateGenerations generations, Optional<LocalDate> created, Set<String> considered,
      FindingSink sink) {
    Map<String, RequiredFrom> requiredFrom = generations.requiredFrom();
    if (requiredFrom.isEmpty()) {
      return;
    }
    List<TemplateLayout.Heading> today = generations.history().current().layout().sections();
    for (int i = 0; i < today.size(); i++) {
      TemplateLayout.Heading section = today.get(i);
      RequiredFrom from = requiredFrom.get(section.key());
      if (from == null
          || considered.contains(section.key())
          || TemplateSections.hasSection(vep, section.key())) {
        continue;
      }
      Optional<Boolean> meets = meets(vep, from, created);
      if (meets.isPresent() && !meets.get()) {
        continue;
      }
      Verdict verdict = meets.isEmpty() ? Verdict.UNDATED : Verdict.CONFIGURED;
      String message =
          "missing '"
              + section.markdown()
              + "' section of today's VEP template: add it (write N/A if it does not apply)"
              + verdict.note(Optional.of(from));
      SourcePosition where = SourcePosition.lineStart(Math.max(1, vep.lines().size()));
      for (int next = i + 1; next < today.size(); next++) {
        String key = today.get(next).key();
        Optional<Section> present =
            TemplateSections.headings(vep).stream()
                .filter(h -> TemplateSections.names(h.text()).contains(key))
                .findFirst();
        if (present.isPresent()) {
          where = present.get().position();
          break;
        }
      }
      if (verdict == Verdict.UNDATED) {
        sink.report(Report.at(where, message).withSeverity(Severity.WARNING));
        sink.note(undatedNotice(generations));
      } else {
        sink.report(where, message);
      }
    }
  }

  private record OlderHeading(Section section, OlderName name) {}

  /**
   * What the VEP has instead: a heading from an older template generation, else a heading that
   * discusses the same topic elsewhere.
   */
  private static Optional<String> hint(Vep vep, Placement placement) {
    String heading = placement.required().markdown();
    Optional<String> older =
        olderHeading(vep, placement)
            .map(
                o ->
                    "this VEP has '"
                        + TemplateSections.markdown(o.section())
                        + "' from an older template: "
                        + o.name().change());
    return older.or(
        () ->
            TemplateSections.relatedHeading(vep, placement.required())
                .map(
                    related ->
                        "the VEP covers this topic under '"
                            + TemplateSections.markdown(related)
                            + "' (line "
                            + related.startLine()
                            + "): turn that into the '"
                            + heading
                            + "' section, or"
                            + " add the section and point to it"));
  }

  private static Optional<OlderHeading> olderHeading(Vep vep, Placement placement) {
    for (OlderName name : placement.required().olderNames()) {
      String wanted = Section.normalize(name.heading());
      for (Section section : TemplateSections.headings(vep)) {
        if (TemplateSections.names(section.text()).contains(wanted)) {
          return Optional.of(new OlderHeading(section, name));
        }
      }
    }
    return Optional.empty();
  }

  /** A missing section's finding, held until the sections missing from the same gap are known. */
  private record Pending(
      Placement placement, SourcePosition where, String message, Severity severity, boolean fillable) {}

  /**
   * Inserts the sections, in the template's order, before the next template section the VEP has
   * (or at the end), each with the template's prompt comment when its body there is only comments,
   * so the author sees what to write.
   */
  private static Optional<Fix> insertion(VepFile file, List<Placement> placements, List<Placement> missing) {
    Vep vep = file.vep();
    StringBuilder block = new StringBuilder();
    List<String> added = new ArrayList<>();
    boolean prompts = false;
    for (Placement placement : missing) {
      String heading = placement.required().markdown();
      Optional<String> prompt = file.context().template().flatMap(t -> prompt(t, heading));
      block.append(heading).append("\n\n").append(prompt.map(p -> p + "\n\n").orElse(""));
      added.add("'" + heading + "'");
      prompts |= prompt.isPresent();
    }
    String description = "add " + String.join(", ", added)
        + (prompts ? " with the template's prompt" + (added.size() > 1 ? "s" : "") : "");
    String path = vep.location().relativePath();
    Placement placement = missing.get(missing.size() - 1);
    for (int next = placement.index() + 1; next < placements.size(); next++) {
      Optional<Section> present = placements.get(next).representative();
      if (present.isPresent()) {
        int line = present.get().startLine();
        boolean blankBefore = line == 1 || vep.line(line - 1).isBlank();
        return Optional.of(Fix.insert(description, path, SourcePosition.lineStart(line),
            (blankBefore ? "" : "\n") + block));
      }
    }
    int last = vep.lines().size();
    if (last == 0) {
      return Optional.empty();
    }
    String tail = vep.line(last).isBlank() ? "\n" : "\n\n";
    return Optional.of(Fix.insert(description, path, new SourcePosition(last, vep.line(last).length() + 1),
        tail + block.toString().stripTrailing()));
  }

  /**
   * The template's text between a section's heading and its first subsection, when it is only
   * HTML comments (the template's prompts); a body with prose is an example, not a prompt.
   */
  private static Optional<String> prompt(Vep template, String heading) {
    String key = Section.normalize(heading.replaceFirst("^#+\\s*", ""));
    Optional<Section> section = TemplateSections.headings(template).stream()
        .filter(s -> Section.normalize(s.text()).equals(key))
        .findFirst();
    if (section.isEmpty()) {
      return Optional.empty();
    }
    int last = section.get().children().isEmpty()
        ? section.get().endLine()
        : section.get().children().get(0).startLine() - 1;
    List<String> body = new ArrayList<>();
    for (int line = section.get().startLine() + 1; line <= last && line <= template.lines().size(); line++) {
      body.add(template.line(line));
    }
    String text = String.join("\n", body).strip();
    String outsideComments = text.replaceAll("(?s)<!--.*?-->", "");
    return text.isEmpty() || !outsideComments.isBlank() ? Optional.empty() : Optional.of(text);
  }

  /** The heading of the next template section the VEP has: the missing one goes before it. */
  private static SourcePosition whereItBelongs(Vep vep, List<Placement> placements, int index) {
    for (int next = index + 1; next < placements.size(); next++) {
      Optional<Section> present = placements.get(next).representative();
      if (present.isPresent()) {
        return present.get().position();
      }
    }
    return SourcePosition.lineStart(Math.max(1, vep.lines().size()));
  }

  /**
   * Whether the template's versions come from a git history of one commit (a shallow clone, or a
   * copy committed once) and the configuration dates no section: then today's template is the only
   * version known, every VEP is held to it, and errors on VEPs written for an older template may
   * be wrong.
   */
  private static boolean isOneCommitHistory(TemplateGenerations generations) {
    TemplateHistory history = generations.history();
    return history.source() == TemplateHistory.Source.GIT
        && history.versions().size() == 1
        && generations.requiredFrom().isEmpty()
        && generations.enforceCurrentFrom().isEmpty();
  }

  /** Why some missing sections are warnings, and how to get exact verdicts: said once per run. */
  private static String undatedNotice(TemplateGenerations generations) {
    var history = generations.history();
    String why = history.generations().size() == 1
        ? "the repository has no git history and its template is not one vep-lint knows, so that template is"
            + " the only version known and when it gained each section is unknown"
        : "the repository has no git history and its template is newer than vep-lint's record of the"
            + " kubevirt/enhancements template ("
            + history.versions().get(history.versions().size() - 2).date().map(Object::toString).orElse("?")
            + "), so when it gained the sections it adds is unknown";
    return "missing sections vep-lint cannot date are warnings rather than errors, since it cannot tell whether"
        + " the VEP predates them: " + why + ". For exact verdicts lint a clone with its full git history"
        + " (actions/checkout with 'fetch-depth: 0'), or list the template's older versions in"
        + " 'template.generations' or, per section, the release or date it is required from in"
        + " 'template.required-from' in .vep-lint.yaml";
  }
}
