package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's {@code .pre-commit-hooks.yaml} with a real {@code pre-commit} (Debian's package):
 * a temporary VEP repository uses the hook from a temporary clone of the hook definition, installs it
 * as its git pre-commit hook, and a commit staging a broken VEP is refused while one staging a clean
 * VEP goes through. vep-lint is on the PATH as a wrapper running the CLI jar.
 *
 * <p>Skipped with a message when {@code pre-commit} is not on the PATH, unless
 * {@code -Dvep.precommit.required=true} (as {@code .ci/run} passes after installing it).
 */
class PreCommitHookIT {

  private static final Path JAR = Path.of(System.getProperty("vep.lint.jar", "target/vep-lint.jar"));
  private static final Path HOOKS = Path.of("../.pre-commit-hooks.yaml").toAbsolutePath().normalize();
  private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

  @TempDir Path work;

  record Run(int exitCode, String out) {}

  @BeforeAll
  static void preCommit() {
    Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(d -> !d.isEmpty()).map(d -> Path.of(d, "pre-commit")).filter(Files::isExecutable).findFirst();
    if (found.isEmpty()) {
      String message = "pre-commit not found on the PATH; PreCommitHookIT skipped. Install it (apt-get install pre-commit)";
      if (Boolean.getBoolean("vep.precommit.required")) {
        throw new AssertionError(message.replace("PreCommitHookIT skipped", "required by -Dvep.precommit.required=true"));
      }
      System.err.println("[vep-lint] " + message);
      Assumptions.abort(message);
    }
  }

  @Test
  void theHookRefusesACommitStagingABrokenVepAndLetsACleanOneThrough() throws Exception {
    // The hook repository: the hook definition, committed (pre-commit clones it at a revision).
    Path hooks = Files.createDirectories(work.resolve("hooks"));
    Files.copy(HOOKS, hooks.resolve(".pre-commit-hooks.yaml"));
    git(hooks, "init", "-q");
    git(hooks, "add", ".");
    git(hooks, "commit", "-q", "-m", "hooks");
    String rev = git(hooks, "rev-parse", "HEAD").out().strip();

    // vep-lint on the PATH.
    Path bin = Files.createDirectories(work.resolve("bin"));
    Path wrapper = bin.resolve("vep-lint");
    Files.writeString(wrapper, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' -jar '" + JAR.toAbsolutePath() + "' \"$@\"\n");
    assertThat(wrapper.toFile().setExecutable(true)).isTrue();

    // The VEP repository: the sample configuration, template and one clean VEP.
    Path repo = Files.createDirectories(work.resolve("enhancements"));
    copy(EXAMPLES.resolve(".vep-lint.yaml"), repo.resolve(".vep-lint.yaml"));
    copy(EXAMPLES.resolve("veps/NNNN-vep-template/vep.md"), repo.resolve("veps/NNNN-vep-template/vep.md"));
    copy(EXAMPLES.resolve("veps/sig-compute/1001-vcpu-hotplug-limits/vep.md"),
        repo.resolve("veps/sig-compute/1001-vcpu-hotplug-limits/vep.md"));
    Files.writeString(repo.resolve(".pre-commit-config.yaml"), "repos:\n  - repo: " + hooks + "\n    rev: " + rev
        + "\n    hooks:\n      - id: vep-lint\n");
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "initial");
    Run install = run(repo, bin, "pre-commit", "install");
    assertThat(install.exitCode()).as(install.out()).isZero();

    copy(EXAMPLES.resolve("veps/sig-compute/1006-guest-clock-sync/vep.md"),
        repo.resolve("veps/sig-compute/1006-guest-clock-sync/vep.md"));
    git(repo, "add", ".");
    Run broken = run(repo, bin, "git", "commit", "-m", "a broken VEP");
    assertThat(broken.exitCode()).as(broken.out()).isNotZero();
    assertThat(broken.out()).contains("vep-lint", "Failed", "veps/sig-compute/1006-guest-clock-sync/vep.md")
        .contains("error");
    assertThat(git(repo, "rev-list", "--count", "HEAD").out().strip()).isEqualTo("1");

    git(repo, "rm", "-q", "-r", "--cached", "veps/sig-compute/1006-guest-clock-sync");
    Files.delete(repo.resolve("veps/sig-compute/1006-guest-clock-sync/vep.md"));
    copy(EXAMPLES.resolve("veps/sig-network/1002-interface-rename/vep.md"),
        repo.resolve("veps/sig-network/1002-interface-rename/vep.md"));
    git(repo, "add", ".");
    Run clean = run(repo, bin, "git", "commit", "-m", "a clean VEP");
    assertThat(clean.exitCode()).as(clean.out()).isZero();
    assertThat(clean.out()).containsPattern("vep-lint\\.+Passed");
    assertThat(git(repo, "rev-list", "--count", "HEAD").out().strip()).isEqualTo("2");
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
  }

  private Run git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Run result = run(dir, null, command.toArray(String[]::new));
    assertThat(result.exitCode()).as("git %s: %s", String.join(" ", args), result.out()).isZero();
    return result;
  }

  private Run run(Path dir, Path bin, String... command) throws Exception {
    List<String> full = new ArrayList<>(List.of(command));
    if (full.get(0).equals("git")) {
      full.addAll(1, List.of("-c", "user.name=vep-lint test", "-c", "user.email=test@example.invalid",
          "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
    }
    ProcessBuilder builder = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("GIT_") || k.startsWith("PRE_COMMIT"));
    env.put("PRE_COMMIT_HOME", work.resolve("pre-commit-home").toString());
    env.put("HOME", work.toString());
    if (bin != null) {
      env.put("PATH", bin + File.pathSeparator + env.getOrDefault("PATH", "/usr/bin:/bin"));
    }
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("%s finished", full).isTrue();
    return new Run(process.exitValue(), out);
  }
}
