package io.github.veplint.lint.report;

import static io.github.veplint.lint.report.Fixtures.HOTPLUG;
import static io.github.veplint.lint.report.Fixtures.TRICKY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GithubReportTest {

  /**
   * The workflow command grammar: {@code ::name key=value,key=value::message}, properties
   * optional. Escaped values never contain ':' or ',' in properties, nor CR or LF anywhere.
   */
  private static final Pattern COMMAND =
      Pattern.compile("::(?<name>[a-z]+)(?: (?<props>[^:\\r\\n]*))?::(?<message>[^\\r\\n]*)");

  private record Command(String name, Map<String, String> properties, String message) {}

  private static Command parse(String line) {
    Matcher m = COMMAND.matcher(line);
    assertThat(m.matches()).as("workflow command: %s", line).isTrue();
    Map<String, String> properties = new LinkedHashMap<>();
    if (m.group("props") != null) {
      for (String property : m.group("props").split(",")) {
        int equals = property.indexOf('=');
        properties.put(property.substring(0, equals), unescape(property.substring(equals + 1)));
      }
    }
    return new Command(m.group("name"), properties, unescape(m.group("message")));
  }

  /** The runner's unescaping: %25 last, so an escaped "%0A" text stays literal. */
  private static String unescape(String text) {
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
        .replace("%25", "%");
  }

  private static List<String> lines(LintResult result) {
    return List.of(Fixtures.render(new GithubReport(), result, Fixtures.context()).split("\n", -1));
  }

  @Test
  void writesOneCommandPerFindingAndASummary() {
    List<String> lines = lines(Fixtures.result());

    // Six commands, the summary, and the empty string after the final newline.
    assertThat(lines).hasSize(8);
    assertThat(lines.get(7)).isEmpty();
    assertThat(lines.get(6)).isEqualTo(TextReport.summary(Fixtures.result())).doesNotStartWith("::");
    List<Command> commands = new ArrayList<>();
    lines.subList(0, 6).forEach(l -> commands.add(parse(l)));
    assertThat(commands).extracting(Command::name)
        .containsExactly("error", "error", "notice", "error", "warning", "notice");

    Command warning = commands.get(4);
    assertThat(warning.properties()).containsExactly(
        Map.entry("file", HOTPLUG), Map.entry("line", "12"), Map.entry("col", "3"),
        Map.entry("title", "missing-section"));
  }

  @Test
  void messagesRoundTripThroughEscaping() {
    Command warning = parse(lines(Fixtures.result()).get(4));

    assertThat(TRICKY).contains("%", ":", ",", "\n");
    assertThat(warning.message()).isEqualTo(TRICKY);
  }

  @Test
  void propertiesRoundTripThroughEscaping() {
    String odd = "veps/sig-a/1-x,y:z%20/vep.md";
    LintResult result = new LintResult("/r", List.of(odd), List.of(
        Fixtures.finding("title-format", Severity.ERROR, odd, 3, 7, "50%\r\nof it")));

    Command command = parse(lines(result).get(0));

    assertThat(command.properties()).containsEntry("file", odd).containsEntry("line", "3").containsEntry("col", "7");
    assertThat(command.message()).isEqualTo("50%\r\nof it");
  }

  @Test
  void repositoryWideFindingsHaveNoFile() {
    Command first = parse(lines(Fixtures.result()).get(0));

    assertThat(first.properties()).containsOnlyKeys("title").containsEntry("title", "internal-error");
  }

  @Test
  void aCleanRunPrintsOnlyTheSummary() {
    assertThat(lines(Fixtures.empty())).containsExactly(TextReport.summary(Fixtures.empty()), "");
  }

  @Test
  void pathsAreRelativeToTheWorkspaceWhenTheRepositoryIsBelowIt() {
    LintResult result = Fixtures.result();
    String below = Fixtures.render(
        new GithubReport(java.util.Optional.of(java.nio.file.Path.of("/nonexistent"))), result, Fixtures.context());
    String at = Fixtures.render(
        new GithubReport(java.util.Optional.of(java.nio.file.Path.of("/nonexistent/repo"))), result, Fixtures.context());
    String outside = Fixtures.render(
        new GithubReport(java.util.Optional.of(java.nio.file.Path.of("/elsewhere"))), result, Fixtures.context());
    String first = result.findings().stream().filter(f -> !f.file().isEmpty()).findFirst().orElseThrow().file();
    assertThat(below).contains("file=repo/" + first + ",").doesNotContain("file=" + first + ",");
    assertThat(at).contains("file=" + first + ",").doesNotContain("file=repo/");
    assertThat(outside).isEqualTo(at);
  }
}
