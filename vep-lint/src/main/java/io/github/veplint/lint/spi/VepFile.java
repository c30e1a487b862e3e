package io.github.veplint.lint.spi;

import io.github.veplint.model.TemplateGeneration;
import io.github.veplint.model.TemplateHistory;
import io.github.veplint.model.Vep;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One markdown file being linted, as handed to every {@link DocumentRule}: the parsed VEP, the
 * run's {@link LintContext}, and facts about the file that several rules ask for, worked out once
 * (the template generation it was written for, where it has each required section, …).
 *
 * <p>The engine creates one per file and drops it when the file is done, the way Error Prone scopes
 * its {@code VisitorState} to one compilation unit: a fact never outlives its file, and nothing is
 * kept per thread or in static fields. A file is linted on one thread, so a {@code VepFile} is not
 * shared between threads; the {@link RunFacts} it refers to are, and are thread-safe.
 */
public final class VepFile {

  /**
   * A fact about one file, computed at most once per {@link VepFile}. Keys are compared by
   * identity: declare each as a constant.
   *
   * @param <V> the fact's type
   */
  public static final class Fact<V> {
    private final String name;
    private final Function<VepFile, V> compute;

    private Fact(String name, Function<VepFile, V> compute) {
      this.name = Objects.requireNonNull(name, "name");
      this.compute = Objects.requireNonNull(compute, "compute");
    }

    /** A fact named (for debugging) {@code name}, computed from the file by {@code compute}. */
    public static <V> Fact<V> of(String name, Function<VepFile, V> compute) {
      return new Fact<>(name, compute);
    }

    @Override
    public String toString() {
      return "Fact[" + name + "]";
    }
  }

  /** The run's template history with each generation's heading names worked out once. */
  private static final RunFacts.Fact<TemplateHistory.Fitter> FITTER =
      RunFacts.Fact.of("template fitter", context -> context.templates().history().fitter());

  private static final Fact<TemplateGeneration> GENERATION =
      Fact.of("template generation", VepFile::computeTemplateGeneration);

  private final Vep vep;
  private final LintContext context;
  private final RunFacts run;
  private final Map<Fact<?>, Object> facts = new HashMap<>();

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

  /** The fact for this file: computed on the first call, the same value afterwards. */
  @SuppressWarnings("unchecked")
  public <V> V fact(Fact<V> key) {
    // Not computeIfAbsent: a fact may ask for another fact of the same file.
    if (facts.containsKey(key)) {
      return (V) facts.get(key);
    }
    V value = key.compute.apply(this);
    facts.put(key, value);
    return value;
  }

  /** The template generation the VEP was written for (see {@link LintContext#templateGeneration}). */
  public TemplateGeneration templateGeneration() {
    return fact(GENERATION);
  }

  /**
   * {@link LintContext#templateGeneration}, through the run's {@link TemplateHistory.Fitter} when
   * the run's history is this file's (it always is for files of one engine run).
   */
  private static TemplateGeneration computeTemplateGeneration(VepFile file) {
    TemplateHistory.Fitter fitter = file.run().get(FITTER);
    if (fitter.history() == file.context().templates().history()) {
      return fitter.generationOf(file.vep());
    }
    return file.context().templateGeneration(file.vep());
  }

  /**
   * The generation the VEP is checked against: today's when it must meet today's template (see
   * {@link LintContext#mustMeetCurrentTemplate}), else its own.
   */
  public TemplateGeneration requiredTemplateGeneration() {
    return context.mustMeetCurrentTemplate(vep).isPresent()
        ? context.templates().history().current()
        : templateGeneration();
  }
}
