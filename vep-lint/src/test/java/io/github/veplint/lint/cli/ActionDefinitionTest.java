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

    assertThat(map(action.get("inputs")).keySet()).contains("path", "config", "fail-on", "format", "sarif-file");
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

    String build = steps.stream().map(s -> String.valueOf(s.get("run"))).filter(r -> r.contains("package"))
        .findFirst().orElseThrow();
    assertThat(build).contains("-f \"$GITHUB_ACTION_PATH/pom.xml\"", "-pl vep-lint -am", "-DskipTests");
    assertThat(env.get("VEP_LINT_JAR")).isEqualTo("${{ github.action_path }}/vep-lint/target/vep-lint.jar");
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
  }
}
