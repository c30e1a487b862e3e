package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vep-lint fix} killed (SIGKILL: no shutdown hook, no {@code finally}) while it writes: every
 * file afterwards holds either what it held before or exactly what a complete run writes, never half
 * of either, and no file is lost. The kill comes as soon as the first of 600 VEPs that each need a
 * fix is rewritten, so it lands between the run's first and last write. A temporary file next to a file being replaced may survive a kill;
 * it is hidden ({@code .vep.md…tmp}) and never taken for a VEP.
 */
class FixInterruptedIT {

  private static final String TODAY = "2026-08-18";
  private static final int VEPS = 600;

  @TempDir Path work;

  @Test
  void aFixKilledWhileWritingLeavesEveryFileWholeAsBeforeOrAsAfter() throws Exception {
    Path reference = repository(work.resolve("reference"));
    Map<Path, byte[]> before = contents(reference);
    long started = System.nanoTime();
    Process complete = start(reference);
    assertThat(complete.waitFor(300, TimeUnit.SECONDS)).isTrue();
    long full = (System.nanoTime() - started) / 1_000_000;
    Map<Path, byte[]> after = contents(reference);
    long changed = before.keySet().stream().filter(p -> !Arrays.equals(before.get(p), after.get(p))).count();
    assertThat(changed).as("files a complete run changes").isEqualTo(VEPS);

    for (int attempt = 0; attempt < 2; attempt++) {
      Path copy = repository(work.resolve("copy" + attempt));
      List<Path> files = before.keySet().stream().map(copy::resolve).toList();
      Map<Path, Long> sizes = new HashMap<>();
      for (Path file : files) {
        sizes.put(file, Files.size(file));
      }
      Process fix = start(copy);
      // Kill as soon as the first file is rewritten (its size grows by the 'v'): the other writes
      // are still to come.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (fix.isAlive() && files.stream().allMatch(f -> sizeOf(f) == sizes.get(f)) && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      fix.destroyForcibly();
      assertThat(fix.waitFor(30, TimeUnit.SECONDS)).isTrue();
      int done = 0;
      Map<Path, byte[]> now = contents(copy);
      for (Map.Entry<Path, byte[]> file : now.entrySet()) {
        Path path = file.getKey();
        String name = path.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(".tmp")) {
          continue;
        }
        assertThat(before).as("no file appears that the fix does not write: %s", path).containsKey(path);
        boolean asBefore = Arrays.equals(file.getValue(), before.get(path));
        boolean asAfter = Arrays.equals(file.getValue(), after.get(path));
        assertThat(asBefore || asAfter).as("%s is whole, as before or as after", path).isTrue();
        done += asAfter && !asBefore ? 1 : 0;
      }
      assertThat(now.keySet()).as("no file lost").containsAll(before.keySet());
      assertThat(done).as("the kill landed between the first and the last write (complete run: %d ms)", full)
          .isPositive().isLessThan((int) changed);
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1; // between the move's unlink and link: counts as changed
    }
  }

  /** A repository of VEPs in the older layout whose alpha release is written '1.9'. */
  private static Path repository(Path root) throws IOException {
    for (int n = 1; n <= VEPS; n++) {
      Path file = root.resolve("veps/sig-compute/" + n + "-feature-" + n + "/vep.md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, "# VEP #" + n + ": Feature " + n + "\n\n## VEP Status Metadata\n\n### Target releases\n\n"
          + "- This VEP targets alpha for version: 1.9\n\n## Overview\n\nFeature " + n + ".\n");
    }
    return root;
  }

  private Process start(Path repository) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", ShadedJar.jar().toString(), "fix", "--today", TODAY, "--rule", "missing-section=off", "."));
    return new ProcessBuilder(command)
        .directory(repository.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
  }

  private static Map<Path, byte[]> contents(Path root) throws IOException {
    Map<Path, byte[]> contents = new HashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      contents.put(root.relativize(file), Files.readAllBytes(file));
    }
    return contents;
  }
}
