package io.github.veplint.lint.template;

import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.Section;
import io.github.veplint.model.Vep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the VEP template requires of a VEP's structure, and where a VEP has each required section.
 * The one place that knows which sections are required, which other headings count as the same
 * section, and what older template generations called them: {@code missing-section}, {@code
 * section-level} and {@code section-order} all read it, so a later change can make the list depend
 * on the template generation a VEP was written against.
 */
public final class TemplateSections {

  private TemplateSections() {}

  /** The heading of the prose metadata section that front matter (VEP 282) replaces. */
  public static final String STATUS_METADATA = "VEP Status Metadata";

  /** The heading of the dated log of merged implementation work. */
  public static final String IMPLEMENTATION_HISTORY = "Implementation History";

  /** The heading of the section listing each stage's graduation requirements. */
  public static final String GRADUATION_REQUIREMENTS = "Graduation Requirements";

  /**
   * The {@code ##} headings of today's template ({@code veps/NNNN-vep-template/vep.md}, last
   * changed 2026-06-29), as {@link TemplateHistory#builtInVersions()} records them.
   */
  public static final List<String> BUILT_IN_HEADINGS =
      TemplateHistory.withoutGit(Optional.empty()).current().layout().sections().stream()
          .map(TemplateLayout.Heading::text)
          .toList();

  /**
   * Other headings that VEPs use for a template section and that maintainers accept as that
   * section. Matching is by {@link Section#normalize}, so case, spacing and punctuation never
   * matter ("Non-Goals", "**Overview**", "Alternatives Considered:" need no entry of their own),
   * and a trailing parenthesised qualifier is ignored ("API Examples (full version)"). Keyed by the
   * template heading's normalized form. Every entry comes from a merged VEP, named beside it.
   */
  private static final Map<String, List<String>> VARIANTS =
      Map.of(
          Section.normalize("Alternatives"),
          List.of(
              // sig-storage/41; sig-compute/35 writes "Alternatives Considered:"
              "Alternatives Considered",
              "Alternative Designs Considered", // sig-compute/97
              "Undesired Alternatives"), // sig-compute/161
          Section.normalize("Update/Rollback Compatibility"),
          List.of("Update / Compatibility"), // sig-compute/141
          Section.normalize("Functional Testing Approach"),
          List.of("Functional Testing")); // sig-compute/141, sig-network/21

  /**
   * What older template generations called a section, so a message can tell the author what to
   * rename or restructure when a VEP is held to a generation that no longer has them.
   */
  private static final Map<String, List<OlderName>> OLDER_NAMES =
      Map.of(
          Section.normalize(STATUS_METADATA),
          List.of(
              new OlderName(
                  "Release Signoff Checklist",
                  "the template (since March 2026) nests it as '### Release Signoff Checklist'"
                      + " under '## VEP Status Metadata', next to '### Target releases'; or move"
                      + " the metadata into YAML front matter as VEP 282 specifies")),
          Section.normalize(IMPLEMENTATION_HISTORY),
          List.of(
              new OlderName(
                  "Implementation Phases",
                  "the template replaced it (September 2025) with '## Implementation History', a"
                      + " dated list of what was implemented and in which PRs")),
          Section.normalize(GRADUATION_REQUIREMENTS),
          List.of(
              new OlderName(
                  "Feature lifecycle Phases",
                  "the template renamed it (September 2025) to '## Graduation Requirements', with"
                      + " the requirements for Alpha, Beta and GA")));

  /**
   * Words that, in another heading, show where a VEP discusses a missing section's topic instead
   * (sig-compute/207 compares its alternatives under "### Alternatives Comparison" in its design;
   * sig-network/183 has "### API Example: ..." in an appendix). Only used to point the author
   * there.
   */
  private static final Map<String, String> RELATED_HEADING_WORDS =
      Map.of(
          Section.normalize("Alternatives"), Section.normalize("alternative"),
          Section.normalize("API Examples"), Section.normalize("API example"),
          // sig-network/106 renamed its Graduation Requirements to "Feature Lifecycle" (2026-10)
          Section.normalize(GRADUATION_REQUIREMENTS), Section.normalize("feature lifecycle"));

  private static final Pattern TRAILING_QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

  /** The normalized heading of the implementation log. */
  private static final String IMPLEMENTATION_LOG_KEY = Section.normalize(IMPLEMENTATION_HISTORY);

  /** The normalized headings of the graduation requirements: today's, then older ones. */
  private static final List<String> GRADUATION_KEYS =
      Stream.concat(
              Stream.of(GRADUATION_REQUIREMENTS),
              OLDER_NAMES.getOrDefault(Section.normalize(GRADUATION_REQUIREMENTS), List.of()).stream()
                  .map(OlderName::heading))
          .map(Section::normalize)
          .toList();

  /** A heading an older template used for a section, and what changed. */
  public record OlderName(String heading, String change) {}

  /**
   * One section the template requires.
   *
   * @param heading the template's heading text, e.g. {@code Non Goals}
   * @param level the template's heading level (2 for every section today)
   * @param acceptedLevels the levels at which it is in place: its own, and any a later template
   *     generation gives it
   * @param acceptedNames the normalized headings that count as this section
   * @param olderNames what older templates called it
   * @param todaysHeading what today's template calls it, when a later generation renamed it
   */
  public record Required(
      String heading,
      int level,
      Set<Integer> acceptedLevels,
      Set<String> acceptedNames,
      List<OlderName> olderNames,
      Optional<String> todaysHeading) {

    /** Whether a heading counts as this section, whatever its level. */
    public boolean matches(Section section) {
      return matchesAny(names(section.text()));
    }

    /** Whether one of a heading's {@link #names} counts as this section. */
    public boolean matchesAny(Set<String> headingNames) {
      for (String name : headingNames) {
        if (acceptedNames.contains(name)) {
          return true;
        }
      }
      return false;
    }

    /** The heading as the template writes it, e.g. {@code ## Non Goals}. */
    public String markdown() {
      return "#".repeat(level) + " " + heading;
    }
  }

  /**
   * Where a VEP has one required section.
   *
   * @param required the template section
   * @param index its position in the template's order
   * @param atLevel every heading for it at the template's level, in document order
   * @param elsewhere every heading for it at another level, in document order
   */
  public record Placement(Required required, int index, List<Section> atLevel, List<Section> elsewhere) {

    public boolean isPresent() {
      return !atLevel.isEmpty() || !elsewhere.isEmpty();
    }

    /**
     * The heading that stands for the section: the first at the right level, else the first at all.
     */
    public Optional<Section> representative() {
      return atLevel.stream().findFirst().or(() -> elsewhere.stream().findFirst());
    }
  }

  /**
   * A heading of the VEP whose words show it discusses the required section's topic: preferably one
   * containing the template heading's words ("Alternatives Comparison"), else the related word
   * ("Alternative 1: ...").
   */
  public static Optional<Section> relatedHeading(Vep vep, Required required) {
    String whole = Section.normalize(required.heading());
    String word = RELATED_HEADING_WORDS.get(whole);
    if (word == null) {
      return Optional.empty();
    }
    List<Section> headings = headings(vep);
    return headings.stream()
        .filter(h -> Section.normalize(h.text()).contains(whole))
        .findFirst()
        .or(
            () ->
                headings.stream()
                    .filter(h -> Section.normalize(h.text()).contains(word))
                    .findFirst());
  }

  /**
   * Whether a VEP keeps its metadata elsewhere than in template sections: it has front matter (VEP
   * 282), or a broken block, or has no metadata section while today's template has none either. Such
   * a VEP needs neither a "VEP Status Metadata" section nor a "Release Signoff Checklist" in its
   * body.
   */
  static boolean keepsMetadataElsewhere(Vep vep, TemplateHistory history) {
    List<TemplateGeneration> generations = history.generations();
    // A block opened but broken (never closed, bad YAML) is still the author's front matter: the
    // one defect is frontmatter-syntax's, not also a missing prose checklist.
    return vep.layout() == Vep.Layout.FRONT_MATTER
        || vep.problems().stream().anyMatch(ParseProblem::isFrontMatterProblem)
        || (!hasMetadataSection(vep) && !hasMetadataSection(generations.get(generations.size() - 1)));
  }

  /**
   * The sections a VEP written for {@code generation} must have, in template order: the {@code ##}
   * sections of that generation. They depend on the VEP only through whether it {@linkplain
   * #keepsMetadataElsewhere keeps its metadata elsewhere}. A section also counts under the name and
   * at the level a later generation gives it: updating a VEP towards today's template is never
   * wrong.
   *
   * @param metadataElsewhere the VEP has front matter (or a broken block), or has no metadata
   *     section while today's template has none either: the metadata sections are not required
   */
  static List<Required> requiredFor(
      TemplateHistory history, TemplateGeneration generation, boolean metadataElsewhere) {
    List<TemplateGeneration> generations = history.generations();
    List<TemplateGeneration> later =
        generations.subList(Math.max(0, generations.indexOf(generation)) + 1, generations.size());
    // What each later generation changed, once: the same steps apply to every section.
    List<List<TemplateChanges.Change>> steps = new ArrayList<>(later.size());
    TemplateLayout previous = generation.layout();
    for (TemplateGeneration next : later) {
      steps.add(TemplateChanges.between(previous, next.layout()));
      previous = next.layout();
    }
    List<Required> required = new ArrayList<>();
    for (TemplateLayout.Heading section : generation.layout().sections()) {
      String key = section.key();
      if (metadataElsewhere && TemplateHistory.METADATA_KEYS.contains(key)) {
        // Front matter holds it, or (today's template having moved it there) the VEP has no
        // metadata at all: frontmatter-missing asks for the block, once.
        continue;
      }
      Set<String> accepted = new LinkedHashSet<>();
      Set<Integer> levels = new LinkedHashSet<>();
      accepted.add(key);
      levels.add(section.level());
      String current = key;
      TemplateLayout.Heading renamed = section;
      for (List<TemplateChanges.Change> step : steps) {
        for (TemplateChanges.Change change : step) {
          if (change.from().isEmpty() || !change.from().get().key().equals(current)) {
            continue;
          }
          if (change.kind() == TemplateChanges.Kind.RENAME) {
            renamed = change.to().orElseThrow();
            current = renamed.key();
            accepted.add(current);
          } else if (change.kind() == TemplateChanges.Kind.MOVE) {
            levels.add(change.to().orElseThrow().level());
          }
        }
      }
      Set<String> withVariants = new LinkedHashSet<>(accepted);
      accepted.forEach(
          name ->
              VARIANTS
                  .getOrDefault(name, List.of())
                  .forEach(v -> withVariants.add(Section.normalize(v))));
      required.add(
          new Required(
              section.text(),
              section.level(),
              Set.copyOf(levels),
              Set.copyOf(withVariants),
              OLDER_NAMES.getOrDefault(key, List.of()),
              renamed == section ? Optional.empty() : Optional.of(renamed.markdown())));
    }
    return List.copyOf(required);
  }

  private static boolean hasMetadataSection(Vep vep) {
    for (Section section : headings(vep)) {
      for (String key : TemplateLayout.keysOf(section.text())) {
        if (TemplateHistory.METADATA_KEYS.contains(key)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasMetadataSection(TemplateGeneration generation) {
    return generation.layout().headings().stream()
        .anyMatch(h -> TemplateHistory.METADATA_KEYS.contains(h.key()));
  }

  /** Where the VEP has each required section, in template order. */
  public static List<Placement> place(Vep vep, List<Required> required) {
    List<Section> headings = headings(vep);
    // Each heading's names once, not once per required section.
    List<Set<String>> headingNames = new ArrayList<>(headings.size());
    for (Section heading : headings) {
      headingNames.add(names(heading.text()));
    }
    List<Placement> placements = new ArrayList<>();
    for (int i = 0; i < required.size(); i++) {
      Required section = required.get(i);
      List<Section> atLevel = new ArrayList<>();
      List<Section> elsewhere = new ArrayList<>();
      for (int h = 0; h < headings.size(); h++) {
        Section heading = headings.get(h);
        if (section.matchesAny(headingNames.get(h))) {
          (section.acceptedLevels().contains(heading.level()) ? atLevel : elsewhere).add(heading);
        }
      }
      placements.add(new Placement(section, i, List.copyOf(atLevel), List.copyOf(elsewhere)));
    }
    return placements;
  }

  /**
   * Which of the required sections each accepted name counts as: per name, the indexes in {@code
   * required}, ascending. {@link #place(Vep, List, Map)} uses it.
   */
  static Map<String, int[]> nameIndex(List<Required> required) {
    Map<String, List<Integer>> indexes = new HashMap<>();
    for (int i = 0; i < required.size(); i++) {
      for (String name : required.get(i).acceptedNames()) {
        indexes.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, int[]> index = new HashMap<>();
    indexes.forEach((name, list) -> index.put(name, list.stream().mapToInt(i -> i).toArray()));
    return Map.copyOf(index);
  }

  /**
   * As {@link #place(Vep, List)}, with {@code nameIndex} the {@link #nameIndex} of {@code
   * required}: each heading's names are looked up once instead of tested against every required
   * section.
   */
  static List<Placement> place(Vep vep, List<Required> required, Map<String, int[]> nameIndex) {
    List<List<Section>> atLevel = new ArrayList<>(required.size());
    List<List<Section>> elsewhere = new ArrayList<>(required.size());
    for (int i = 0; i < required.size(); i++) {
      atLevel.add(new ArrayList<>());
      elsewhere.add(new ArrayList<>());
    }
    // The required sections one heading counts as, each once though several of its names match.
    int[] matched = new int[required.size()];
    boolean[] seen = new boolean[required.size()];
    for (Section heading : headings(vep)) {
      int count = 0;
      for (String name : names(heading.text())) {
        int[] sections = nameIndex.get(name);
        if (sections == null) {
          continue;
        }
        for (int i : sections) {
          if (!seen[i]) {
            seen[i] = true;
            matched[count++] = i;
          }
        }
      }
      for (int k = 0; k < count; k++) {
        int i = matched[k];
        seen[i] = false;
        Required section = required.get(i);
        (section.acceptedLevels().contains(heading.level()) ? atLevel : elsewhere).get(i).add(heading);
      }
    }
    List<Placement> placements = new ArrayList<>(required.size());
    for (int i = 0; i < required.size(); i++) {
      placements.add(
          new Placement(
              required.get(i), i, List.copyOf(atLevel.get(i)), List.copyOf(elsewhere.get(i))));
    }
    return placements;
  }

  /**
   * Whether the VEP has a heading, at any level, that counts as the section with this normalized
   * name (the name itself or a known variant).
   */
  public static boolean hasSection(Vep vep, String key) {
    Set<String> accepted = new LinkedHashSet<>();
    accepted.add(key);
    VARIANTS.getOrDefault(key, List.of()).forEach(v -> accepted.add(Section.normalize(v)));
    return headings(vep).stream()
        .anyMatch(h -> names(h.text()).stream().anyMatch(accepted::contains));
  }

  /** Whether the VEP has a heading with this normalized name at exactly this level. */
  public static boolean hasSectionAt(Vep vep, String key, int level) {
    return headings(vep).stream()
        .anyMatch(h -> h.level() == level && names(h.text()).contains(key));
  }

  /** Every heading except the title, in document order. */
  public static List<Section> headings(Vep vep) {
    return vep.allSections().stream().filter(s -> !isTitle(vep, s)).toList();
  }

  /**
   * The normalized names a heading may stand for: itself, and itself without a trailing
   * parenthesised qualifier, which narrows a section without making it another one ("API Examples
   * (full version)" in sig-compute/190 is the API Examples section).
   */
  public static Set<String> names(String headingText) {
    if (headingText.indexOf(')') < 0) {
      // No qualifier to strip (the regex needs a ')'): skip the matcher.
      return Set.of(Section.normalize(headingText));
    }
    String unqualified = TRAILING_QUALIFIER.matcher(headingText).replaceFirst("");
    return new LinkedHashSet<>(
        List.of(Section.normalize(headingText), Section.normalize(unqualified)));
  }

  /**
   * Whether a section is the implementation log, which fills in as PRs merge: a VEP is approved
   * before it is implemented, so an empty log is the truthful state of most VEPs under review
   * (sig-release/233 says so in a comment: "To be filled in as the VEP progresses").
   */
  public static boolean isImplementationLog(Section section) {
    return names(section.text()).contains(IMPLEMENTATION_LOG_KEY);
  }

  /**
   * Whether a section holds the graduation requirements per stage (today's "Graduation
   * Requirements", the older "Feature lifecycle Phases"). The template says requirements for later
   * stages "can be added later as the feature progresses", so its stage subsections may be empty.
   */
  public static boolean isGraduationSection(Section section) {
    Set<String> names = names(section.text());
    for (String key : GRADUATION_KEYS) {
      if (names.contains(key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a section is the VEP's title heading ({@code # VEP #<n>: <title>}). */
  public static boolean isTitle(Vep vep, Section section) {
    return vep.title().map(t -> t.position().equals(section.position())).orElse(false);
  }

  /**
   * Whether the file's structure can be judged at all: a file the parser could not read, or that is
   * not text, has no sections to speak of and is reported by the parser's own findings.
   */
  public static boolean isReadable(Vep vep) {
    return vep.problems(ParseProblem.Kind.UNREADABLE).findAny().isEmpty()
        && vep.problems(ParseProblem.Kind.BINARY).findAny().isEmpty();
  }

  /** The heading as written in the VEP, with its level, e.g. {@code ### Alternatives}. */
  public static String markdown(Section section) {
    return "#".repeat(section.level()) + " " + section.text();
  }
}
