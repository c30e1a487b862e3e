package io.github.veplint.lint;

import io.github.veplint.lint.finding.Finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.fix.FixDiff;
import io.github.veplint.lint.fix.VepFixer;
import io.github.veplint.model.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * {@code vep-lint fix} over a copy of the whole kubevirt/enhancements corpus: what it writes is the
 * reviewed diff in {@code golden/fix-kubevirt-enhancements.diff} (read hunk by hunk, see {@code
 * golden/fix-kubevirt-enhancements.review.md}); every finding that came with a fix is gone, every
 * other finding is still there, the only new findings are the {@code empty-section} warnings of the
 * sections it inserted, and a second run changes nothing. After a reviewed change of a fix,
 * regenerate with {@code -Dvep.golden.update=true} and review the diff.
 */
class CorpusFixTest {

  private static final LocalDate TODAY = CorpusGoldenTest.TODAY;
  private static final Path GOLDEN = Path.of("src/test/resources/golden/fix-kubevirt-enhancements.diff");

  /**
   * Findings whose text names a line or a heading that a fix elsewhere in the file moved or
   * changed: the same problem, reworded. Each is listed with the file; no other may change.
   */
  private static final Set<String> REWORDED_BY_A_FIX = Set.of(
      // '# Overview' became '## Overview': section-order now names the status section, not it.
      "veps/sig-compute/19-ibm-z-secure-execution/vep.md section-order",
      // '### API Examples' became '## API Examples': the out-of-order heading is named at its new level.
      "veps/sig-compute/35-video-configuration/vep.md section-order",
      // Lines inserted above shift the line numbers these messages quote.
      "veps/sig-observability/143-monitoring-stack-separation/vep.md section-order",
      "veps/sig-compute/207-pause-probes/vep.md missing-section",
      "veps/sig-network/183-dra-network/vep.md missing-section");

  @TempDir Path temporary;

  @Test
  void fixesWhatItCanAndNothingElseAndASecondRunIsANoOp() throws IOException {
    Path repository = copy(Corpus.enhancements(), temporary.resolve("kubevirt-enhancements"));
    // One file that fix rewrites is read-only, set here (the copy does not depend on how the
    // corpus was laid out): fix must keep its mode.
    Path readOnly = repository.resolve("veps/sig-compute/191-decentralized-migration-proxy/vep.md");
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
    VepLinter linter = VepLinter.builder().today(TODAY).build();

    VepFixer.Report report = new VepFixer(linter).fix(List.of(repository), false);

    StringBuilder diff = new StringBuilder();
    report.changes().stream().sorted((a, b) -> a.file().compareTo(b.file())).forEach(c -> diff.append(FixDiff.of(c)));
    if (Boolean.getBoolean("vep.golden.update")) {
      Files.writeString(GOLDEN, diff.toString(), StandardCharsets.UTF_8);
    }
    assertThat(diff.toString()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));

    List<Finding> before = report.before().findings();
    List<Finding> after = linter.lint(List.of(repository)).findings();
    assertThat(after).isEqualTo(report.after().findings());
    List<Finding> withFix = before.stream().filter(f -> f.fix().isPresent()).toList();
    assertThat(withFix).as("fixable findings in the corpus").hasSize(report.fixedCount()).hasSize(41);
    assertThat(report.skipped()).isEmpty();
    assertThat(after).as("a fix was offered for none of what is left").allSatisfy(f -> assertThat(f.fix()).isEmpty());

    Map<String, Long> kept = countByFileRuleAndMessage(before.stream().filter(f -> f.fix().isEmpty()));
    Map<String, Long> now = countByFileRuleAndMessage(after.stream());
    Map<String, Long> gone = difference(kept, now);
    Map<String, Long> added = difference(now, kept);
    gone.keySet().removeIf(CorpusFixTest::reworded);
    assertThat(gone).as("findings without a fix that are gone").isEmpty();
    added.keySet().removeIf(CorpusFixTest::reworded);
    Set<String> inserted = report.changes().stream().flatMap(c -> c.fixed().stream())
        .filter(f -> f.ruleId().equals("missing-section"))
        .map(f -> f.file() + " empty-section " + f.message().substring("missing ".length(), f.message().indexOf("' section") + 1))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    assertThat(inserted).hasSize(25);
    Set<String> emptyNow = added.keySet().stream()
        .map(k -> k.substring(0, k.indexOf(" is empty: fill it in")))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    assertThat(added.values()).as("one finding per key").containsOnly(1L);
    assertThat(inserted).as("new findings: an empty-section warning for each inserted section")
        .containsAll(emptyNow);
    assertThat(inserted.stream().filter(i -> !emptyNow.contains(i)))
        .as("but an Implementation History, which empty-section does not ask to fill before anything is implemented")
        .allSatisfy(i -> assertThat(i).endsWith("'## Implementation History'"))
        .hasSize(3);
    assertThat(report.changes()).as("fix rewrites the read-only file")
        .anyMatch(c -> c.file().equals("veps/sig-compute/191-decentralized-migration-proxy/vep.md"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(readOnly)))
        .as("a read-only file stays read-only").isEqualTo("r--r--r--");

    Map<Path, byte[]> fixed = contents(repository);
    VepFixer.Report again = new VepFixer(linter).fix(List.of(repository), false);
    assertThat(again.changes()).isEmpty();
    Map<Path, byte[]> second = contents(repository);
    assertThat(second.keySet()).isEqualTo(fixed.keySet());
    second.forEach((path, bytes) -> assertThat(bytes).as(path.toString()).isEqualTo(fixed.get(path)));
  }

  private static boolean reworded(String key) {
    return REWORDED_BY_A_FIX.stream().anyMatch(key::startsWith);
  }

  private static Map<String, Long> countByFileRuleAndMessage(Stream<Finding> findings) {
    return findings.collect(Collectors.groupingBy(
        f -> f.file() + " " + f.ruleId() + " " + f.message(), TreeMap::new, Collectors.counting()));
  }

  private static Map<String, Long> difference(Map<String, Long> a, Map<String, Long> b) {
    Map<String, Long> out = new TreeMap<>();
    a.forEach((key, count) -> {
      long left = count - b.getOrDefault(key, 0L);
      if (left > 0) {
        out.put(key, left);
      }
    });
    return out;
  }

  /** Copies a directory tree, files and directories made writable as in a fresh checkout. */
  static Path copy(Path from, Path to) throws IOException {
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(from)) {
      sources = walk.toList();
    }
    for (Path source : sources) {
      Path target = to.resolve(from.relativize(source).toString());
      if (Files.isDirectory(source)) {
        Files.createDirectories(target);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
      } else {
        Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
      }
    }
    return to;
  }

  private static Map<Path, byte[]> contents(Path root) throws IOException {
    Map<Path, byte[]> contents = new HashMap<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    for (Path file : files) {
      contents.put(root.relativize(file), Files.readAllBytes(file));
    }
    return contents;
  }
}
