package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code action.yml} and the script it runs agree: the file is valid YAML for a composite action,
 * every input reaches {@code run.sh} as the {@code INPUT_*} variable the script reads, every output
 * is one the script writes, the jar it runs is the one the build step makes, and every action it
 * uses is pinned to a major version. {@link GithubActionIT} runs the script itself.
 */
class ActionDefinitionTest {

  private static final Path ACTION = Path.of("../action.yml");
  private static final Path SCRIPT = Path.of("../.github/action/run.sh");

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> steps(Map<String, Object> action) {
    return (List<Map<String, Object>>) map(action.get("runs")).get("steps");
  }

  @Test
  void inputsOutputsAndStepsMatchTheScript() throws IOException {
    Map<String, Object> action = map(new Yaml().load(Files.readString(ACTION)));
    String script = Files.readString(SCRIPT);
    assertThat(map(action.get("runs")).get("using")).isEqualTo("composite");
    List<Map<String, Object>> steps = steps(action);
    Map<String, Object> lint = steps.stream().filter(s -> "lint".equals(s.get("id"))).findFirst().orElseThrow();
    Map<String, Object> env = map(lint.get("env"));
    assertThat(String.valueOf(lint.get("run"))).contains("$GITHUB_ACTION_PATH/.github/action/run.sh");

    assertThat(map(action.get("inputs")).keySet()).contains("path", "config", "fail-on", "format", "sarif-file",
        "base", "changed-only", "schedule", "comment", "label", "check-issue", "token");
    assertThat(map(map(action.get("inputs")).get("token")).get("default")).isEqualTo("${{ github.token }}");
    for (String input : map(action.get("inputs")).keySet()) {
      assertThat(map(map(action.get("inputs")).get(input)).get("description")).as("input %s", input).isNotNull();
      if (input.equals("java-version")) {
        continue;
      }
      String variable = "INPUT_" + input.toUpperCase(Locale.ROOT).replace('-', '_');
      assertThat(env).as("the lint step passes input %s", input).containsEntry(variable, "${{ inputs." + input + " }}");
      assertThat(script).as("run.sh reads %s", variable).contains("${" + variable);
    }
    for (String output : map(action.get("outputs")).keySet()) {
      assertThat(map(map(action.get("outputs")).get(output)).get("value"))
          .isEqualTo("${{ steps.lint.outputs." + output + " }}");
      assertThat(script).as("run.sh writes output %s", output).contains("echo \"" + output + "=");
    }

    // The jar: found (downloaded at a release tag) by jar.sh, built only when it says so.
    Map<String, Object> jar = steps.stream().filter(s -> "jar".equals(s.get("id"))).findFirst().orElseThrow();
    assertThat(String.valueOf(jar.get("run"))).contains("$GITHUB_ACTION_PATH/.github/action/jar.sh");
    assertThat(steps.indexOf(jar)).isLessThan(steps.indexOf(lint));
    Map<String, Object> buildStep = steps.stream().filter(s -> String.valueOf(s.get("run")).contains("package"))
        .findFirst().orElseThrow();
    String build = String.valueOf(buildStep.get("run"));
    assertThat(build).contains("-f \"$GITHUB_ACTION_PATH/pom.xml\"", "-pl vep-lint -am", "-DskipTests");
    for (Map<String, Object> step : steps) {
      if (step.containsKey("uses") && String.valueOf(step.get("uses")).startsWith("actions/cache@")
          || step == buildStep || "cache-key".equals(step.get("id"))) {
        assertThat(step.get("if")).as("step %s runs only to build", step).isEqualTo("steps.jar.outputs.build == 'true'");
      }
    }
    assertThat(env.get("VEP_LINT_JAR")).isEqualTo("${{ steps.jar.outputs.jar }}");
    assertThat(env.get("VEP_LINT_JAVA")).isEqualTo("${{ steps.jar.outputs.java }}");
    assertThat(env.get("VEP_LINT_CDS")).isEqualTo("${{ steps.jar.outputs.cds }}");
    // Java is set up only when the release's distribution (which brings its own) is not used.
    Map<String, Object> setupJava = steps.stream()
        .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/setup-java@")).findFirst().orElseThrow();
    assertThat(setupJava.get("if")).isEqualTo("steps.jar.outputs.setup-java == 'true'");
    assertThat(steps.indexOf(jar)).isLessThan(steps.indexOf(setupJava));
    assertThat(Files.readString(Path.of("../.github/action/jar.sh")))
        .contains("built=\"${action_path}/vep-lint/target/vep-lint.jar\"", "SHA256SUMS",
            "vep-lint-${version}-linux-x64.tar.gz");
    assertThat(Files.readString(Path.of("pom.xml"))).contains("<outputFile>${project.build.directory}/vep-lint.jar</outputFile>");

    List<String> uses = new ArrayList<>();
    steps.forEach(s -> {
      if (s.containsKey("uses")) {
        uses.add(String.valueOf(s.get("uses")));
      }
    });
    assertThat(uses).anyMatch(u -> u.startsWith("actions/setup-java@"))
        .allMatch(u -> u.matches("[\\w-]+/[\\w-]+@v\\d+"));
    assertThat(SCRIPT).isExecutable();
    assertThat(Path.of("../.github/action/jar.sh")).isExecutable();
  }

  @Test
  void theReleaseWorkflowAttachesWhatTheActionDownloads() throws IOException {
    Map<String, Object> release = map(new Yaml().load(Files.readString(Path.of("../.github/workflows/release.yml"))));
    // SnakeYAML reads the key 'on' as the boolean true (YAML 1.1).
    Map<String, Object> on = map(release.containsKey("on") ? release.get("on") : release.get(true));
    assertThat(String.valueOf(map(on.get("push")).get("tags"))).contains("v*");
    String text = Files.readString(Path.of("../.github/workflows/release.yml"));
    assertThat(text).contains("mvn -B -ntp verify -Pdist", "> SHA256SUMS", "dist/SHA256SUMS",
        "gh release upload \"$TAG\" dist/vep-lint.jar \"dist/vep-lint-${VERSION}-linux-x64.tar.gz\"",
        "vep-lint-${VERSION}-cyclonedx.json", ".ci/reproducible.sh", "-Prelease");
    // The distribution's name is the one the dist profile writes and jar.sh downloads.
    assertThat(Files.readString(Path.of("pom.xml")))
        .contains("<vep.dist.name>vep-lint-${project.version}-linux-x64</vep.dist.name>");
    Map<String, Object> ci = map(new Yaml().load(Files.readString(Path.of("../.github/workflows/ci.yml"))));
    Map<String, Object> ciOn = map(ci.containsKey("on") ? ci.get("on") : ci.get(true));
    assertThat(ciOn).containsKeys("push", "pull_request");
    assertThat(Files.readString(Path.of("../.github/workflows/ci.yml"))).contains(".ci/run");
  }

  @Test
  void theKubevirtWorkflowDoesWhatTheCommunityWorkflowsDid() throws IOException {
    Path file = Path.of("../examples/kubevirt-enhancements-workflow.yml");
    Map<String, Object> workflow = map(new Yaml().load(Files.readString(file)));
    Map<String, Object> on = map(workflow.containsKey("on") ? workflow.get("on") : workflow.get(true));
    Map<String, Object> pullRequest = map(on.get("pull_request"));
    assertThat(String.valueOf(pullRequest.get("types")))
        .contains("opened", "synchronize", "reopened", "labeled", "unlabeled");
    assertThat(String.valueOf(pullRequest.get("paths"))).as("every file: the naming check covers images too")
        .isEqualTo("[veps/**]");
    assertThat(map(workflow.get("permissions"))).containsEntry("contents", "read")
        .containsEntry("pull-requests", "write").containsEntry("issues", "read");
    assertThat(String.valueOf(map(workflow.get("concurrency")).get("group")))
        .contains("${{ github.event.pull_request.number }}");
    assertThat(map(workflow.get("concurrency"))).containsEntry("cancel-in-progress", true);
    Map<String, Object> inputs = map(map(new Yaml().load(Files.readString(ACTION))).get("inputs"));
    List<Map<String, Object>> jobSteps = new ArrayList<>();
    for (Object job : map(workflow.get("jobs")).values()) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> s = (List<Map<String, Object>>) map(job).get("steps");
      jobSteps.addAll(s);
    }
    Map<String, Object> vepLint = jobSteps.stream().filter(s -> String.valueOf(s.get("uses")).contains("/vep-lint@"))
        .findFirst().orElseThrow();
    Map<String, Object> with = map(vepLint.get("with"));
    assertThat(inputs.keySet()).as("the workflow uses only inputs action.yml declares").containsAll(with.keySet());
    assertThat(with).containsEntry("comment", true).containsEntry("label", "kind/vep")
        .containsEntry("check-issue", true);
    assertThat(String.valueOf(with.get("schedule"))).startsWith("https://raw.githubusercontent.com/kubevirt/sig-release/");
  }
}
