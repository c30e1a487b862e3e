package io.github.veplint.lint.template;

import io.github.veplint.model.Vep;
import io.github.veplint.model.Section;
import io.github.veplint.model.Corpus;
import io.github.veplint.model.read.VepParser;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link TemplateHistory.Fitter} answers exactly as the straightforward computation of the best
 * fitting generations (each generation's heading names rebuilt per VEP, each score summed name by
 * name), kept here as the reference: on every markdown file of both corpora, against the histories
 * a run without git builds for each corpus's template and against the whole built-in record.
 */
class TemplateFitterEquivalenceTest {

  private static final Pattern TRAILING_QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

  @Test
  void theFitterAgreesWithTheReferenceOnBothCorpora() throws IOException {
    List<Vep> veps = new ArrayList<>();
    List<Vep> templates = new ArrayList<>();
    for (Path root : List.of(Corpus.enhancements(), Corpus.newerEnhancements())) {
      Path vepRoot = root.resolve("veps");
      try (Stream<Path> files = Files.walk(vepRoot)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
          veps.add(VepParser.parse(root, vepRoot, file));
        }
      }
      templates.add(VepParser.parse(root, vepRoot, vepRoot.resolve("NNNN-vep-template/vep.md")));
    }
    List<TemplateHistory> histories = new ArrayList<>();
    histories.add(TemplateHistory.of(TemplateHistory.Source.BUILT_IN, TemplateHistory.builtInVersions(), Map.of()));
    for (Vep template : templates) {
      histories.add(TemplateHistory.withoutGit(Optional.of(template)));
    }
    assertThat(histories).extracting(h -> h.generations().size()).contains(4, 5);

    int differentGenerations = 0;
    int ties = 0;
    for (TemplateHistory history : histories) {
      TemplateHistory.Fitter fitter = history.fitter();
      for (Vep vep : veps) {
        List<TemplateGeneration> expected = referenceBestFitting(history, vep);
        assertThat(fitter.bestFitting(vep)).as(vep.location().relativePath()).isEqualTo(expected);
        assertThat(history.bestFitting(vep)).as(vep.location().relativePath()).isEqualTo(expected);
        for (Optional<LocalDate> created :
            List.of(Optional.<LocalDate>empty(), Optional.of(LocalDate.of(2025, 6, 1)),
                Optional.of(LocalDate.of(2026, 5, 1)), history.creationDate(vep))) {
          assertThat(fitter.generationOf(vep, created))
              .as(vep.location().relativePath() + " created " + created)
              .isEqualTo(referenceGenerationOf(expected, created));
        }
        assertThat(fitter.generationOf(vep)).isEqualTo(history.generationOf(vep));
        if (!expected.get(expected.size() - 1).equals(history.current())) {
          differentGenerations++;
        }
        if (expected.size() > 1) {
          ties++;
        }
      }
    }
    assertThat(veps).hasSizeGreaterThan(100);
    assertThat(differentGenerations).as("VEPs fitting an older generation: not vacuous").isGreaterThan(50);
    assertThat(ties).as("ties for a date to break").isGreaterThan(0);
  }

  /** The heading keys agree with the expression on every heading of both corpora. */
  @Test
  void keysOfAgreesWithTheExpressionOnEveryHeading() throws IOException {
    int qualified = 0;
    for (Path root : List.of(Corpus.enhancements(), Corpus.newerEnhancements())) {
      Path vepRoot = root.resolve("veps");
      try (Stream<Path> files = Files.walk(vepRoot)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
          for (Section section : VepParser.parse(root, vepRoot, file).allSections()) {
            List<String> expected = referenceKeysOf(section.text());
            assertThat(TemplateLayout.keysOf(section.text())).as(section.text()).isEqualTo(expected);
            if (expected.size() > 1) {
              qualified++;
            }
          }
        }
      }
    }
    for (String text : List.of("Target releases (SEV)", "A (b) ", "x)", "(only)", "Plain", "")) {
      assertThat(TemplateLayout.keysOf(text)).as(text).isEqualTo(referenceKeysOf(text));
    }
    assertThat(qualified).as("headings with a qualifier: not vacuous").isGreaterThan(0);
  }

  private static List<String> referenceKeysOf(String headingText) {
    String unqualified = TRAILING_QUALIFIER.matcher(headingText).replaceFirst("");
    String a = Section.normalize(headingText);
    String b = Section.normalize(unqualified);
    return a.equals(b) ? List.of(a) : List.of(a, b);
  }

  private static TemplateGeneration referenceGenerationOf(
      List<TemplateGeneration> best, Optional<LocalDate> created) {
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

  private static List<TemplateGeneration> referenceBestFitting(TemplateHistory history, Vep vep) {
    List<TemplateGeneration> generations = history.generations();
    if (generations.size() == 1) {
      return generations;
    }
    Set<String> bodyKeys = new HashSet<>();
    Set<String> metaEntries = new HashSet<>();
    for (Section section : vep.allSections()) {
      if (vep.title().map(t -> t.position().equals(section.position())).orElse(false)) {
        continue;
      }
      for (String key : referenceKeysOf(section.text())) {
        if (TemplateHistory.METADATA_KEYS.contains(key)) {
          metaEntries.add(section.level() + ":" + key);
        } else {
          bodyKeys.add(key);
        }
      }
    }
    boolean frontMatter = vep.layout() == Vep.Layout.FRONT_MATTER || metaEntries.isEmpty();
    Set<String> allBody = new HashSet<>();
    Set<String> allMeta = new HashSet<>();
    List<Set<String>> bodyNames = new ArrayList<>();
    List<Set<String>> metaNames = new ArrayList<>();
    for (TemplateGeneration generation : generations) {
      Set<String> body = new HashSet<>();
      Set<String> meta = new HashSet<>();
      for (TemplateLayout.Heading heading : generation.layout().headings()) {
        if (TemplateHistory.METADATA_KEYS.contains(heading.key())) {
          meta.add(heading.level() + ":" + heading.key());
        } else {
          body.add(heading.key());
        }
      }
      bodyNames.add(body);
      metaNames.add(meta);
      allBody.addAll(body);
      allMeta.addAll(meta);
    }
    List<TemplateGeneration> best = new ArrayList<>();
    int bestBody = Integer.MIN_VALUE;
    int bestMeta = Integer.MIN_VALUE;
    for (int g = 0; g < generations.size(); g++) {
      int body = score(bodyNames.get(g), allBody, bodyKeys);
      int meta = frontMatter ? 0 : score(metaNames.get(g), allMeta, metaEntries);
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

  private static int score(Set<String> own, Set<String> all, Set<String> present) {
    int score = 0;
    for (String name : own) {
      score += present.contains(name) ? 1 : -1;
    }
    for (String name : present) {
      if (!own.contains(name) && all.contains(name)) {
        score--;
      }
    }
    return score;
  }
}
