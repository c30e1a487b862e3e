package io.github.veplint.lint.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RunFacts;
import io.github.veplint.lint.spi.TemplateGenerations;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.Corpus;
import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.TemplateHistory;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepParser;
import io.github.veplint.model.read.VepRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the run's {@link GenerationFacts} answer (required sections, changes to today's template,
 * and with them placements and template status) equals what each file works out on its own: every
 * markdown file of both corpora is looked at twice, once with the run's facts and once with facts
 * of an equal but other history, which the lookups refuse, so everything is computed per file.
 */
class GenerationFactsTest {

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theRunsFactsAnswerAsEachFileWouldAlone(boolean enforceCurrent) throws IOException {
    int files = 0;
    int older = 0;
    for (Path root : List.of(Corpus.enhancements(), Corpus.newerEnhancements())) {
      Path vepRoot = root.resolve("veps");
      Optional<Vep> template =
          Optional.of(VepParser.parse(root, vepRoot, vepRoot.resolve("NNNN-vep-template/vep.md")));
      LintContext context = context(root, template, enforceCurrent);
      LintContext twin = context(root, template, enforceCurrent);
      assertThat(twin.templates().history()).isEqualTo(context.templates().history());
      assertThat(twin.templates().history()).isNotSameAs(context.templates().history());
      RunFacts run = new RunFacts(context);
      RunFacts otherRun = new RunFacts(twin);
      try (Stream<Path> paths = Files.walk(vepRoot)) {
        for (Path path : paths.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
          Vep vep = VepParser.parse(root, vepRoot, path);
          VepFile shared = new VepFile(vep, context, run);
          VepFile alone = new VepFile(vep, context, otherRun);
          String where = vep.location().relativePath();
          assertThat(GenerationFacts.of(shared)).isPresent();
          assertThat(GenerationFacts.of(alone)).isEmpty();
          assertThat(shared.templateGeneration()).as(where).isEqualTo(alone.templateGeneration());
          assertThat(shared.templateGeneration())
              .as(where)
              .isEqualTo(context.templateGeneration(vep));
          assertThat(TemplateSections.requiredFor(shared))
              .as(where)
              .isEqualTo(TemplateSections.requiredFor(alone));
          assertThat(TemplateConformance.placements(shared))
              .as(where)
              .isEqualTo(TemplateConformance.placements(alone));
          assertThat(TemplateConformance.status(shared))
              .as(where)
              .isEqualTo(TemplateConformance.status(alone));
          files++;
          if (!shared.requiredTemplateGeneration().equals(context.templates().history().current())) {
            older++;
          }
        }
      }
    }
    assertThat(files).isGreaterThan(100);
    assertThat(older).as("files held to an older generation: not vacuous").isGreaterThan(20);
  }

  private static LintContext context(Path root, Optional<Vep> template, boolean enforceCurrent) {
    VepRepository repository = VepRepository.scan(root);
    Optional<ReleaseVersion> from = enforceCurrent ? ReleaseVersion.parse("v1.6") : Optional.empty();
    return new LintContext(
        root,
        repository,
        new TreeSet<>(repository.sigs()),
        template,
        Set.of(),
        LocalDate.of(2026, 11, 25),
        new TemplateGenerations(TemplateHistory.withoutGit(template), from, false),
        Optional.empty(),
        Optional.empty(),
        io.github.veplint.lint.spi.ReleaseCalendar.NONE,
        io.github.veplint.lint.spi.StatusTransitions.COMMUNITY);
  }
}
