package io.github.veplint.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.config.TemplateSettings;
import io.github.veplint.model.Corpus;
import io.github.veplint.model.TemplateHistory;
import io.github.veplint.model.TemplateVersion;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepParser;
import io.github.veplint.model.VepRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateGenerationsCorpusTest {

  @TempDir static Path clone;
  static TemplateHistory git;
  static TemplateHistory plain;

  @BeforeAll
  static void load() throws Exception {
    Path bundle = Corpus.root().resolve("kubevirt-enhancements.bundle");
    try (Git ignored =
        Git.cloneRepository()
            .setURI(bundle.toUri().toString())
            .setDirectory(clone.toFile())
            .setBranch("main")
            .call()) {
      // cloned
    }
    git = history(clone);
    plain = history(Corpus.enhancements());
  }

  static TemplateHistory history(Path root) {
    VepRepository repository = VepRepository.scan(root);
    Path template = repository.template().orElseThrow();
    Vep parsed = VepParser.parse(root, root.resolve("veps"), template);
    return TemplateHistoryLoader.load(
        root, Optional.of(repository.relativize(template)), Optional.of(parsed), TemplateSettings.NONE);
  }

  @Test
  void dump() {
    System.out.println(git.source() + " " + git.versions().stream().map(TemplateVersion::date).toList());
    git.generations().forEach(g -> System.out.println(g.number() + " " + g.date() + " " + g.layout().sections().size() + " " + g.versions().size()));
    VepRepository repository = VepRepository.scan(clone);
    for (var dir : repository.directories()) {
      dir.mainFile().ifPresent(f -> {
        Vep vep = VepParser.parse(clone, clone.resolve("veps"), f);
        Vep pv = VepParser.parse(Corpus.enhancements(), Corpus.enhancements().resolve("veps"), Corpus.enhancements().resolve(repository.relativize(f)));
        System.out.println(repository.relativize(f) + " git=" + git.generationOf(vep).month() + " plain=" + plain.generationOf(pv).month()
            + " ties=" + git.bestFitting(vep).stream().map(g -> g.month()).toList() + " created=" + git.creationDate(vep));
      });
    }
  }
}
