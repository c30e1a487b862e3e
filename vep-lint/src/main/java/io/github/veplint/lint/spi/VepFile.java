package io.github.veplint.lint.spi;

import io.github.veplint.lint.template.TemplateConformance;
import io.github.veplint.model.Vep;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One markdown file being linted, as handed to every {@link DocumentRule}: the parsed VEP, the
 * run's {@link LintContext}, and facts about the file that several rules ask for, worked out once
 * (how it conforms to the template, your own {@link Fact} constants, …).
 *
 * <p>The engine creates one per file and drops it when the file is done, the way Error Prone scopes
 * its {@code VisitorState} to one compilation unit: a fact never outlives its file, and nothing is
 * kept per thread or in static fields. A file is linted on one thread, so a {@code VepFile} is not
 * shared between threads; the {@link RunFacts} it refers to are, and are thread-safe.
 */
public final class VepFile {

  private static final Fact<VepFile, TemplateConformance> TEMPLATE =
      Fact.of("template conformance", VepFile::conformance);

  private final Vep vep;
  private final LintContext context;
  private final RunFacts run;
  private final Map<Fact<?, ?>, Object> facts = new HashMap<>();

  /**
   * A file of a run.
   *
   * @param vep the parsed file
   * @param context the run's facts about the repository
   * @param run the run's shared facts (one {@link RunFacts} for every file of a run)
   */
  public VepFile(Vep vep, LintContext context, RunFacts run) {
    this.vep = Objects.requireNonNull(vep, "vep");
    this.context = Objects.requireNonNull(context, "context");
    this.run = Objects.requireNonNull(run, "run");
  }

  /** A file linted on its own: a run of one file. */
  public static VepFile alone(Vep vep, LintContext context) {
    return new VepFile(vep, context, new RunFacts(context));
  }

  /** The parsed file. */
  public Vep vep() {
    return vep;
  }

  /** Facts about the repository and the run. */
  public LintContext context() {
    return context;
  }

  /** Facts shared by every file of the run. */
  public RunFacts run() {
    return run;
  }

  /** Whether this is a VEP's main file (its {@code vep.md}, or a single-file VEP), not an attachment. */
  public boolean isMainFile() {
    return vep.location().isMainFile();
  }

  /** The fact for this file: computed on the first call, the same value afterwards. */
  @SuppressWarnings("unchecked")
  public <V> V fact(Fact<VepFile, V> key) {
    // Not computeIfAbsent: a fact may ask for another fact of the same file.
    if (facts.containsKey(key)) {
      return (V) facts.get(key);
    }
    V value = key.compute(this);
    facts.put(key, value);
    return value;
  }

  /**
   * How the file conforms to the template: the generation it was written for, whether it must meet
   * today's template instead, the sections it must have and where it has them, its template status.
   * Rules ask here and nowhere else.
   */
  public TemplateConformance template() {
    return fact(TEMPLATE);
  }

  private static TemplateConformance conformance(VepFile file) {
    LintContext context = file.context;
    Vep vep = file.vep;
    Optional<String> newSince = context.isNewSinceBase(vep)
        ? Optional.of(context.base().orElseThrow().describe())
        : Optional.empty();
    boolean changed = context.changedSinceBase()
        .map(c -> c.contains(Path.of(vep.location().relativePath())))
        .orElse(false);
    return context.templates().conformance(vep, newSince, changed);
  }
}
