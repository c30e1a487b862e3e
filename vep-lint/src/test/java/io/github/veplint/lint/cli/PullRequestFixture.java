package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.model.Corpus;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Pull requests on the real kubevirt/enhancements history for the action's end-to-end tests: an
 * "upstream" repository cloned from the corpus bundle, with one branch per pull request on top of
 * {@code main}; a checkout made as actions/checkout makes it (the pull request's commit alone,
 * depth 1, from the upstream over {@code file://}); an event payload shaped like GitHub's; and
 * {@code run.sh} run with the runner's environment. The upstream is built once per JVM.
 */
final class PullRequestFixture {

  static final Path SCRIPT = Path.of("../.github/action/run.sh").toAbsolutePath().normalize();
  static final String DEFERRED = "veps/sig-network/307-vhostuser-binding-plugin/vep.md";
  static final String CLEAN = "veps/sig-network/999-clean-example/vep.md";
  static final String FROZEN = "veps/sig-network/998-frozen-example/vep.md";
  static final String DUPLICATE = "veps/sig-compute/307-another-binding/vep.md";
  static final String OLDER = "veps/sig-compute/16-image-volume/vep.md";
  static final String LEGACY = "veps/sig-compute/997-priority-queue-again/vep.md";
  /** VEP 106, which has lacked two template sections since it merged (issue 24's "Graduate to GA" example). */
  static final String TYPO = "veps/sig-network/106-decouple-nad/vep.md";
  /** How GithubReport starts a run notice (no schedule configured, ...): about the run, not a file. */
  static final String RUN_NOTICE = "::notice title=vep-lint ";

  private static Path upstream;
  private static String base;
  private static final Map<String, String> heads = new TreeMap<>();

  private PullRequestFixture() {}

  record Run(int exitCode, List<String> out, String err, String summary, Map<String, String> outputs) {
    /** The findings' workflow commands; the run's notices ({@link #RUN_NOTICE}) are not findings. */
    List<String> annotations() {
      return out.stream().filter(l -> l.startsWith("::") && !l.startsWith("::notice title=")).toList();
    }
  }

  static Path jar() {
    Path jar = Path.of(System.getProperty("vep.lint.jar", "target/vep-lint.jar")).toAbsolutePath();
    assertThat(jar).as("the shaded CLI jar built by mvn package").isRegularFile();
    return jar;
  }

  /** The upstream repository (a full clone of the bundle with the pull request branches). */
  static synchronized Path upstream() throws IOException, InterruptedException {
    if (upstream != null) {
      return upstream;
    }
    Path bundle = Corpus.root().resolve("kubevirt-enhancements.bundle");
    Path dir = Files.createTempDirectory("vep-lint-upstream");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
    Path repo = dir.resolve("enhancements");
    git(dir, "clone", "--quiet", "-b", "main", bundle.toString(), repo.toString());
    // GitHub serves any commit by id; a local upstream must be told to.
    git(repo, "config", "uploadpack.allowAnySHA1InWant", "true");
    base = git(repo, "rev-parse", "HEAD").strip();
    String vep307 = Files.readString(repo.resolve(DEFERRED), StandardCharsets.UTF_8);
    assertThat(vep307).contains("vep-number: 307\n", "status: deferred\n", "  alpha: \"TBD\"\n", "# VEP #307:");
    // With N/A for its diagram (an image the new directory lacks), VEP 307's text is clean.
    String body = vep307.replaceAll("(?m)^!\\[.*$", "N/A");

    branch(repo, "clean", CLEAN, body.replace("vep-number: 307", "vep-number: 999")
        .replace("status: deferred", "status: provisional").replace("# VEP #307:", "# VEP #999:"));
    branch(repo, "deferred-to-implemented", DEFERRED,
        vep307.replace("status: deferred\n", "status: implemented\nstage: ga\n"));
    branch(repo, "frozen", FROZEN, body.replace("vep-number: 307", "vep-number: 998")
        .replace("status: deferred\n", "status: implementable\nstage: alpha\n")
        .replace("  alpha: \"TBD\"", "  alpha: \"v1.9\"").replace("# VEP #307:", "# VEP #998:"));
    branch(repo, "duplicate", DUPLICATE, body.replace("owning-sig: sig-network", "owning-sig: sig-compute")
        .replace("status: deferred", "status: provisional"));
    // A new VEP in the older layout (no front matter), as VEP 62 is written.
    String vep62 = Files.readString(repo.resolve("veps/sig-compute/62-priority-queue/vep.md"), StandardCharsets.UTF_8);
    assertThat(vep62).startsWith("# VEP #62:");
    branch(repo, "legacy", LEGACY, vep62.replace("# VEP #62:", "# VEP #997:"));
    // An edit to a VEP in the older layout, written for an older template.
    branch(repo, "edit-older", OLDER, Files.readString(repo.resolve(OLDER), StandardCharsets.UTF_8)
        + "\nA sentence added by the pull request.\n");
    // A typo fix in VEP 106, whose errors the base already has.
    String vep106 = Files.readString(repo.resolve(TYPO), StandardCharsets.UTF_8);
    assertThat(vep106).contains("API calls required to spin-up and migrate a VM\n").doesNotContain("## Alternatives");
    branch(repo, "typo-fix", TYPO, vep106.replace("to spin-up and migrate a VM\n", "to spin up and migrate a VM\n"));
    // What GitHub offers as refs/pull/N/merge for the clean pull request.
    git(repo, "checkout", "--quiet", "-b", "merge-clean", base);
    git(repo, "merge", "--quiet", "--no-ff", "--no-edit", "clean");
    heads.put("merge-clean", git(repo, "rev-parse", "HEAD").strip());
    git(repo, "checkout", "--quiet", "main");
    upstream = repo;
    return repo;
  }

  private static void branch(Path repo, String name, String file, String content)
      throws IOException, InterruptedException {
    git(repo, "checkout", "--quiet", "-b", name, base);
    Path target = repo.resolve(file);
    Files.createDirectories(target.getParent());
    Files.writeString(target, content, StandardCharsets.UTF_8);
    git(repo, "add", "-A");
    git(repo, "commit", "--quiet", "-m", "PR " + name);
    heads.put(name, git(repo, "rev-parse", "HEAD").strip());
    git(repo, "checkout", "--quiet", "main");
  }

  /**
   * A pull request branch (once per JVM) adding {@code files} (path relative to the repository
   * root to content) on top of {@code main}; returns the name.
   */
  static synchronized String branchAdding(String name, Map<String, String> files)
      throws IOException, InterruptedException {
    Path repo = upstream();
    if (!heads.containsKey(name)) {
      git(repo, "checkout", "--quiet", "-b", name, base);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path target = repo.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      }
      git(repo, "add", "-A");
      git(repo, "commit", "--quiet", "-m", "PR " + name);
      heads.put(name, git(repo, "rev-parse", "HEAD").strip());
      git(repo, "checkout", "--quiet", "main");
    }
    return name;
  }

  /** The text of VEP {@code number} as the clean pull request writes it (VEP 307's, renumbered). */
  static String cleanVep(int number) throws IOException, InterruptedException {
    String clean = git(upstream(), "show", head("clean") + ":" + CLEAN);
    return clean.replace("vep-number: 999", "vep-number: " + number).replace("# VEP #999:", "# VEP #" + number + ":");
  }

  static String base() throws IOException, InterruptedException {
    upstream();
    return base;
  }

  static String head(String branch) throws IOException, InterruptedException {
    upstream();
    return heads.get(branch);
  }

  /** What actions/checkout does: init, fetch the one commit at depth 1, check it out detached. */
  static Path checkout(Path directory, String branch) throws IOException, InterruptedException {
    String sha = head(branch);
    Files.createDirectories(directory);
    git(directory, "init", "--quiet");
    git(directory, "remote", "add", "origin", upstream().toUri().toString());
    git(directory, "fetch", "--quiet", "--no-tags", "--depth=1", "origin", sha);
    git(directory, "checkout", "--quiet", "--detach", sha);
    assertThat(git(directory, "rev-parse", "--is-shallow-repository").strip()).isEqualTo("true");
    return directory;
  }

  /** A full clone at the pull request's commit, for comparison. */
  static Path fullClone(Path directory, String branch) throws IOException, InterruptedException {
    git(directory.getParent(), "clone", "--quiet", upstream().toString(), directory.toString());
    git(directory, "checkout", "--quiet", "--detach", head(branch));
    return directory;
  }

  /**
   * A pull_request event payload as GitHub writes it for {@code branch} onto the base ({@link
   * GithubEvents#pullRequest}: every field GitHub's webhook description requires, validated).
   */
  static Path pullRequestEvent(Path file, String branch, int number, String... labels)
      throws IOException, InterruptedException {
    return GithubEvents.pullRequest(file, number, base(), branch, head(branch), labels);
  }

  /** Runs run.sh in {@code workspace} as the runner would, with {@code env} on top. */
  static Run run(Path workspace, Path scratch, Map<String, String> env) throws IOException, InterruptedException {
    Files.createDirectories(scratch);
    Path summary = scratch.resolve("step-summary.md");
    Path output = scratch.resolve("github-output");
    Files.writeString(summary, "");
    Files.writeString(output, "");
    ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString()).directory(workspace.toFile());
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("INPUT_"));
    environment.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + environment.get("PATH"));
    environment.put("GITHUB_ACTIONS", "true");
    environment.put("GITHUB_WORKSPACE", workspace.toString());
    environment.put("GITHUB_STEP_SUMMARY", summary.toString());
    environment.put("GITHUB_OUTPUT", output.toString());
    environment.put("VEP_LINT_JAR", jar().toString());
    // As the Action runs the release distribution: with the AppCDS archive `mvn package` made for
    // this jar and this java (run.sh ignores an archive that does not fit them).
    Path archive = jar().resolveSibling("vep-lint.jsa");
    if (Files.isRegularFile(archive)) {
      environment.put("VEP_LINT_CDS", archive.toString());
    }
    environment.putAll(env);
    Path out = scratch.resolve("stdout");
    Path err = scratch.resolve("stderr");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("the action's script finishes").isTrue();
    Map<String, String> outputs = new TreeMap<>();
    for (String line : Files.readAllLines(output)) {
      int equals = line.indexOf('=');
      outputs.put(line.substring(0, equals), line.substring(equals + 1));
    }
    return new Run(process.exitValue(), Files.readAllLines(out), Files.readString(err, StandardCharsets.UTF_8),
        Files.readString(summary, StandardCharsets.UTF_8), outputs);
  }

  /** The CLI ({@code java -jar vep-lint.jar ARGS}) in {@code directory}; returns its exit status. */
  static int cli(Path directory, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().keySet().removeIf(k -> k.startsWith("GITHUB_"));
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }

  /** The runner's environment for a pull_request event. */
  static Map<String, String> pullRequestEnv(Path event) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("GITHUB_EVENT_NAME", "pull_request");
    env.put("GITHUB_EVENT_PATH", event.toString());
    env.put("GITHUB_REPOSITORY", "kubevirt/enhancements");
    return env;
  }

  static String git(Path directory, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=VEP Author", "-c",
        "user.email=author@example.com", "-c", "init.defaultBranch=main", "-c", "advice.detachedHead=false",
        "-c", "protocol.file.allow=always"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("git %s: %s", String.join(" ", args), output).isZero();
    return output;
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory; the OS cleans it eventually
    }
  }
}
