package io.github.veplint.lint.template;

import io.github.veplint.model.VepTitle;
import io.github.veplint.model.Vep;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Section;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The versions of the VEP template, grouped into generations, and which generation a VEP was
 * written for. Immutable.
 *
 * <p>A VEP belongs to the generation whose layout it fits best (its sections present, minus its
 * sections missing, minus sections only other generations have): its body sections first (the
 * sections other than the metadata ones, e.g. "Implementation Phases" against "Implementation
 * History"), then its metadata sections ("VEP Status Metadata", "Target releases", "Release Signoff
 * Checklist", which maintainers added by hand to older VEPs in March 2026 and VEP 282 moves to
 * front matter). Only when two generations fit equally well does the creation date decide: front
 * matter {@code creation-date}, else the date the file was first committed (following renames).
 * Without any date the newer generation wins.
 *
 * @param source where the versions came from
 * @param generations the generations, oldest first; never empty
 * @param addedDates per repository-relative path, the day the file was first committed, following
 *     renames (empty without git history)
 */
public record TemplateHistory(
    Source source, List<TemplateGeneration> generations, Map<String, LocalDate> addedDates) {

  /** Where the template versions were read from, in order of preference. */
  public enum Source {
    /** The git history of the template file in the repository being linted. */
    GIT,
    /** Template files listed in the configuration. */
    CONFIGURED,
    /** vep-lint's own record of the kubevirt/enhancements template, for a copy without history. */
    BUILT_IN,
    /** The repository's current template alone. */
    CURRENT_TEMPLATE
  }

  /** The metadata sections of the older layout, which front matter replaces (VEP 282). */
  public static final Set<String> METADATA_KEYS =
      Set.of(
          Section.normalize("VEP Status Metadata"),
          Section.normalize("Target releases"),
          Section.normalize("Release Signoff Checklist"));

  private static final String TEMPLATE_PR = "built-in: kubevirt/enhancements template, ";

  private static final String[] COMMON =
      new String[] {
        "## Overview",
        "## Motivation",
        "## Goals",
        "## Non Goals",
        "## Definition of Users",
        "## User Stories",
        "## Repos",
        "## Design",
        "## API Examples",
        "## Alternatives",
        "## Scalability",
        "## Update/Rollback Compatibility",
        "## Functional Testing Approach"
      };

  private static final String[] CHECKLIST = {"## Release Signoff Checklist"};

  private static final String[] METADATA = {
    "## VEP Status Metadata", "### Target releases", "### Release Signoff Checklist"
  };

  private static final String[] PHASES = {
    "## Implementation Phases", "## Feature lifecycle Phases", "### Alpha", "### Beta", "### GA"
  };

  private static final String[] HISTORY = {
    "## Implementation History", "## Graduation Requirements", "### Alpha", "### Beta", "### GA"
  };

  /**
   * 2025-01-09 and 2025-04-10: as {@link #FIRST_FIXED}, but the Non Goals prompt opened a second
   * {@code <!--} where it meant to close one, so the comment swallowed "## Definition of Users" and
   * GitHub rendered the template without it (fixed 2025-05-16, #52).
   */
  private static final TemplateLayout FIRST =
      TemplateLayout.of(concat(CHECKLIST, withoutDefinitionOfUsers(), PHASES));

  /** 2025-05-16: checklist as {@code ##}, Implementation Phases, Feature lifecycle Phases. */
  private static final TemplateLayout FIRST_FIXED =
      TemplateLayout.of(concat(CHECKLIST, COMMON, PHASES));

  /** 2025-09-25: Implementation History and Graduation Requirements. */
  private static final TemplateLayout SECOND =
      TemplateLayout.of(concat(CHECKLIST, COMMON, HISTORY));

  /** 2026-03-19: VEP Status Metadata with Target releases and the checklist as {@code ###}. */
  private static final TemplateLayout THIRD = TemplateLayout.of(concat(METADATA, COMMON, HISTORY));

  /**
   * The six versions of {@code veps/NNNN-vep-template/vep.md} in kubevirt/enhancements up to
   * 2026-08-18, by author date and pull request: four generations (three section layouts, the first
   * one rendered without "Definition of Users" until its comment was fixed).
   */
  private static final List<TemplateVersion> BUILT_IN_VERSIONS =
      List.of(
          builtIn("2025-01-09", "#1 basic VEP and issue templates", FIRST),
          builtIn("2025-04-10", "#13 2nd iteration of the process", FIRST),
          builtIn("2025-05-16", "#52 typo fix", FIRST_FIXED),
          builtIn("2025-09-25", "#30 implementation history and graduation requirements", SECOND),
          builtIn("2026-03-19", "#212 metadata section for target releases", THIRD),
          builtIn("2026-06-29", "#273 on-by-default readiness under Beta", THIRD));

  /** Copies the collections so the record stays immutable. */
  public TemplateHistory {
    generations = List.copyOf(generations);
    addedDates = Map.copyOf(addedDates);
    if (generations.isEmpty()) {
      throw new IllegalArgumentException("a template history has at least one generation");
    }
  }

  /**
   * Groups versions (oldest first) into generations: consecutive versions with the same layout form
   * one.
   */
  public static TemplateHistory of(
      Source source, List<TemplateVersion> versions, Map<String, LocalDate> addedDates) {
    List<List<TemplateVersion>> runs = new ArrayList<>();
    for (TemplateVersion version : versions) {
      if (runs.isEmpty() || !runs.get(runs.size() - 1).get(0).layout().sameAs(version.layout())) {
        runs.add(new ArrayList<>());
      }
      runs.get(runs.size() - 1).add(version);
    }
    List<TemplateGeneration> generations = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      Optional<LocalDate> until =
          i + 1 < runs.size() ? runs.get(i + 1).get(0).date() : Optional.empty();
      generations.add(new TemplateGeneration(i + 1, runs.get(i), until));
    }
    return new TemplateHistory(source, generations, addedDates);
  }

  /** vep-lint's record of the kubevirt/enhancements template versions (six, four generations). */
  public static List<TemplateVersion> builtInVersions() {
    return BUILT_IN_VERSIONS;
  }

  /**
   * The history when the repository's git history cannot be read: vep-lint's record of the
   * kubevirt/enhancements template when the repository's template (or, without one, nothing) is one
   * of its versions, cut at that version; else the repository's template as the only generation.
   *
   * @param template the repository's current template, parsed, when it has one
   */
  public static TemplateHistory withoutGit(Optional<Vep> template) {
    if (template.isEmpty()) {
      return of(Source.BUILT_IN, BUILT_IN_VERSIONS, Map.of());
    }
    TemplateLayout layout = TemplateLayout.of(template.get());
    int last = -1;
    for (int i = 0; i < BUILT_IN_VERSIONS.size(); i++) {
      if (BUILT_IN_VERSIONS.get(i).layout().sameAs(layout)) {
        last = i;
      }
    }
    if (last >= 0) {
      return of(Source.BUILT_IN, BUILT_IN_VERSIONS.subList(0, last + 1), Map.of());
    }
    if (succeedsBuiltIn(layout)) {
      // A template newer than the record (upstream changed it after 2026-08-18): without history
      // it would be the only generation and every older VEP would be asked for what it adds. As a
      // successor of the record, a VEP written before it still fits the generation it was written
      // for; the new version has no known date, which missing-section takes into account.
      List<TemplateVersion> extended = new ArrayList<>(BUILT_IN_VERSIONS);
      extended.add(
          new TemplateVersion(Optional.empty(), template.get().location().relativePath(), layout));
      return of(Source.BUILT_IN, extended, Map.of());
    }
    return of(
        Source.CURRENT_TEMPLATE,
        List.of(
            new TemplateVersion(
                Optional.empty(), template.get().location().relativePath(), layout)),
        Map.of());
  }

  /**
   * Whether a template that is none of the recorded versions is a later version of the
   * kubevirt/enhancements template: it keeps at least three quarters of the newest recorded
   * version's body sections (the metadata sections, which VEP 282 moves to front matter, aside).
   * A repository's own template shares far fewer.
   */
  static boolean succeedsBuiltIn(TemplateLayout layout) {
    Set<String> newest = new HashSet<>();
    for (TemplateLayout.Heading heading : BUILT_IN_VERSIONS.get(BUILT_IN_VERSIONS.size() - 1)
        .layout()
        .sections()) {
      if (!METADATA_KEYS.contains(heading.key())) {
        newest.add(heading.key());
      }
    }
    int kept = 0;
    for (TemplateLayout.Heading heading : layout.sections()) {
      if (newest.contains(heading.key())) {
        kept++;
      }
    }
    return kept * 4 >= newest.size() * 3;
  }

  /** Today's generation: the newest. */
  public TemplateGeneration current() {
    return generations.get(generations.size() - 1);
  }

  /** Every template version, oldest first. */
  public List<TemplateVersion> versions() {
    return generations.stream().flatMap(g -> g.versions().stream()).toList();
  }

  /**
   * The date a VEP was created, as far as it is known: front matter {@code creation-date} when it
   * is a real date, else the day its file was first committed.
   */
  public Optional<LocalDate> creationDate(Vep vep) {
    Optional<LocalDate> written =
        vep.metadata()
            .creationDate()
            .flatMap(
                d -> {
                  try {
                    return Optional.of(LocalDate.parse(d.value().trim()));
                  } catch (DateTimeParseException e) {
                    return Optional.empty();
                  }
                });
    return written.or(() -> Optional.ofNullable(addedDates.get(vep.location().relativePath())));
  }

  /** The generation the VEP was written for: see the class description. */
  public TemplateGeneration generationOf(Vep vep) {
    return fitter().generationOf(vep);
  }

  /**
   * The generation the VEP was written for, with the given creation date for ties.
   *
   * @param created the creation date, when known
   */
  public TemplateGeneration generationOf(Vep vep, Optional<LocalDate> created) {
    return fitter().generationOf(vep, created);
  }

  /**
   * The generations whose layout the VEP fits best, oldest first: one when the document alone
   * decides, several when only a date can.
   */
  public List<TemplateGeneration> bestFitting(Vep vep) {
    return fitter().bestFitting(vep);
  }

  /**
   * A {@link Fitter} for this history: what each generation's layout is made of, worked out once,
   * for a caller that fits many VEPs against the same history (one lint run). Each call works it out
   * anew; keep the result rather than calling this per VEP.
   */
  public Fitter fitter() {
    return new Fitter(this);
  }

  /**
   * Fits VEPs to the generations of one {@link TemplateHistory}: {@link #bestFitting} and {@link
   * #generationOf} answer exactly as the history's methods of the same name, without rebuilding
   * each generation's heading names for every VEP. Immutable and thread-safe.
   */
  public static final class Fitter {
    private final TemplateHistory history;
    /** Per body section key of any generation: the indexes of the generations that have it. */
    private final Map<String, int[]> bodyHaving;
    /** Per metadata heading ({@code level:key}) of any generation: the generations that have it. */
    private final Map<String, int[]> metaHaving;
    /** Per generation: how many body section keys it has. */
    private final int[] bodyCount;
    /** Per generation: how many metadata headings it has. */
    private final int[] metaCount;

    private Fitter(TemplateHistory history) {
      this.history = history;
      List<TemplateGeneration> generations = history.generations();
      int n = generations.size() > 1 ? generations.size() : 0;
      List<Set<String>> body = new ArrayList<>(n);
      List<Set<String>> meta = new ArrayList<>(n);
      for (int g = 0; g < n; g++) {
        body.add(bodyNames(generations.get(g)));
        meta.add(metaNames(generations.get(g)));
      }
      this.bodyHaving = having(body);
      this.metaHaving = having(meta);
      this.bodyCount = body.stream().mapToInt(Set::size).toArray();
      this.metaCount = meta.stream().mapToInt(Set::size).toArray();
    }

    /** Per name in any of the sets: the indexes of the sets holding it, ascending. */
    private static Map<String, int[]> having(List<Set<String>> sets) {
      Map<String, List<Integer>> indexes = new HashMap<>();
      for (int g = 0; g < sets.size(); g++) {
        for (String name : sets.get(g)) {
          indexes.computeIfAbsent(name, k -> new ArrayList<>()).add(g);
        }
      }
      Map<String, int[]> having = new HashMap<>();
      indexes.forEach((name, list) -> having.put(name, list.stream().mapToInt(i -> i).toArray()));
      return Map.copyOf(having);
    }

    /** The history it fits VEPs to. */
    public TemplateHistory history() {
      return history;
    }

    /** As {@link TemplateHistory#generationOf(Vep)}. */
    public TemplateGeneration generationOf(Vep vep) {
      return generationOf(vep, history.creationDate(vep));
    }

    /** As {@link TemplateHistory#generationOf(Vep, Optional)}. */
    public TemplateGeneration generationOf(Vep vep, Optional<LocalDate> created) {
      List<TemplateGeneration> best = bestFitting(vep);
      if (created.isEmpty()) {
        return best.get(best.size() - 1);
      }
      TemplateGeneration chosen = best.get(0);
      for (TemplateGeneration generation : best) {
        if (generation.date().map(d -> !d.isAfter(created.get())).orElse(false)) {
          chosen = generation;
        }
      }
      return chosen;
    }

    /**
     * As {@link TemplateHistory#bestFitting(Vep)}: a generation scores one point for each of its
     * sections present, one off for each of its sections missing and for each present section only
     * other generations have; body sections first, metadata sections for a tie.
     */
    public List<TemplateGeneration> bestFitting(Vep vep) {
      List<TemplateGeneration> generations = history.generations();
      if (generations.size() == 1) {
        return generations;
      }
      Set<String> bodyKeys = new HashSet<>();
      Set<String> metaEntries = new HashSet<>();
      SourcePosition title = vep.title().map(VepTitle::position).orElse(null);
      for (Section section : vep.allSections()) {
        SourcePosition at = section.position();
        if (title != null && title.line() == at.line() && title.column() == at.column()) {
          continue; // the title heading
        }
        for (String key : TemplateLayout.keysOf(section.text())) {
          if (METADATA_KEYS.contains(key)) {
            metaEntries.add(section.level() + ":" + key);
          } else {
            bodyKeys.add(key);
          }
        }
      }
      // Front matter holds the metadata, and a VEP with no metadata section at all says nothing
      // about which generation's metadata layout it followed: only its body decides.
      boolean frontMatter = vep.layout() == Vep.Layout.FRONT_MATTER || metaEntries.isEmpty();
      int[] bodyScores = scores(bodyHaving, bodyCount, bodyKeys);
      int[] metaScores =
          frontMatter ? new int[generations.size()] : scores(metaHaving, metaCount, metaEntries);
      List<TemplateGeneration> best = new ArrayList<>();
      int bestBody = Integer.MIN_VALUE;
      int bestMeta = Integer.MIN_VALUE;
      for (int g = 0; g < generations.size(); g++) {
        int body = bodyScores[g];
        int meta = metaScores[g];
        if (body > bestBody || (body == bestBody && meta > bestMeta)) {
          best.clear();
          bestBody = body;
          bestMeta = meta;
        }
        if (body == bestBody && meta == bestMeta) {
          best.add(generations.get(g));
        }
      }
      return List.copyOf(best);
    }

    /**
     * Each generation's score for the present names. With {@code c} of its {@code n} names present
     * and {@code p} present names that some generation has (its own among them), it gets {@code c}
     * points, {@code n - c} off for its names missing and {@code p - c} off for present names only
     * other generations have: {@code 3c - n - p}.
     */
    private static int[] scores(Map<String, int[]> having, int[] count, Set<String> present) {
      int[] common = new int[count.length];
      int known = 0;
      for (String name : present) {
        int[] generations = having.get(name);
        if (generations != null) {
          known++;
          for (int g : generations) {
            common[g]++;
          }
        }
      }
      int[] scores = new int[count.length];
      for (int g = 0; g < count.length; g++) {
        scores[g] = 3 * common[g] - count[g] - known;
      }
      return scores;
    }
  }

  private static Set<String> bodyNames(TemplateGeneration generation) {
    Set<String> names = new HashSet<>();
    for (TemplateLayout.Heading heading : generation.layout().headings()) {
      if (!METADATA_KEYS.contains(heading.key())) {
        names.add(heading.key());
      }
    }
    return Set.copyOf(names);
  }

  private static Set<String> metaNames(TemplateGeneration generation) {
    Set<String> names = new HashSet<>();
    for (TemplateLayout.Heading heading : generation.layout().headings()) {
      if (METADATA_KEYS.contains(heading.key())) {
        names.add(heading.level() + ":" + heading.key());
      }
    }
    return Set.copyOf(names);
  }

  private static TemplateVersion builtIn(String date, String change, TemplateLayout layout) {
    return new TemplateVersion(Optional.of(LocalDate.parse(date)), TEMPLATE_PR + change, layout);
  }

  private static String[] withoutDefinitionOfUsers() {
    return List.of(COMMON).stream()
        .filter(h -> !h.equals("## Definition of Users"))
        .toArray(String[]::new);
  }

  private static String[] concat(String[]... parts) {
    List<String> all = new ArrayList<>();
    for (String[] part : parts) {
      all.addAll(List.of(part));
    }
    return all.toArray(String[]::new);
  }
}
