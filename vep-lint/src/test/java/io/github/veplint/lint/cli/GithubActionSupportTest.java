package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The action helper's parsing of untrusted input: the event payload and API answers. */
class GithubActionSupportTest {

  private static final String BASE = "c59f6e899301ce2eae276e9c19fc237de7055dfb";
  private static final String HEAD = "5b73beb0c59f6e899301ce2eae276e9c19fc237d";

  @TempDir Path work;

  private record Result(int status, String out, String err) {}

  private Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = GithubActionSupport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path file(String name, String text) throws Exception {
    Path file = work.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aPullRequestPayloadGivesNumberBaseHeadAndLabels() throws Exception {
    Path event = file("event.json", "{\"action\":\"labeled\",\"pull_request\":{\"number\":388,\"labels\":["
        + "{\"name\":\"freeze-exception\"},{\"name\":\"kind/vep\"},{\"name\":\"evil\\nlabel\"},{\"name\":\"\"},"
        + "{\"name\":\"-x\"}],\"base\":{\"sha\":\"" + BASE + "\"},\"head\":{\"sha\":\"" + HEAD.toUpperCase() + "\"}}}");

    Result result = run("event", event.toString());

    assertThat(result.status()).isZero();
    assertThat(result.out().lines()).containsExactly("number=388", "base=" + BASE, "head=" + HEAD,
        "label=freeze-exception", "label=kind/vep", "label=-x");
  }

  @Test
  void aCommitIdThatIsNotHexIsDropped() throws Exception {
    Path event = file("event.json", "{\"pull_request\":{\"number\":1,\"base\":{\"sha\":\"main; rm -rf /\"},"
        + "\"head\":{\"sha\":\"" + HEAD + "\"}}}");

    assertThat(run("event", event.toString()).out().lines()).containsExactly("number=1", "head=" + HEAD);
  }

  @Test
  void aPushGivesBeforeUnlessTheBranchIsNew() throws Exception {
    assertThat(run("event", file("push.json", "{\"before\":\"" + BASE + "\",\"after\":\"" + HEAD + "\"}").toString()).out())
        .isEqualTo("before=" + BASE + "\n");
    assertThat(run("event", file("new.json", "{\"before\":\"" + "0".repeat(40) + "\"}").toString()).out()).isEmpty();
  }

  @Test
  void theCommentIsFoundByItsMarkerOnAnyPage() throws Exception {
    String bot = ",\"user\":{\"login\":\"github-actions[bot]\",\"type\":\"Bot\"},\"author_association\":\"NONE\"}";
    Path first = file("page1.json", "[{\"id\":1,\"body\":\"lgtm\"" + bot + ",{\"id\":2,\"body\":\"see <!-- other -->\"" + bot + "]");
    Path second = file("page2.json", "[{\"id\":3,\"body\":\"x\\n<!-- vep-lint-report: y -->\\nold\"" + bot + ","
        + "{\"id\":4,\"body\":\"<!-- vep-lint-report: y -->\"" + bot + "]");

    assertThat(run("comment-id", "<!-- vep-lint-report: y -->", first.toString(), second.toString()).out()).isEqualTo("3\n");
    assertThat(run("comment-id", "<!-- vep-lint-report: y -->", first.toString()).out()).isEmpty();
  }

  @Test
  void aMarkerInACommentOfThePullRequestsAuthorIsNotTakenForTheReport() throws Exception {
    String marker = "<!-- vep-lint-report: y -->";
    Path page = file("page.json", "["
        + "{\"id\":7,\"body\":\"" + marker + "\",\"user\":{\"login\":\"mallory\",\"type\":\"User\"},"
        + "\"author_association\":\"CONTRIBUTOR\"},"
        + "{\"id\":8,\"body\":\"" + marker + "\",\"user\":{\"login\":\"newcomer\",\"type\":\"User\"},"
        + "\"author_association\":\"FIRST_TIME_CONTRIBUTOR\"},"
        + "{\"id\":9,\"body\":\"" + marker + "\",\"user\":{\"login\":\"maintainer\",\"type\":\"User\"},"
        + "\"author_association\":\"MEMBER\"}]");
    Path onlyAuthor = file("author.json", "[{\"id\":7,\"body\":\"" + marker + "\",\"user\":{\"login\":\"mallory\","
        + "\"type\":\"User\"},\"author_association\":\"NONE\"}]");

    // A maintainer's token (a personal access token) writes as a member; the author's copy is skipped.
    assertThat(run("comment-id", marker, page.toString()).out()).isEqualTo("9\n");
    assertThat(run("comment-id", marker, onlyAuthor.toString()).out()).isEmpty();
  }

  @Test
  void bodiesAreJson() throws Exception {
    Path text = file("comment.md", "## vep-lint\n\"quoted\" \\ and ✅\n");

    assertThat(run("json-body", text.toString()).out()).isEqualTo("{\"body\":\"## vep-lint\\n\\\"quoted\\\" \\\\ and ✅\\n\"}");
    assertThat(run("labels-body", "kind/vep").out()).isEqualTo("{\"labels\":[\"kind/vep\"]}");
  }

  @Test
  void aBrokenInputIsOneLineAndExitTwo() throws Exception {
    Result result = run("event", file("bad.json", "{not json").toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err().lines()).hasSize(1).first().asString().startsWith("vep-lint action: event: ");
    assertThat(run("nonsense").status()).isEqualTo(2);
  }
}
