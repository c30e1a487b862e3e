package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.TestRepository;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25 item 6 through the real jar: {@code fix} and {@code check --fix} with a VEP that cannot be
 * read or written. Permissions bind only a user other than root, so as root the jar runs as {@code
 * nobody} (setpriv).
 */
class FixIoProblemIT {

  private static final String FIXABLE = "veps/sig-a/1-one/vep.md";
  private static final String UNREADABLE = "veps/sig-a/2-two/vep.md";
  private static final String UNWRITABLE = "veps/sig-a/3-three/vep.md";

  @TempDir Path work;

  private record Run(int exitCode, String out, String err) {}

  private Run run(Path directory, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      Assumptions.assumeTrue(new File("/usr/bin/setpriv").canExecute(), "setpriv, to run as nobody");
      command.addAll(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
    }
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        PullRequestFixture.jar().toString()));
    command.addAll(List.of(args));
    Path out = work.resolve("out");
    Path err = work.resolve("err");
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("HOME", directory.toString());
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private Path repo(String name) throws Exception {
    String fixable = TestRepository.CLEAN_VEP.replace("# VEP #1: A clean proposal", "# A clean proposal");
    Path repo = TestRepository.at(work.resolve(name)).file(FIXABLE, fixable)
        .file(UNREADABLE, TestRepository.CLEAN_VEP.replace("vep-number: 1", "vep-number: 2")
            .replace("# VEP #1:", "# VEP #2:"))
        .file(UNWRITABLE, fixable.replace("vep-number: 1", "vep-number: 3")).root();
    // Everyone may write the tree (the jar may run as nobody), but not these two files.
    try (Stream<Path> paths = Files.walk(repo)) {
      for (Path p : paths.toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxrwxrwx" : "rw-rw-rw-"));
      }
    }
    Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxrwxrwx"));
    Files.setPosixFilePermissions(repo.resolve(UNREADABLE), PosixFilePermissions.fromString("---------"));
    Path unwritable = repo.resolve(UNWRITABLE);
    Files.setPosixFilePermissions(unwritable, PosixFilePermissions.fromString("r--r--r--"));
    Files.setPosixFilePermissions(unwritable.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
    return repo;
  }

  @Test
  void item06_anUnreadableOrUnwritableVepIsNamedAndTheOthersAreFixed() throws Exception {
    for (List<String> command : List.of(List.of("fix", "."), List.of("check", "--fix", "."))) {
      Path repo = repo(command.size() == 2 ? "fix" : "check-fix");
      Run run = run(repo, command.toArray(String[]::new));

      assertThat(run.err() + run.out()).as("%s", command).doesNotContain("internal error", "\tat ");
      assertThat(run.exitCode()).as("%s: %s", command, run.err()).isEqualTo(1);
      // The fixable VEP is fixed.
      assertThat(Files.readString(repo.resolve(FIXABLE), StandardCharsets.UTF_8)).contains("# VEP #1: A clean proposal");
      if (command.get(0).equals("fix")) {
        // The one that cannot be written is named once, with why; it is tried no more.
        assertThat(run.out().lines().filter(l -> l.contains(UNWRITABLE))).containsExactly(
            UNWRITABLE + ":22:1: not fixed (title-format): cannot be written (permission denied); it is as it was");
      } else {
        // The one that cannot be read is a finding on its path.
        assertThat(run.out()).containsPattern("(?m)^" + UNREADABLE + ":1:1\\s+error\\s+unreadable-file\\s");
        assertThat(run.out()).contains(UNWRITABLE + ":22:1");
      }
      Files.setPosixFilePermissions(repo.resolve(UNWRITABLE).getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));
      assertThat(Files.readString(repo.resolve(UNWRITABLE), StandardCharsets.UTF_8)).contains("# A clean proposal");
    }
  }
}
