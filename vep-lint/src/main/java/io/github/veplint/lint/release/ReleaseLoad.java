package io.github.veplint.lint.release;

import io.github.veplint.lint.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who carries a release: per owning SIG, its VEPs for the release by stage and readiness and how
 * many still have {@code TBD} reviewers or approvers (with the SIG's OWNERS reviewers and approvers
 * as suggestions); per named reviewer and approver, the VEPs of the release they committed to.
 *
 * @param sigs one entry per owning SIG, by name ({@code (none)} last for VEPs without one)
 * @param people every named reviewer and approver, highest load first, then by handle
 */
public record ReleaseLoad(List<SigLoad> sigs, List<PersonLoad> people) {

  /** The owning SIG of VEPs that name none. */
  public static final String NO_SIG = "(none)";
  /** The stages in the order they are shown; other stages (e.g. {@code announcement}) follow by name. */
  public static final List<String> STAGES = List.of("alpha", "beta", "ga");

  /** Copies the lists. */
  public ReleaseLoad {
    sigs = List.copyOf(sigs);
    people = List.copyOf(people);
  }

  /**
   * How ready a VEP is, the most pressing first: each VEP counts once, under the first that holds.
   */
  public enum Readiness {
    /** Some finding of the VEP is an error. */
    ERRORS("errors"),
    /** Reviewers or approvers are TBD, missing, or not recorded (older layout). */
    TBD_PEOPLE("TBD people"),
    /** Warnings or info findings only. */
    FINDINGS("findings"),
    /** No findings, reviewers and approvers named. */
    READY("no findings");

    private final String label;

    Readiness(String label) {
      this.label = label;
    }

    /** A short label, e.g. {@code TBD people}. */
    public String label() {
      return label;
    }

    /** The JSON name, e.g. {@code tbd-people}. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The readiness of one VEP. */
    public static Readiness of(ReleaseView.Item item) {
      if (item.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
        return ERRORS;
      }
      if (!item.reviewersNamed() || !item.approversNamed()) {
        return TBD_PEOPLE;
      }
      return item.findings().isEmpty() ? READY : FINDINGS;
    }
  }

  /**
   * One owning SIG's share of the release.
   *
   * @param sig the owning SIG
   * @param veps how many of the release's VEPs it owns
   * @param byStage per stage targeting the release, how many VEPs ({@link #STAGES} first); a VEP
   *     targeting the release in two stages counts in both
   * @param readiness per stage, per readiness, how many VEPs (only counts above zero)
   * @param tbdReviewers VEPs with front matter whose reviewers are TBD or missing
   * @param tbdApprovers VEPs with front matter whose approvers are TBD or missing
   * @param notRecorded VEPs in the older layout, which record no reviewers or approvers
   * @param suggestedReviewers when some reviewers are TBD or not recorded: the reviewers of the SIG's
   *     OWNERS file (empty without one)
   * @param suggestedApprovers likewise for approvers: the OWNERS file's approvers
   * @param ownersFile the OWNERS file the suggestions come from, when there is one
   */
  public record SigLoad(
      String sig,
      int veps,
      Map<String, Integer> byStage,
      Map<String, Map<Readiness, Integer>> readiness,
      int tbdReviewers,
      int tbdApprovers,
      int notRecorded,
      List<String> suggestedReviewers,
      List<String> suggestedApprovers,
      Optional<String> ownersFile) {
    /** Copies the collections, keeping their order. */
    public SigLoad {
      byStage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byStage));
      Map<String, Map<Readiness, Integer>> copy = new LinkedHashMap<>();
      readiness.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(v))));
      readiness = java.util.Collections.unmodifiableMap(copy);
      suggestedReviewers = List.copyOf(suggestedReviewers);
      suggestedApprovers = List.copyOf(suggestedApprovers);
    }
  }

  /**
   * One person's commitments in the release.
   *
   * @param handle the handle as first written, with a leading {@code @}
   * @param reviewing the VEPs they review (as {@link MarkdownReleaseView#name} shows them)
   * @param approving the VEPs they approve
   */
  public record PersonLoad(String handle, List<String> reviewing, List<String> approving) {
    /** Copies the lists. */
    public PersonLoad {
      reviewing = List.copyOf(reviewing);
      approving = List.copyOf(approving);
    }

    /** How many of the release's VEPs they committed to, as reviewer, approver or both. */
    public int load() {
      return (int) java.util.stream.Stream.concat(reviewing.stream(), approving.stream()).distinct().count();
    }
  }

  /** The load of a release view. */
  public static ReleaseLoad of(ReleaseView view) {
    Map<String, List<ReleaseView.Item>> bySig = new TreeMap<>(Comparator.comparing((String s) -> s.equals(NO_SIG) || s.equals(ReleaseView.META))
        .thenComparing(Comparator.naturalOrder()));
    for (ReleaseView.Item item : view.veps()) {
      bySig.computeIfAbsent(item.sig(), k -> new ArrayList<>()).add(item);
    }
    List<SigLoad> sigs = new ArrayList<>();
    bySig.forEach((sig, items) -> sigs.add(sigLoad(sig, items, Optional.ofNullable(view.owners().get(sig)))));

    Map<String, String> display = new LinkedHashMap<>();
    Map<String, List<String>> reviewing = new LinkedHashMap<>();
    Map<String, List<String>> approving = new LinkedHashMap<>();
    for (ReleaseView.Item item : view.veps()) {
      String name = MarkdownReleaseView.name(item);
      collect(item.reviewers(), name, display, reviewing);
      // The board's VEP reviewer reviews as much as one the document names.
      collect(view.checkIn().item(item).map(Board.Item::reviewers).orElse(List.of()), name, display, reviewing);
      collect(item.approvers(), name, display, approving);
    }
    List<PersonLoad> people = new ArrayList<>();
    for (Map.Entry<String, String> person : display.entrySet()) {
      people.add(new PersonLoad(person.getValue(), reviewing.getOrDefault(person.getKey(), List.of()),
          approving.getOrDefault(person.getKey(), List.of())));
    }
    people.sort(Comparator.comparingInt(PersonLoad::load).reversed()
        .thenComparing(p -> p.handle().toLowerCase(Locale.ROOT)));
    return new ReleaseLoad(sigs, people);
  }

  private static SigLoad sigLoad(String sig, List<ReleaseView.Item> items, Optional<ReleaseView.SigOwners> owners) {
    Map<String, Integer> byStage = new LinkedHashMap<>();
    Map<String, Map<Readiness, Integer>> readiness = new LinkedHashMap<>();
    List<String> stages = new ArrayList<>(STAGES);
    items.stream().flatMap(i -> i.stages().stream()).filter(s -> !STAGES.contains(s)).distinct().sorted()
        .forEach(stages::add);
    for (String stage : stages) {
      for (ReleaseView.Item item : items) {
        if (item.stages().contains(stage)) {
          byStage.merge(stage, 1, Integer::sum);
          readiness.computeIfAbsent(stage, k -> new java.util.EnumMap<>(Readiness.class))
              .merge(Readiness.of(item), 1, Integer::sum);
        }
      }
    }
    int tbdReviewers = 0;
    int tbdApprovers = 0;
    int notRecorded = 0;
    for (ReleaseView.Item item : items) {
      if (item.olderLayout()) {
        notRecorded++;
        continue;
      }
      tbdReviewers += item.reviewersNamed() ? 0 : 1;
      tbdApprovers += item.approversNamed() ? 0 : 1;
    }
    boolean needReviewers = tbdReviewers + notRecorded > 0;
    boolean needApprovers = tbdApprovers + notRecorded > 0;
    return new SigLoad(sig, items.size(), byStage, readiness, tbdReviewers, tbdApprovers, notRecorded,
        needReviewers ? owners.map(ReleaseView.SigOwners::reviewers).orElse(List.of()) : List.of(),
        needApprovers ? owners.map(ReleaseView.SigOwners::approvers).orElse(List.of()) : List.of(),
        owners.map(ReleaseView.SigOwners::file));
  }

  private static void collect(List<String> people, String vep, Map<String, String> display,
      Map<String, List<String>> commitments) {
    for (String raw : people) {
      String handle = raw.strip();
      if (handle.isEmpty() || handle.equalsIgnoreCase("TBD")) {
        continue;
      }
      String bare = handle.startsWith("@") ? handle.substring(1) : handle;
      String key = bare.toLowerCase(Locale.ROOT);
      display.putIfAbsent(key, "@" + bare);
      List<String> list = commitments.computeIfAbsent(key, k -> new ArrayList<>());
      if (!list.contains(vep)) {
        list.add(vep);
      }
    }
  }
}
