package io.github.veplint.lint.template;

import io.github.veplint.lint.template.TemplateChanges.Change;
import io.github.veplint.lint.template.TemplateSections.Required;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What depends only on the run's template history, not on the VEP, worked out once per run: per
 * generation, the sections it requires ({@link TemplateSections#requiredFor(TemplateHistory,
 * TemplateGeneration, boolean)}, with and without the metadata sections) and the changes from its
 * layout to today's ({@link TemplateChanges#between}), and which required sections each heading
 * name counts as ({@link TemplateSections#nameIndex}), and each generation's heading names (its
 * {@link TemplateHistory.Fitter}). Not changed after construction: shared by
 * the run's threads.
 */
final class GenerationFacts {

  private final TemplateHistory history;
  /** The history with each generation's heading names worked out once. */
  private final TemplateHistory.Fitter fitter;
  /** Per generation: what it requires with its metadata sections. */
  private final List<List<Required>> required;
  /** Per generation: what it requires when the VEP keeps its metadata elsewhere. */
  private final List<List<Required>> requiredWithoutMetadata;
  /** Per generation: the changes from its layout to today's. */
  private final List<List<Change>> toCurrent;
  /** Per list in {@link #required} and {@link #requiredWithoutMetadata}: its name index. */
  private final Map<List<Required>, Map<String, int[]>> nameIndexes = new IdentityHashMap<>();

  GenerationFacts(TemplateHistory history) {
    this.history = history;
    this.fitter = history.fitter();
    List<TemplateGeneration> generations = history.generations();
    List<List<Required>> with = new ArrayList<>(generations.size());
    List<List<Required>> without = new ArrayList<>(generations.size());
    List<List<Change>> changes = new ArrayList<>(generations.size());
    for (TemplateGeneration generation : generations) {
      with.add(TemplateSections.requiredFor(history, generation, false));
      without.add(TemplateSections.requiredFor(history, generation, true));
      changes.add(TemplateChanges.between(generation.layout(), history.current().layout()));
    }
    this.required = List.copyOf(with);
    this.requiredWithoutMetadata = List.copyOf(without);
    this.toCurrent = List.copyOf(changes);
    for (List<List<Required>> lists : List.of(required, requiredWithoutMetadata)) {
      for (List<Required> list : lists) {
        nameIndexes.put(list, TemplateSections.nameIndex(list));
      }
    }
  }

  /**
   * {@link TemplateSections#nameIndex} of a list this object's {@link #requiredFor} returned (the
   * same instance), else empty.
   */
  Optional<Map<String, int[]>> nameIndex(List<Required> required) {
    return Optional.ofNullable(nameIndexes.get(required));
  }

  /** The history these facts were worked out from, fitting VEPs to its generations. */
  TemplateHistory.Fitter fitter() {
    return fitter;
  }

  /**
   * {@link TemplateSections#requiredFor(TemplateHistory, TemplateGeneration, boolean)} of this
   * history, or empty for a generation that is not one of its.
   */
  Optional<List<Required>> requiredFor(TemplateGeneration generation, boolean metadataElsewhere) {
    int index = history.generations().indexOf(generation);
    if (index < 0) {
      return Optional.empty();
    }
    return Optional.of((metadataElsewhere ? requiredWithoutMetadata : required).get(index));
  }

  /**
   * {@link TemplateChanges#between} the generation's layout and today's, or empty for a
   * generation that is not one of this history's.
   */
  Optional<List<Change>> changesToCurrent(TemplateGeneration generation) {
    int index = history.generations().indexOf(generation);
    return index < 0 ? Optional.empty() : Optional.of(toCurrent.get(index));
  }
}
