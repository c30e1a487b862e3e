package io.github.veplint.lint.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RunFacts;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.Corpus;
import io.github.veplint.model.ReleaseVersion;
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
 * What the run's {@link GenerationFacts} answer (generations, required sections, changes to today's
 * template, and with them placements and template status) equals what each file works out on its
 * own: every markdown file of both corpora is looked at twice, once through the run's facts and
 * once {@linkplain TemplateConformance#alone() alone}, everything computed for that file.
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
      RunFacts run = new RunFacts(context);
      try (Stream<Path> paths = Files.walk(vepRoot)) {
        for (Path path : paths.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
          Vep vep = VepParser.parse(root, vepRoot, path);
          TemplateConformance shared = new VepFile(vep, context, run).template();
          TemplateConformance alone = shared.alone();
          String where = vep.location().relativePath();
          assertThat(shared.generation()).as(where).isEqualTo(alone.generation());
          assertThat(shared.generation())
              .as(where)
              .isEqualTo(context.templates().history().generationOf(vep));
          assertThat(shared.requiredSections()).as(where).isEqualTo(alone.requiredSections());
          assertThat(shared.placements()).as(where).isEqualTo(alone.placements());
          assertThat(shared.status()).as(where).isEqualTo(alone.status());
          files++;
          if (!shared.requiredGeneration().equals(context.templates().history().current())) {
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
