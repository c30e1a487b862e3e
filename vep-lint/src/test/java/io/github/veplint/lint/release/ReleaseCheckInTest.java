package io.github.veplint.lint.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.github.GitHubApi;
import io.github.veplint.lint.github.GitHubStandIn;
import io.github.veplint.model.Corpus;
import io.github.veplint.model.ReleaseVersion;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release check-in against a GitHub stand-in that holds every request and answer to GitHub's
 * published contracts: the test board ({@link TestBoard}) over GraphQL in two pages and as a {@code
 * gh} export, the cross-checks on the real corpus' v1.10 VEPs, and soft failure.
 */
class ReleaseCheckInTest {

  private static final ReleaseVersion V1_10 = new ReleaseVersion(1, 10, -1);
  private static final String TOKEN = "ghp_standInToken0123456789abcdefABCDEF";

  private static GitHubStandIn github;
  private static VepLinter linter;
  private static LintResult corpus;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    github = new GitHubStandIn(TestBoard.organizations(), TestBoard.issues(), TestBoard.repositories(), Map.of());
    linter = VepLinter.builder().today(LocalDate.parse(TestBoard.TODAY)).build();
    corpus = linter.lint(List.of(Corpus.newerEnhancements()));
  }

  @AfterAll
  static void stop() {
    if (github != null) {
      github.close();
    }
  }

  @BeforeEach
  void noFault() {
    github.fault(r -> Optional.empty());
  }

  private static GitHubApi api() {
    return new GitHubApi(github.url(), Optional.of(TOKEN));
  }

  private static Map<String, List<String>> checksByVep(ReleaseView view) {
    Map<String, List<String>> checks = new TreeMap<>();
    for (ReleaseView.Item item : view.veps()) {
      List<String> ids = view.checkIn().checks(item).stream().map(Finding::ruleId).toList();
      if (!ids.isEmpty()) {
        checks.put(item.number().orElseThrow() + "", ids);
      }
    }
    return checks;
  }

  /** What each cross-check finds on the test board, VEP by VEP. */
  private static final Map<String, List<String>> EXPECTED = Map.of(
      "429", List.of("board-no-reviewer"),
      "109", List.of("board-not-implementable"),
      "191", List.of("board-not-implementable", "tracking-issue-closed"),
      "300", List.of("board-not-implementable", "tracking-issue-stale"),
      "455", List.of("board-other-release"),
      "344", List.of("board-not-implementable", "board-target-mismatch"),
      "210", List.of("board-not-implementable"),
      "227", List.of("board-missing"));

  @Test
  void theBoardOverGraphqlInTwoPagesCrossCheckedWithTheCorpus() throws Exception {
    int before = github.requests().size();

    Board board = BoardQuery.read(api(), "kubevirt", 21, 20, BoardSettings.KUBEVIRT);

    List<GitHubStandIn.Request> sent = github.requests().subList(before, github.requests().size());
    assertThat(sent).hasSize(2).allSatisfy(r -> {
      assertThat(r.method() + " " + r.path()).isEqualTo("POST /graphql");
      assertThat(r.authorization()).contains("Bearer " + TOKEN);
    });
    assertThat(new ObjectMapper().readTree(sent.get(1).body()).path("variables").path("cursor").asText()).isEqualTo("cursor:20");
    assertThat(github.violations()).isEmpty();
    assertThat(board.warnings()).isEmpty();
    assertThat(board.items()).hasSize(30);
    assertThat(board.items().get(0).reviewers()).containsExactly("alice");
    assertThat(board.items().get(0).linkedPullRequests()).containsExactly("https://github.com/kubevirt/kubevirt/pull/15001");
    assertThat(board.items().get(0).issue()).hasValueSatisfying(i -> assertThat(i.lastActivity())
        .contains(LocalDate.of(2026, 12, 5)));
    assertThat(board.items().get(8).kind()).isEqualTo(Board.Kind.PULL_REQUEST);

    ReleaseView view = ReleaseChecks.build(corpus, V1_10, Optional.of(board), List.of());

    assertThat(checksByVep(view)).isEqualTo(new TreeMap<>(EXPECTED));
    // 28 VEPs target v1.10 (403 twice, in two directories); 455 is on the board for it, and so is
    // tracking issue 389, which two VEPs of the corpus carry (sig-compute's targets v1.10,
    // sig-storage's disk serials another release): 30 rows.
    assertThat(view.veps()).hasSize(30);
    ReleaseState.Row all = ReleaseState.of(view).rows().get(ReleaseState.of(view).rows().size() - 1);
    assertThat(all.sig()).isEqualTo(ReleaseState.TOTAL);
    assertThat(all.count(BoardSettings.Tracking.TRACKED)).isEqualTo(6);
    assertThat(all.count(BoardSettings.Tracking.AT_RISK)).isEqualTo(2);
    assertThat(all.count(BoardSettings.Tracking.PROPOSED)).isEqualTo(21);
    assertThat(all.count(BoardSettings.Tracking.NOT_TRACKED)).isEqualTo(1);
    ReleaseState.Row meta = ReleaseState.of(view).rows().stream().filter(r -> r.sig().equals(ReleaseView.META))
        .findFirst().orElseThrow();
    assertThat(meta.veps()).isEqualTo(2);

    // Each check points at the VEP's target of the release: VEP 109's "beta for version: v1.10" bullet.
    Finding notImplementable = view.checkIn().checks().stream()
        .filter(f -> f.file().endsWith("109-vgpu-live-migration/vep.md")).findFirst().orElseThrow();
    List<String> lines = Files.readAllLines(Corpus.newerEnhancements().resolve(notImplementable.file()));
    assertThat(lines.get(notImplementable.line() - 1)).contains("beta").contains("v1.10");
    assertThat(notImplementable.message()).startsWith("tracked for v1.10 on the board, but the Release Signoff"
        + " Checklist does not approve the beta target: once the owning SIG approves it, check '(R) Beta target");
    assertThat(message(view, 300, "tracking-issue-stale"))
        .isEqualTo("tracking issue #300 has had no update for 17 days (since 2026-11-20): the author posts this"
            + " week's check-in on it");
    assertThat(message(view, 455, "board-other-release")).startsWith("tracked for v1.10 on the board, but the document"
        + " targets ");
    assertThat(message(view, 344, "board-target-mismatch")).isEqualTo("the board's 'Target Release' is 'v1.11', the"
        + " document targets v1.10 (alpha): correct the board or the document so both name the same release");
    assertThat(message(view, 227, "board-missing")).isEqualTo("the checklist approves the alpha target of v1.10, but"
        + " the VEP is not on the board: the release team adds tracking issue #227 with status 'Tracked'");

    StringWriter markdown = new StringWriter();
    MarkdownReleaseView.write(view, markdown);
    String md = markdown.toString();
    String v152 = "[v" + (view.veps().indexOf(item(view, 152)) + 1) + "]";
    String v429 = "[v" + (view.veps().indexOf(item(view, 429)) + 1) + "]";
    assertThat(md).contains("| **all SIGs** | 30 | 6 | 2 | 21 | 1 |")
        .contains("| [VEP 152]" + v152 + " Support CPUs with DRA | sig-compute | alpha | checklist: alpha target approved"
            + " | Tracked | `@alice` | kubevirt/enhancements#152 (open, 2026-12-05) | kubevirt/kubevirt#15001 |")
        .contains("\n" + v152 + ": https://github.com/kubevirt/enhancements/blob/main/veps/sig-compute/152-cpu-dra/vep.md\n")
        .contains("- [VEP 429]" + v429 + " `board-no-reviewer`: at risk without a VEP reviewer")
        .contains("<details><summary>All 30 VEPs</summary>");
    assertThat(md.getBytes(StandardCharsets.UTF_8).length).isLessThan(16 * 1024);
    assertThat(md).doesNotContain(TOKEN);

    StringWriter json = new StringWriter();
    JsonReleaseView.write(view, json);
    JsonNode tree = new ObjectMapper().readTree(json.toString());
    assertThat(tree.path("checkIn").path("board").asText()).isEqualTo("kubevirt/21");
    JsonNode vep191 = vep(tree, 191);
    assertThat(vep191.path("tracking").asText()).isEqualTo("tracked");
    assertThat(vep191.path("board").path("issue").path("open").asBoolean()).isFalse();
    assertThat(vep191.path("checks").get(1).path("rule").asText()).isEqualTo("tracking-issue-closed");

    String html = HtmlReleaseViewTest.render(view);
    assertThat(html).contains("<tr data-sig=\"sig-compute\"><td><a href=\"https://github.com/kubevirt/enhancements/blob/main/"
        + "veps/sig-compute/152-cpu-dra/vep.md\">VEP 152: Support CPUs with DRA</a></td>")
        .contains("<section id=\"attention\"><h2>Needs attention: 11 cross-checks</h2>")
        .contains("data-person=\"@alice\" data-role=\"reviewing\" data-sig=\"sig-compute\" data-count=\"2\"");
  }

  private static ReleaseView.Item item(ReleaseView view, int number) {
    return view.veps().stream().filter(i -> i.number().equals(Optional.of(number))).findFirst().orElseThrow();
  }

  private static String message(ReleaseView view, int number, String id) {
    return view.checkIn().checks().stream()
        .filter(f -> f.ruleId().equals(id) && f.file().contains("/" + number + "-")).findFirst().orElseThrow().message();
  }

  private static JsonNode vep(JsonNode tree, int number) {
    for (JsonNode v : tree.path("veps")) {
      if (v.path("number").asInt() == number) {
        return v;
      }
    }
    throw new AssertionError("no VEP " + number);
  }

  @Test
  void theSameBoardFromAnExportWithTheTrackingIssuesOverRest() throws Exception {
    Path export = dir.resolve("board.json");
    Files.writeString(export, TestBoard.export());
    int before = github.requests().size();

    Board board = TrackingIssues.read(BoardExport.read(export, BoardSettings.KUBEVIRT), api(), BoardSettings.KUBEVIRT,
        i -> BoardSettings.KUBEVIRT.tracking(i.status()).tracked());

    assertThat(board.warnings()).isEmpty();
    assertThat(board.items()).hasSize(30);
    List<String> calls = new ArrayList<>();
    github.requests().subList(before, github.requests().size()).forEach(r -> calls.add(r.method() + " " + r.path()));
    // Only the tracked and at-risk items in kubevirt/enhancements: not the pull request, not kubevirt/kubevirt#227.
    assertThat(calls).containsExactly("GET /repos/kubevirt/enhancements/issues/152",
        "GET /repos/kubevirt/enhancements/issues/429", "GET /repos/kubevirt/enhancements/issues/109",
        "GET /repos/kubevirt/enhancements/issues/191", "GET /repos/kubevirt/enhancements/issues/300",
        "GET /repos/kubevirt/enhancements/issues/455", "GET /repos/kubevirt/enhancements/issues/344",
        "GET /repos/kubevirt/enhancements/issues/210");
    assertThat(github.violations()).isEmpty();

    ReleaseView view = ReleaseChecks.build(corpus, V1_10, Optional.of(board), List.of());

    assertThat(checksByVep(view)).isEqualTo(new TreeMap<>(EXPECTED));
    assertThat(view.checkIn().board().orElseThrow().source()).isEqualTo("board.json");
  }

  @Test
  void failuresAreWarningsAndTheViewIsMadeFromWhatWasRead() throws Exception {
    github.fault(r -> Optional.of(new GitHubStandIn.Answer(403,
        "{\"message\":\"Resource not accessible by integration\",\"documentation_url\":\"https://docs.github.com\"}")));
    Board forbidden = BoardQuery.read(api(), "kubevirt", 21, 20, BoardSettings.KUBEVIRT);
    assertThat(forbidden.items()).isEmpty();
    assertThat(forbidden.warnings()).containsExactly("board kubevirt/21: POST /graphql: HTTP 403 (Resource not"
        + " accessible by integration); the view is made without the board");

    // A gateway error on the second page keeps the first page.
    github.fault(r -> r.body().contains("cursor:20")
        ? Optional.of(new GitHubStandIn.Answer(502, "<html>Bad gateway</html>")) : Optional.empty());
    Board half = BoardQuery.read(api(), "kubevirt", 21, 20, BoardSettings.KUBEVIRT);
    assertThat(half.items()).hasSize(20);
    assertThat(half.warnings()).containsExactly("board kubevirt/21: POST /graphql: HTTP 502; read 20 items before it");
    ReleaseView partial = ReleaseChecks.build(corpus, V1_10, Optional.of(half), List.of());
    assertThat(partial.checkIn().warnings()).containsExactly(half.warnings().get(0));
    assertThat(partial.veps()).hasSize(30);

    github.fault(r -> Optional.of(new GitHubStandIn.Answer(200,
        "{\"data\":{\"organization\":null},\"errors\":[{\"type\":\"NOT_FOUND\",\"path\":[\"organization\"],"
            + "\"message\":\"Could not resolve to an Organization with the login of 'kubevirt'.\"}]}")));
    Board errors = BoardQuery.read(api(), "kubevirt", 21, 20, BoardSettings.KUBEVIRT);
    assertThat(errors.warnings()).containsExactly("board kubevirt/21: POST /graphql: GraphQL error: Could not resolve"
        + " to an Organization with the login of 'kubevirt'.; the view is made without the board");

    github.fault(r -> Optional.of(new GitHubStandIn.Answer(403, "{\"message\":\"API rate limit exceeded\"}")));
    Path export = dir.resolve("board.json");
    Files.writeString(export, TestBoard.export());
    Board exported = TrackingIssues.read(BoardExport.read(export, BoardSettings.KUBEVIRT), api(), BoardSettings.KUBEVIRT,
        i -> true);
    assertThat(exported.items()).hasSize(30).allSatisfy(i -> assertThat(i.issue()).isEmpty());
    assertThat(exported.warnings()).containsExactly("tracking issues: GET /repos/kubevirt/enhancements/issues/152:"
        + " HTTP 403 (API rate limit exceeded); the view is made without the issues' state");

    Files.writeString(export, "{\"items\": [");
    assertThat(BoardExport.read(export, BoardSettings.KUBEVIRT).warnings()).singleElement().asString()
        .startsWith(export + ": cannot read the board export (");
    assertThat(github.violations()).isEmpty();
  }

  private static Map<Integer, List<String>> linkedUrls() {
    Map<Integer, List<String>> urls = new TreeMap<>();
    TestBoard.LINKED.forEach((vep, pulls) -> urls.put(vep,
        pulls.stream().map(n -> "https://github.com/kubevirt/kubevirt/pull/" + n).toList()));
    return urls;
  }

  @Test
  void linkedPullsFromTheCodePullRequestsBodiesPageByPage() throws Exception {
    int before = github.requests().size();

    LinkedPulls.Result pulls = LinkedPulls.read(api(), "kubevirt/kubevirt", LocalDate.parse(TestBoard.TODAY), 2);

    List<GitHubStandIn.Request> sent = github.requests().subList(before, github.requests().size());
    // Pages of 2: 15001-15010, 15011-15012, 15013-15014, then 14000, updated more than 180 days ago, ends it.
    assertThat(sent).hasSize(4).allSatisfy(r -> assertThat(r.method() + " " + r.path()).isEqualTo("POST /graphql"));
    assertThat(new ObjectMapper().readTree(sent.get(3).body()).path("variables").path("cursor").asText())
        .isEqualTo("cursor:6");
    assertThat(github.violations()).isEmpty();
    assertThat(pulls.warnings()).isEmpty();
    assertThat(pulls.byVep()).isEqualTo(linkedUrls());

    ReleaseView view = ReleaseBoardSources.view(linter, Corpus.newerEnhancements(), V1_10, "kubevirt/21", null, false,
        Map.of("GITHUB_TOKEN", TOKEN, "GITHUB_API_URL", github.url().toString()));

    assertThat(view.checkIn().warnings()).isEmpty();
    // The newer corpus has no git history: no merge PR is known, so no sign-off is checked.
    assertThat(checksByVep(view)).isEqualTo(new TreeMap<>(EXPECTED));
    assertThat(view.checkIn().linkedPulls(item(view, 152))).containsExactly("https://github.com/kubevirt/kubevirt/pull/15001");
    assertThat(view.checkIn().linkedPulls(item(view, 429))).containsExactly(
        "https://github.com/kubevirt/kubevirt/pull/15010", "https://github.com/kubevirt/kubevirt/pull/15014");
    assertThat(view.checkIn().linkedPulls(item(view, 210))).isEmpty();
    StringWriter markdown = new StringWriter();
    MarkdownReleaseView.write(view, markdown);
    assertThat(markdown.toString()).contains("| kubevirt/enhancements#152 (open, 2026-12-05) | kubevirt/kubevirt#15001 |")
        .contains(" | kubevirt/kubevirt#15010 kubevirt/kubevirt#15014 | ")
        .contains(" | kubevirt/kubevirt#15010 | ")
        .contains(" | kubevirt/kubevirt#15011 | ");
    String html = HtmlReleaseViewTest.render(view);
    assertThat(html).contains("<a href=\"https://github.com/kubevirt/kubevirt/pull/15001\">kubevirt/kubevirt#15001</a>");
    assertThat(github.violations()).isEmpty();
  }

  @Test
  void linkedPullsFailSoft() {
    github.fault(r -> r.body().contains("repository(owner:") && r.body().contains("cursor:2")
        ? Optional.of(new GitHubStandIn.Answer(502, "<html>Bad gateway</html>")) : Optional.empty());
    LinkedPulls.Result half = LinkedPulls.read(api(), "kubevirt/kubevirt", LocalDate.parse(TestBoard.TODAY), 2);
    assertThat(half.byVep()).isEqualTo(Map.of(152, List.of("https://github.com/kubevirt/kubevirt/pull/15001"),
        429, List.of("https://github.com/kubevirt/kubevirt/pull/15010"),
        109, List.of("https://github.com/kubevirt/kubevirt/pull/15010")));
    assertThat(half.warnings()).containsExactly("linked PRs of kubevirt/kubevirt: POST /graphql: HTTP 502; read 2 pull"
        + " requests before it");

    github.fault(r -> r.body().contains("repository(owner:")
        ? Optional.of(new GitHubStandIn.Answer(403, "{\"message\":\"Resource not accessible by integration\"}"))
        : Optional.empty());
    ReleaseView view = ReleaseBoardSources.view(linter, Corpus.newerEnhancements(), V1_10, "kubevirt/21", null, false,
        Map.of("GITHUB_TOKEN", TOKEN, "GITHUB_API_URL", github.url().toString()));
    assertThat(view.checkIn().warnings()).containsExactly("linked PRs of kubevirt/kubevirt: POST /graphql: HTTP 403"
        + " (Resource not accessible by integration); the view is made without them");
    assertThat(view.checkIn().linkedPulls(item(view, 152))).containsExactly("https://github.com/kubevirt/kubevirt/pull/15001");
    assertThat(checksByVep(view)).isEqualTo(new TreeMap<>(EXPECTED));
    assertThat(github.violations()).isEmpty();
  }

  @Test
  void withoutTheNetworkNothingIsSent() {
    int before = github.requests().size();

    ReleaseView view = ReleaseBoardSources.view(linter, Corpus.newerEnhancements(), V1_10, "kubevirt/21", null, false,
        Map.of("GITHUB_API_URL", github.url().toString()));

    assertThat(github.requests()).hasSize(before);
    assertThat(view.checkIn().board()).isEmpty();
    assertThat(view.checkIn().warnings()).containsExactly("--board kubevirt/21: reading the board needs the network:"
        + " pass --allow-network or set GITHUB_TOKEN; the view is made without the board");
    assertThat(view.veps()).hasSize(28);
  }

  /**
   * The command line in its own process, as a workflow runs it: the token from {@code GITHUB_TOKEN}
   * is sent and never printed.
   */
  @Test
  void theCommandLineSendsTheTokenAndNeverPrintsIt() throws Exception {
    Path out = dir.resolve("check-in.md");
    ProcessBuilder process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), "io.github.veplint.lint.cli.VepLintCommand",
        "report", "--release", "v1.10", "--today", TestBoard.TODAY, "--board", "kubevirt/21", "-o", out.toString(),
        Corpus.newerEnhancements().toString()).redirectErrorStream(true);
    process.environment().put("GITHUB_TOKEN", TOKEN);
    process.environment().put("GITHUB_API_URL", github.url().toString());
    Process running = process.start();
    String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(running.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(running.exitValue()).as(output).isZero();
    assertThat(output).doesNotContain(TOKEN).doesNotContain("Exception");
    String md = Files.readString(out);
    assertThat(md).doesNotContain(TOKEN).contains("board: kubevirt/21, 30 items").contains("`board-no-reviewer`");
    assertThat(github.violations()).isEmpty();
  }
}
