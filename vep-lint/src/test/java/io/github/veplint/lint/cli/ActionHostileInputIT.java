package io.github.veplint.lint.cli;

import static io.github.veplint.lint.cli.PullRequestFixture.CLEAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.cli.PullRequestFixture.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25's Action items, end to end through {@code run.sh} against a loopback stand-in for the
 * GitHub API: what a pull request carries (labels, directory names) is data, never an option, a
 * workflow command, a row of the Action's own outputs or Markdown that renders; the token is never
 * in a file.
 */
class ActionHostileInputIT {

  private static final String TOKEN = "ghs_vepLintHostileToken0123456789abcdef";
  /** Issue 25 item 2's directory: a line break and tabs that would be facts and a workflow command. */
  private static final String NEWLINE_DIR =
      "veps/sig-compute/303-nl\nfront-matter=PWN3\nvep=404\tPWNFILE\t1\t1,title=x::PWN4";
  /** Issue 25 item 3's directory: Markdown, HTML and a mention. */
  private static final String MARKDOWN_DIR = "veps/sig-compute/304-a` <img src=x onerror=alert(1)> @octocat [click](#x) `b";

  @TempDir Path work;

  private ActionApiStandIn api;
  /** What was found holding the token on disk while a request was served (item 12). */
  private final List<String> tokenFiles = Collections.synchronizedList(new ArrayList<>());
  private final List<Path> watched = new ArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    api = new ActionApiStandIn();
    api.onRequest(request -> watched.forEach(dir -> tokenFiles.addAll(filesHolding(dir, TOKEN))));
  }

  @AfterEach
  void stopServer() {
    api.close();
    assertThat(api.violations()).as("requests and answers outside GitHub's REST description").isEmpty();
  }

  private static List<String> filesHolding(Path dir, String text) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).filter(f -> {
        try {
          return Files.readString(f, StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
          return false;
        }
      }).map(Path::toString).toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  private Run run(String name, String branch, Map<String, String> inputs, String... labels) throws Exception {
    return api.run(work, name, branch, TOKEN, inputs, labels);
  }

  @Test
  void item01_labelThatLooksLikeAnOptionIsData() throws Exception {
    String[] labels = {"--debug", "-h", "--quiet", "--fix", "--format=json", "--config=/etc/passwd", "--", "-"};
    Run run = run("labels", "clean", Map.of("INPUT_COMMENT", "true"), labels);

    assertThat(run.exitCode()).as("stderr: %s", run.err()).isZero();
    assertThat(run.err()).doesNotContain("Expected parameter", "Unknown option", "Usage");
    assertThat(run.outputs()).containsEntry("exit-code", "0").containsEntry("errors", "0");
    // The run linted as without the labels: the clean VEP was checked and its summary written.
    assertThat(run.summary()).contains(":white_check_mark: 1 changed file checked", "### ✅ `" + CLEAN + "`");
    assertThat(run.out()).noneMatch(l -> l.startsWith("{") || l.startsWith("Usage"));
    assertThat(api.comments()).hasSize(1);
  }

  @Test
  void item02_controlCharactersInADirectoryNameInjectNoRowsAndNoCommands() throws Exception {
    String branch = PullRequestFixture.branchAdding("newline-dir",
        Map.of(NEWLINE_DIR + "/vep.md", PullRequestFixture.cleanVep(303)));
    Run run = run("newline", branch, Map.of("INPUT_CHECK_ISSUE", "true", "INPUT_COMMENT", "true",
        "INPUT_LABEL", "kind/vep"));

    String safe = "veps/sig-compute/303-nl\\nfront-matter=PWN3\\nvep=404\\tPWNFILE\\t1\\t1,title=x::PWN4/vep.md";
    // One finding, on the escaped path (workflow command properties escaped as GitHub's toolkit does).
    assertThat(run.annotations()).containsExactly("::error file=" + safe.replace(",", "%2C").replace(":", "%3A")
        + ",line=1,col=1,title=unreadable-file::the path holds a control character (shown escaped): vep-lint"
        + " reads no file whose name could break a line of its reports; rename it with lowercase letters, digits and"
        + " hyphens");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outputs()).containsEntry("errors", "1").containsEntry("exit-code", "1");
    // Nothing from the name chose an issue to GET, and no label was added for a VEP never linted.
    assertThat(api.requests()).noneMatch(r -> r.contains("/issues/404") || r.contains("/labels"));
    assertThat(api.requests()).noneMatch(r -> r.startsWith("GET /repos/kubevirt/enhancements/issues/") && !r.contains("/comments"));
    // Every line of stdout is one workflow command or the summary line; no row leaked out of a name.
    assertThat(run.out()).noneMatch(l -> l.startsWith("front-matter=") || l.startsWith("vep=") || l.contains("PWNFILE\t"));
    // The summary and the comment name the escaped path and keep it on one line.
    assertThat(run.summary()).contains("### ❌ `" + safe + "`").doesNotContain("\nfront-matter=PWN3");
    assertThat(api.comments().values()).singleElement().asString().contains("### ❌ `" + safe + "`");
  }

  @Test
  void item03_markdownAndMentionsFromAFileNameDoNotRender() throws Exception {
    String branch = PullRequestFixture.branchAdding("markdown-dir",
        Map.of(MARKDOWN_DIR + "/vep.md", PullRequestFixture.cleanVep(304)));
    Run run = run("markdown", branch, Map.of("INPUT_COMMENT", "true"));

    assertThat(run.exitCode()).isEqualTo(1);
    String body = api.comments().values().iterator().next();
    for (String markdown : List.of(run.summary(), body)) {
      // Outside code spans (where GitHub renders nothing), no HTML, link or mention is left.
      String rendered = outsideCodeSpans(markdown);
      assertThat(rendered).doesNotContain("<img", "@octocat", "[click](");
      assertThat(markdown).contains("### ❌ ``" + MARKDOWN_DIR + "/vep.md``");
      assertThat(rendered).contains("304-a\\` &lt;img src=x onerror=alert(1)&gt; @&#8203;octocat \\[click\\](#x) \\`b");
    }
  }

  @Test
  void item12_theTokenIsNeverWrittenToAFileAndTheWorkDirectoryIsInRunnerTemp() throws Exception {
    Path runnerTemp = Files.createDirectories(work.resolve("runner-temp"));
    Path tmp = Files.createDirectories(work.resolve("tmp"));
    watched.add(runnerTemp);
    watched.add(tmp);
    Run run = run("token", "clean", Map.of("INPUT_COMMENT", "true", "INPUT_LABEL", "kind/vep",
        "RUNNER_TEMP", runnerTemp.toString(), "TMPDIR", tmp.toString()));

    assertThat(run.exitCode()).isZero();
    assertThat(api.requests()).hasSize(3);
    // Read by the loopback server while each request was served: no file anywhere held the token
    // (a SIGKILL at that moment leaves nothing of it behind).
    assertThat(tokenFiles).as("files holding the token while the API was called").isEmpty();
    assertThat(runnerTemp.toFile().list()).as("the work directory is removed on exit").isEmpty();
    assertThat(filesHolding(tmp, "Authorization")).isEmpty();
  }

  /** The Markdown with every code span (CommonMark: a backtick run closed by one of equal length) cut out. */
  static String outsideCodeSpans(String markdown) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < markdown.length()) {
      if (markdown.charAt(i) == '\\' && i + 1 < markdown.length()) {
        out.append(markdown, i, i + 2);
        i += 2;
        continue;
      }
      if (markdown.charAt(i) != '`') {
        out.append(markdown.charAt(i++));
        continue;
      }
      int run = i;
      while (run < markdown.length() && markdown.charAt(run) == '`') {
        run++;
      }
      String fence = markdown.substring(i, run);
      int close = closing(markdown, fence, run);
      if (close < 0) {
        out.append(fence);
        i = run;
      } else {
        i = close + fence.length();
      }
    }
    return out.toString();
  }

  private static int closing(String markdown, String fence, int from) {
    int at = markdown.indexOf(fence, from);
    while (at >= 0) {
      int end = at + fence.length();
      boolean exact = (end >= markdown.length() || markdown.charAt(end) != '`');
      if (exact) {
        return at;
      }
      while (end < markdown.length() && markdown.charAt(end) == '`') {
        end++;
      }
      at = markdown.indexOf(fence, end);
    }
    return -1;
  }
}
