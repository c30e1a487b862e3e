package io.github.veplint.lint.release;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.template.TemplateStatus;
import io.github.veplint.model.ReleaseVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every VEP that targets one release, as the release team tracks it. Immutable.
 *
 * @param release the minor release, {@code vX.Y}
 * @param today the date freeze compliance was judged on
 * @param freezeDate the release's VEP Freeze, when a schedule says
 * @param veps the VEPs targeting the release (any stage), by owning SIG then number
 * @param owners per owning SIG of those VEPs, what its {@code <vep-root>/<sig>/OWNERS} file lists
 *     (SIGs without a readable OWNERS file are absent)
 * @param checkIn the project board, the tracking issues and the cross-checks ({@link CheckIn#NONE}
 *     when no board was asked for)
 */
public record ReleaseView(ReleaseVersion release, LocalDate today, Optional<LocalDate> freezeDate, List<Item> veps,
    Map<String, SigOwners> owners, CheckIn checkIn) {

  /** The owning SIG shown for a meta-VEP (a VEP under {@code meta-VEPs/} without an owning SIG). */
  public static final String META = "meta-VEPs";

  /** Copies the collections so the record stays immutable. */
  public ReleaseView {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(freezeDate, "freezeDate");
    veps = List.copyOf(veps);
    owners = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(owners));
    Objects.requireNonNull(checkIn, "checkIn");
  }

  /** A view without a board. */
  public ReleaseView(ReleaseVersion release, LocalDate today, Optional<LocalDate> freezeDate, List<Item> veps,
      Map<String, SigOwners> owners) {
    this(release, today, freezeDate, veps, owners, CheckIn.NONE);
  }

  /** The same view with a check-in. */
  public ReleaseView withCheckIn(CheckIn with) {
    return new ReleaseView(release, today, freezeDate, veps, owners, with);
  }

  /** A view without OWNERS files. */
  public ReleaseView(ReleaseVersion release, LocalDate today, Optional<LocalDate> freezeDate, List<Item> veps) {
    this(release, today, freezeDate, veps, Map.of());
  }

  /** The release's load: per owning SIG and per named reviewer and approver. */
  public ReleaseLoad load() {
    return ReleaseLoad.of(this);
  }

  /**
   * What a SIG's OWNERS file lists (Prow's format: {@code reviewers:} and {@code approvers:} lists
   * of GitHub user names), each name with a leading {@code @}.
   *
   * @param file the file, relative to the repository root
   * @param reviewers its {@code reviewers}, in file order
   * @param approvers its {@code approvers}, in file order
   */
  public record SigOwners(String file, List<String> reviewers, List<String> approvers) {
    /** Copies the lists. */
    public SigOwners {
      reviewers = List.copyOf(reviewers);
      approvers = List.copyOf(approvers);
    }
  }

  /**
   * One VEP of the release.
   *
   * @param number the VEP number, when known
   * @param title the title, when known
   * @param file its main file, relative to the repository root
   * @param owningSig the owning SIG, when known
   * @param stages the stages that target the release ({@code alpha}, {@code beta}, {@code ga}, …)
   * @param status the proposal status as written (front matter only; empty for the older layout)
   * @param olderLayout whether the VEP has no front matter (no status, reviewers or approvers)
   * @param reviewers the reviewers as written ({@code TBD} included)
   * @param approvers the approvers as written ({@code TBD} included)
   * @param freeze how the VEP stands with the release's VEP Freeze
   * @param template how the VEP stands with today's template (empty when its file was unreadable)
   * @param findings every finding in the VEP's files, at the configured severities
   * @param document what the document says of the release beyond its front matter: the older
   *     layout's checklist, the targets of other releases, where to point a finding
   */
  public record Item(
      Optional<Integer> number,
      Optional<String> title,
      String file,
      Optional<String> owningSig,
      List<String> stages,
      Optional<String> status,
      boolean olderLayout,
      List<String> reviewers,
      List<String> approvers,
      FreezeCompliance freeze,
      Optional<TemplateStatus> template,
      List<Finding> findings,
      Document document) {

    /** Copies the lists so the record stays immutable. */
    public Item {
      Objects.requireNonNull(document, "document");
      stages = List.copyOf(stages);
      reviewers = List.copyOf(reviewers);
      approvers = List.copyOf(approvers);
      findings = List.copyOf(findings);
    }

    /** An item with nothing known beyond the front matter and the stages. */
    public Item(Optional<Integer> number, Optional<String> title, String file, Optional<String> owningSig,
        List<String> stages, Optional<String> status, boolean olderLayout, List<String> reviewers,
        List<String> approvers, FreezeCompliance freeze, Optional<TemplateStatus> template, List<Finding> findings) {
      this(number, title, file, owningSig, stages, status, olderLayout, reviewers, approvers, freeze, template,
          findings, Document.NONE);
    }

    /** The owning SIG as every table, the chart and the filter show it. */
    public String sig() {
      return owningSig.filter(s -> !s.isBlank()).orElse(ReleaseLoad.NO_SIG);
    }

    /**
     * Whether the document is ready for the release: {@code implementable} (or {@code implemented})
     * in front matter; in the older layout, the Release Signoff Checklist approves the target of a
     * stage that targets the release.
     */
    public boolean documentReady() {
      if (olderLayout) {
        return stages.stream().anyMatch(document.approvedStages()::contains);
      }
      return status.map(s -> s.equals("implementable") || s.equals("implemented")).orElse(false);
    }

    /** The document column: the status, or what the older layout's checklist says. */
    public String documentLabel() {
      if (!olderLayout) {
        return status.orElse("?");
      }
      if (stages.isEmpty()) {
        return "older layout";
      }
      List<String> approved = stages.stream().filter(document.approvedStages()::contains).toList();
      return approved.isEmpty()
          ? "checklist: " + String.join(", ", stages) + " target not approved"
          : "checklist: " + String.join(", ", approved) + " target approved";
    }

    /** The template cell: {@code current}, {@code older (…)}, or {@code unknown}. */
    public String templateLabel() {
      return template.map(TemplateStatus::label).orElse("unknown");
    }

    /** Whether reviewers are named: at least one, none of them TBD. */
    public boolean reviewersNamed() {
      return named(reviewers);
    }

    /** Whether approvers are named: at least one, none of them TBD. */
    public boolean approversNamed() {
      return named(approvers);
    }

    private static boolean named(List<String> people) {
      return !people.isEmpty() && people.stream().noneMatch(p -> p.strip().equalsIgnoreCase("TBD"));
    }
  }

  /**
   * What a VEP's document says of its releases beyond the front matter.
   *
   * @param approvedStages the stages whose "(R) … target version is explicitly mentioned and
   *     approved" checklist item is checked (the older layout's sign-off)
   * @param otherTargets the releases the document's stages target, {@code stage vX.Y}, for a VEP on
   *     the board whose document targets another release
   * @param position where a cross-check points: the first target of the release, else the status,
   *     else line 1
   * @param participatingSigs the front matter's {@code participating-sigs} (SIGs other than the
   *     owning SIG that sign off the VEP)
   */
  public record Document(List<String> approvedStages, List<String> otherTargets,
      io.github.veplint.model.SourcePosition position, List<String> participatingSigs) {

    /** Nothing known. */
    public static final Document NONE =
        new Document(List.of(), List.of(), io.github.veplint.model.SourcePosition.START, List.of());

    /** Copies the lists. */
    public Document {
      approvedStages = List.copyOf(approvedStages);
      otherTargets = List.copyOf(otherTargets);
      Objects.requireNonNull(position, "position");
      participatingSigs = List.copyOf(participatingSigs);
    }

    /** Without participating SIGs. */
    public Document(List<String> approvedStages, List<String> otherTargets, io.github.veplint.model.SourcePosition position) {
      this(approvedStages, otherTargets, position, List.of());
    }
  }

  /** How a VEP stands with its release's VEP Freeze. */
  public enum FreezeCompliance {
    /** The release has no known VEP Freeze (no schedule, or no freeze item in it). */
    NO_FREEZE_KNOWN("no freeze known"),
    /** The freeze has not begun yet. */
    BEFORE_FREEZE("freeze not reached"),
    /** Implementable (or implemented) and the freeze passed without a vep-freeze finding. */
    TRACKED("tracked"),
    /** A VEP Freeze exception is recorded for it. */
    EXCEPTION("freeze exception"),
    /** vep-freeze reports it: it became implementable after the freeze. */
    VIOLATION("after the freeze"),
    /** The freeze passed and the VEP is not implementable: it is not tracked for the release. */
    NOT_TRACKED("not implementable by the freeze"),
    /** The freeze passed and the VEP has no status (older layout): check by hand. */
    UNKNOWN("no status (older layout)");

    private final String label;

    FreezeCompliance(String label) {
      this.label = label;
    }

    /** A short human-readable label, e.g. {@code tracked}. */
    public String label() {
      return label;
    }

    /** The JSON name, e.g. {@code no-freeze-known}. */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}
