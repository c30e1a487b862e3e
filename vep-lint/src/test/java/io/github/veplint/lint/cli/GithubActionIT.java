package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.cli.PullRequestFixture.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action's script, {@code .github/action/run.sh}, run as the runner runs it: with the
 * real CLI jar, a fake {@code GITHUB_*} environment (the step summary and output files in a temp
 * directory) and the action's {@code INPUT_*} variables, against {@code examples/}. What it prints
 * and writes is compared with what the linter finds in-process.
 */
class GithubActionIT {

  private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();
  private static final Pattern ANNOTATION =
      Pattern.compile("::(error|warning|notice) file=([^,]+),line=(\\d+),col=(\\d+),title=([a-z-]+)::.*");

  @TempDir Path work;

  @BeforeAll
  static void findJarAndScript() {
    PullRequestFixture.jar();
    assertThat(PullRequestFixture.SCRIPT).as("the action's script is executable").isExecutable();
  }

  /** run.sh in the temporary workspace as the runner would start it, with {@code inputs} on top. */
  private Run run(Map<String, String> inputs) throws IOException, InterruptedException {
    return PullRequestFixture.run(work, work, inputs);
  }

  @Test
  void examplesGiveAnAnnotationPerFindingASummaryAndExitOne() throws Exception {
    Path sarif = work.resolve("results/vep-lint.sarif");
    Run run = run(Map.of("INPUT_PATH", EXAMPLES.toString(), "INPUT_SARIF_FILE", sarif.toString(),
        "INPUT_FORMAT", "json=" + work.resolve("report.json") + ", html=" + work.resolve("report.html")));
    LintResult expected = VepLinter.builder().build().lint(List.of(EXAMPLES));
    Map<Severity, Integer> counts = expected.countsBySeverity();

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).as("examples/ has errors on purpose").isEqualTo(1);
    List<String> annotations = run.out().stream().filter(l -> l.startsWith("::") && !l.startsWith("::notice title=")).toList();
    assertThat(annotations).hasSize(expected.findings().size());
    // The run's notices are workflow notices without a file, not annotations of a finding.
    assertThat(run.out().stream().filter(l -> l.startsWith("::notice title=")).toList())
        .containsExactly("::notice title=vep-lint future-target::" + expected.notices().get(0).message());
    List<String> expectedHeads = new ArrayList<>();
    for (Finding f : expected.findings()) {
      String command = switch (f.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "notice";
      };
      expectedHeads.add(command + " " + f.file() + ":" + f.line() + ":" + f.column() + " " + f.ruleId());
    }
    List<String> heads = new ArrayList<>();
    for (String annotation : annotations) {
      Matcher m = ANNOTATION.matcher(annotation);
      assertThat(m.matches()).as("workflow command: %s", annotation).isTrue();
      heads.add(m.group(1) + " " + m.group(2) + ":" + m.group(3) + ":" + m.group(4) + " " + m.group(5));
    }
    assertThat(heads).containsExactlyElementsOf(expectedHeads);

    assertThat(run.outputs()).containsEntry("errors", String.valueOf(counts.get(Severity.ERROR)))
        .containsEntry("warnings", String.valueOf(counts.get(Severity.WARNING)))
        .containsEntry("infos", String.valueOf(counts.get(Severity.INFO)))
        .containsEntry("exit-code", "1")
        .containsEntry("sarif-file", sarif.toString());
    assertThat(run.summary()).startsWith("## vep-lint\n")
        .contains(":x: " + expected.files().size() + " files checked")
        .contains(counts.get(Severity.ERROR) + " errors, " + counts.get(Severity.WARNING) + " warnings, "
            + counts.get(Severity.INFO) + " info")
        .contains("### ❌ `" + expected.findings().get(0).file() + "`")
        .contains("| `" + expected.findings().get(0).ruleId() + "` | ❌ fail | line " + expected.findings().get(0).line()
            + ":" + expected.findings().get(0).column() + ": ")
        .contains(":wrench: " + expected.findings().stream().filter(f -> f.fix().isPresent()).count()
            + " findings have a mechanical fix: run `vep-lint fix`");

    JsonNode log = new ObjectMapper().readTree(sarif.toFile());
    assertThat(log.path("runs").get(0).path("results").size()).isEqualTo(expected.findings().size());
    JsonNode json = new ObjectMapper().readTree(work.resolve("report.json").toFile());
    assertThat(json.path("summary").path("errors").asInt()).isEqualTo(counts.get(Severity.ERROR));
    assertThat(work.resolve("report.html")).isRegularFile();
  }

  @Test
  void failOnNeverPassesTheStepButStillAnnotates() throws Exception {
    Run run = run(Map.of("INPUT_PATH", EXAMPLES.toString(), "INPUT_FAIL_ON", "never"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).anyMatch(l -> l.startsWith("::error file="));
    assertThat(run.outputs()).containsEntry("exit-code", "0").doesNotContainKey("sarif-file");
    assertThat(run.summary()).contains(":white_check_mark: ");
  }

  @Test
  void aBadConfigurationIsOneAnnotationAndExitTwo() throws Exception {
    Path config = work.resolve("bad.yaml");
    Files.writeString(config, "colour: blue\n");

    Run run = run(Map.of("INPUT_PATH", EXAMPLES.toString(), "INPUT_CONFIG", config.toString()));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList()).hasSize(1).first().asString()
        .startsWith("vep-lint: " + config).contains("colour").doesNotContain("Exception");
    assertThat(run.out()).containsExactly("::error title=vep-lint::" + run.err().strip());
    assertThat(run.summary()).contains(":x: vep-lint could not run: `vep-lint: " + config);
    assertThat(run.outputs()).containsEntry("exit-code", "2");
  }

  @Test
  void annotationsOfARepositoryInASubdirectoryNameFilesFromTheCheckout() throws Exception {
    Path repository = work.resolve("docs/enhancements");
    try (var files = Files.walk(EXAMPLES)) {
      for (Path source : files.toList()) {
        Path target = repository.resolve(EXAMPLES.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    Run run = run(Map.of("INPUT_PATH", "docs/enhancements"));
    LintResult expected = VepLinter.builder().build().lint(List.of(EXAMPLES));
    List<String> files = new ArrayList<>();
    for (String annotation : run.out().stream().filter(l -> l.startsWith("::") && !l.startsWith("::notice title=")).toList()) {
      Matcher m = ANNOTATION.matcher(annotation);
      assertThat(m.matches()).as("workflow command: %s", annotation).isTrue();
      files.add(m.group(2));
    }
    assertThat(files).isNotEmpty().containsExactlyElementsOf(
        expected.findings().stream().map(f -> "docs/enhancements/" + f.file()).toList());
    assertThat(files).allSatisfy(f -> assertThat(work.resolve(f)).isRegularFile());
  }
}
