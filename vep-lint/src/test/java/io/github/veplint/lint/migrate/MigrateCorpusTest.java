package io.github.veplint.lint.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.schema.SchemaCheck;
import io.github.veplint.lint.schema.YamlJson;
import io.github.veplint.lint.migrate.FrontMatterMigration.FileResult;
import io.github.veplint.lint.migrate.FrontMatterMigration.Outcome;
import io.github.veplint.lint.migrate.FrontMatterMigration.ToFill;
import io.github.veplint.model.Corpus;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrates a copy of every VEP of the real kubevirt/enhancements corpus (copied into a temporary
 * directory at test time, never into the project) and checks the result file by file.
 */
class MigrateCorpusTest {

  @TempDir Path dir;

  @Test
  void migratesEveryOlderLayoutVepKeepingItsBytesAndASecondRunIsANoOp() throws Exception {
    Path root = copy(Corpus.enhancements(), dir.resolve("kubevirt-enhancements"));
    Map<Path, byte[]> pristine = snapshot(root);

    List<FileResult> dry = new FrontMatterMigration(true).run(List.of(root));
    assertThat(snapshotEquals(pristine, snapshot(root))).as("dry run writes nothing").isTrue();

    List<FileResult> results = new FrontMatterMigration(false).run(List.of(root));

    assertThat(results).hasSize(64);
    assertThat(results).filteredOn(r -> r.outcome() == Outcome.ALREADY_MIGRATED)
        .extracting(FileResult::relativePath)
        .containsExactly("veps/sig-network/307-vhostuser-binding-plugin/vep.md");
    assertThat(results).filteredOn(r -> r.outcome() == Outcome.MIGRATED).hasSize(63);
    for (int i = 0; i < results.size(); i++) {
      assertThat(results.get(i).after()).as("dry run plans the same bytes").isEqualTo(dry.get(i).after());
    }

    for (FileResult r : results) {
      if (r.outcome() != Outcome.MIGRATED) {
        assertThat(Files.readAllBytes(r.file())).isEqualTo(r.before());
        continue;
      }
      byte[] after = Files.readAllBytes(r.file());
      assertThat(after).isEqualTo(r.after());
      // Every byte of the original follows the block (after the byte-order mark, if any).
      int bom = FrontMatterMigration.startsWithBom(r.before()) ? 3 : 0;
      int blockBytes = after.length - r.before().length;
      assertThat(Arrays.copyOfRange(after, bom + blockBytes, after.length))
          .as(r.relativePath()).isEqualTo(Arrays.copyOfRange(r.before(), bom, r.before().length));

      Vep vep = VepParser.parse(r.relativePath(), after);
      assertThat(vep.layout()).as(r.relativePath()).isEqualTo(Vep.Layout.FRONT_MATTER);
      assertThat(vep.problems()).as(r.relativePath()).noneMatch(p -> p.isFrontMatterProblem());
      assertThat(vep.frontMatter().orElseThrow().endLine()).isEqualTo(r.plan().orElseThrow().lineCount() - 1);

      // The block validates against the schema apart from the fields left for people to fill in.
      Set<String> toFill = r.toFill().stream().map(ToFill::key).collect(Collectors.toSet());
      List<SchemaCheck.Violation> violations =
          SchemaCheck.frontMatter().validate(YamlJson.of(vep.frontMatter().orElseThrow().root().orElseThrow()));
      assertThat(violations).as(r.relativePath())
          .allSatisfy(v -> assertThat(toFill).contains(v.pointer().substring(1).split("/")[0]));
      assertThat(toFill).contains("status", "authors", "creation-date", "reviewers", "approvers");
    }

    FileResult dra = results.stream()
        .filter(r -> r.relativePath().equals("veps/sig-compute/10-dra-devices/vep.md")).findFirst().orElseThrow();
    assertThat(dra.plan().orElseThrow().block()).contains("""
        milestone:
          alpha: "v1.6"  # (VMI-status based design)
          beta: "v1.9"
          ga: "TBD"
          # alpha2: v1.8 (KEP-5304 device-metadata-file based design)  (from "Target releases"; VEP 282 has\
         only alpha, beta and ga)
        """).contains("\nfeature-gate: GPUsWithDRA\n");

    List<Finding> findings =
        VepLinter.builder().today(LocalDate.of(2026, 8, 18)).build().lint(List.of(root)).findings();
    assertThat(findings).extracting(Finding::ruleId)
        .doesNotContain("frontmatter-missing", "frontmatter-syntax", "implementable-readiness");
    Map<String, Long> schema = new TreeMap<>(findings.stream()
        .filter(f -> f.ruleId().equals("frontmatter-schema"))
        .collect(Collectors.groupingBy(f -> f.message().replaceAll("^'([a-z-]+)'.*", "$1"), Collectors.counting())));
    assertThat(schema).isEqualTo(Map.of("status", 63L, "authors", 63L, "title", 1L));
    assertThat(findings).filteredOn(f -> f.ruleId().equals("creation-date")).hasSize(63);
    assertThat(findings).filteredOn(f -> f.ruleId().equals("owning-sig"))
        .extracting(Finding::file).allMatch(p -> p.startsWith("veps/meta-VEPs/")).hasSize(3);
    assertThat(findings).filteredOn(f -> f.ruleId().equals("feature-gate"))
        .allMatch(f -> f.message().startsWith("'feature-gate' is empty"));

    Map<Path, byte[]> migrated = snapshot(root);
    List<FileResult> again = new FrontMatterMigration(false).run(List.of(root));
    assertThat(again).allMatch(r -> r.outcome() == Outcome.ALREADY_MIGRATED);
    assertThat(snapshotEquals(migrated, snapshot(root))).as("second run changes nothing").isTrue();
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.filter(p -> !p.startsWith(from.resolve(".git"))).toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else if (Files.isRegularFile(source)) {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return to;
  }

  private static Map<Path, byte[]> snapshot(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      Map<Path, byte[]> snapshot = new HashMap<>();
      for (Path file : files.toList()) {
        snapshot.put(root.relativize(file), Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]);
      }
      return snapshot;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean snapshotEquals(Map<Path, byte[]> a, Map<Path, byte[]> b) {
    return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
  }
}
