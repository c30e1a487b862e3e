package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.cli.InProcessCli.Run;
import io.github.veplint.lint.migrate.NewVep;
import io.github.veplint.model.Corpus;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vep-lint new} then {@code vep-lint check}, in-process, on temporary repositories. */
class NewCommandTest {

  @TempDir Path dir;

  private static Run run(String... args) {
    return InProcessCli.run(args);
  }

  /** A small template of its own kind: front matter with comments, two sections with prompts. */
  static final String HAND_TEMPLATE = """
      ---
      title: Short title   # what it is
      vep-number: NNNN
      creation-date: "YYYY-MM-DD"
      status: provisional # provisional | implementable
      authors:
        - "@github-handle"
      owning-sig: sig-a
      participating-sigs: []
      reviewers:
        - TBD   # after triage
      approvers:
        - TBD
      feature-gate: FeatureName # omit only with a justification
      stage: alpha
      milestone:
        alpha: "v1.x"
      replaces: ""
      superseded-by: ""
      ---

      # VEP #NNNN: Short title

      ## Overview

      <!--
      What it is
      -->

      ## Design

      <!--
      How it works
      -->
      """;

  private Path repo(String template) throws IOException {
    Path root = dir.resolve("repo");
    Files.createDirectories(root.resolve("veps/sig-a/1-one"));
    Files.createDirectories(root.resolve("veps/sig-b"));
    Files.createDirectories(root.resolve("veps/NNNN-vep-template"));
    Files.writeString(root.resolve("veps/NNNN-vep-template/vep.md"), template);
    Files.writeString(root.resolve("veps/sig-a/1-one/vep.md"), "# VEP #1: One\n");
    return root;
  }

  private Path repoWithTemplateFrom(Path corpusRepository, String... sigs) throws IOException {
    Path root = dir.resolve("repo");
    Path template = root.resolve("veps/NNNN-vep-template/vep.md");
    Files.createDirectories(template.getParent());
    Files.copy(corpusRepository.resolve("veps/NNNN-vep-template/vep.md"), template);
    for (String sig : sigs) {
      Files.createDirectories(root.resolve("veps").resolve(sig));
    }
    return root;
  }

  @Test
  void aNewVepFromAHandWrittenTemplatePassesCheck() throws IOException {
    Path root = repo(HAND_TEMPLATE);

    Run created = run("new", "--number", "42", "--sig", "sig-b", "--title", "Live migration: network",
        "--author", "@alice", "--author", "@bob-2", "--today", "2026-11-30", root.toString());

    assertThat(created.err()).isEmpty();
    assertThat(created.status()).isZero();
    Path file = root.resolve("veps/sig-b/42-live-migration-network/vep.md");
    assertThat(created.out()).startsWith("created veps/sig-b/42-live-migration-network/vep.md from veps/NNNN-vep-template/vep.md\n")
        .contains("tracking issue", "VEP number, 42", "vep-lint check veps/sig-b/42-live-migration-network/vep.md");
    List<String> steps = created.out().lines().skip(1).toList();
    assertThat(steps.get(0)).isEqualTo("Next steps:");
    assertThat(steps.get(1)).startsWith("  1. Open the tracking issue");
    String text = Files.readString(file);
    assertThat(text).isEqualTo("""
        ---
        title: "Live migration: network"   # what it is
        vep-number: 42
        creation-date: "2026-11-30"
        status: provisional # provisional | implementable
        authors:
          - "@alice"
          - "@bob-2"
        owning-sig: sig-b
        participating-sigs: []
        reviewers:
          - TBD   # after triage
        approvers:
          - TBD
        feature-gate: TBD  # TODO(author): the gate's KubeVirt name; or remove this key and justify in the body why there is none
        # omit only with a justification
        # stage: alpha
        # milestone:
        #   alpha: "v1.x"
        replaces: ""
        superseded-by: ""
        ---

        # VEP #42: Live migration: network

        ## Overview

        <!--
        What it is
        -->

        ## Design

        <!--
        How it works
        -->
        """);
    Run check = run("check", "--today", "2026-11-30", file.toString());
    assertThat(check.err()).isEmpty();
    assertThat(check.status()).as(check.out()).isZero();
    assertThat(check.out()).doesNotContainPattern(":[0-9]+:[0-9]+  error ").contains("1 file checked").contains(" 0 errors, ");
  }

  @Test
  void aNewVepFromTheNewerKubevirtTemplatePassesCheck() throws IOException {
    Path root = repoWithTemplateFrom(Corpus.newerEnhancements(), "sig-compute", "sig-network", "sig-storage");

    Run created = run("new", "--number", "321", "--sig", "sig-network", "--title", "Passt binding GA",
        "--author", "@octocat", "--feature-gate", "NetworkPasstBinding", "--today", "2026-11-30", root.toString());

    assertThat(created.err()).isEmpty();
    assertThat(created.status()).isZero();
    Path file = root.resolve("veps/sig-network/321-passt-binding-ga/vep.md");
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.subList(0, 6)).containsExactly(
        "---",
        "title: Passt binding GA",
        "vep-number: 321          # equals the tracking issue number; set on issue creation",
        "creation-date: \"2026-11-30\"",
        "status: provisional       # provisional | implementable | implemented |",
        "                          # deferred | rejected | withdrawn | replaced");
    assertThat(lines).contains("  - \"@octocat\"", "owning-sig: sig-network   # sig-compute | sig-network | sig-storage",
        "feature-gate: NetworkPasstBinding # omit field only if VEP body contains explicit opt-out justification",
        "# milestone:", "#   alpha: \"v1.x\"", "# VEP #321: Passt binding GA", "## Graduation Requirements");
    Vep vep = VepParser.parse("veps/sig-network/321-passt-binding-ga/vep.md", Files.readAllBytes(file));
    assertThat(vep.layout()).isEqualTo(Vep.Layout.FRONT_MATTER);
    assertThat(vep.problems()).isEmpty();
    // Every prompt of the template is still there, as a comment.
    String template = Files.readString(root.resolve("veps/NNNN-vep-template/vep.md"));
    assertThat(Files.readString(file)).contains(template.substring(template.indexOf("## Overview")));

    Run check = run("check", "--today", "2026-11-30", file.toString());
    assertThat(check.err()).isEmpty();
    assertThat(check.status()).as(check.out()).isZero();
    assertThat(check.out()).doesNotContainPattern(":[0-9]+:[0-9]+  error ").contains("1 file checked").contains(" 0 errors, ");
  }

  @Test
  void aTemplateInTheOlderProseLayoutStillGetsVep282FrontMatter() throws IOException {
    Path root = repoWithTemplateFrom(Corpus.enhancements(), "sig-compute", "sig-storage");

    Run created = run("new", "--number", "77", "--sig", "sig-storage", "--title", "Volume snapshots",
        "--today", "2026-11-30", root.toString());

    assertThat(created.err()).isEmpty();
    assertThat(created.status()).isZero();
    assertThat(created.out()).contains(", the authors, the feature-gate;");
    Path file = root.resolve("veps/sig-storage/77-volume-snapshots/vep.md");
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.subList(0, 5)).containsExactly(
        "---", "title: Volume snapshots", "vep-number: 77", "creation-date: \"2026-11-30\"", "status: provisional");
    assertThat(lines).contains("owning-sig: sig-storage", "reviewers:", "approvers:", "# VEP #77: Volume snapshots");
    // The front matter replaces the prose metadata: nothing left to contradict it.
    assertThat(lines).doesNotContain("## VEP Status Metadata", "### Target releases", "### Release Signoff Checklist")
        .noneMatch(l -> l.startsWith("- This VEP targets") || l.startsWith("- [ ] (R)"));
    int title = lines.indexOf("# VEP #77: Volume snapshots");
    assertThat(lines.subList(title, title + 3)).containsExactly("# VEP #77: Volume snapshots", "", "## Overview");
    Vep vep = VepParser.parse("veps/sig-storage/77-volume-snapshots/vep.md", Files.readAllBytes(file));
    assertThat(vep.layout()).isEqualTo(Vep.Layout.FRONT_MATTER);
    assertThat(vep.problems()).isEmpty();

    Run check = run("check", "--today", "2026-11-30", file.toString());
    assertThat(check.err()).isEmpty();
    assertThat(check.status()).as(check.out()).isZero();
    assertThat(check.out()).doesNotContainPattern(":[0-9]+:[0-9]+  error ").contains("1 file checked").contains(" 0 errors, ");
  }

  @Test
  void anAuthorWhoFillsTheMilestoneOfANewVepFromTheProseTemplateGetsNoDisagreement() throws IOException {
    Path root = repoWithTemplateFrom(Corpus.enhancements(), "sig-compute");
    assertThat(run("new", "--number", "78", "--sig", "sig-compute", "--title", "Guest hints",
        "--today", "2026-11-30", root.toString()).status()).isZero();
    Path file = root.resolve("veps/sig-compute/78-guest-hints/vep.md");
    String text = Files.readString(file);
    assertThat(text).contains("# stage: alpha", "# milestone:");
    Files.writeString(file, text.replaceFirst("(?m)^# stage: alpha .*$", "stage: alpha")
        .replaceFirst("(?m)^# milestone: .*$", "milestone:\n  alpha: \"v1.9\""));

    Run check = run("check", "--today", "2026-11-30", file.toString());

    assertThat(check.err()).isEmpty();
    assertThat(check.out()).doesNotContain("target-release", "missing-section").contains(" 0 errors, ");
  }

  @Test
  void refusalsAreExitTwoWithOneLineAndWriteNothing() throws IOException {
    Path root = repo(HAND_TEMPLATE);
    Files.createDirectories(root.resolve("veps/sig-b/5-taken"));

    assertRefused(root, "vep-lint: --feature-gate: 'live-migration' is not a KubeVirt feature gate name like LiveMigration",
        "--number", "6", "--sig", "sig-b", "--title", "Other", "--feature-gate", "live-migration");
    assertRefused(root, "vep-lint: --number: VEP 1 already exists (veps/sig-a/1-one); the number is the tracking issue's, one per VEP",
        "--number", "1", "--sig", "sig-b", "--title", "Other");
    assertRefused(root, "vep-lint: veps/sig-b/5-taken: already exists; nothing written",
        "--number", "5", "--sig", "sig-b", "--title", "Taken");
    assertRefused(root, "vep-lint: --sig: unknown SIG 'sig-c' (valid: sig-a, sig-b)",
        "--number", "6", "--sig", "sig-c", "--title", "Other");
    assertRefused(root, "vep-lint: --author: 'alice' is not a GitHub handle like @octocat",
        "--number", "6", "--sig", "sig-b", "--title", "Other", "--author", "alice");
    assertRefused(root, "vep-lint: --author: '@-bad' is not a GitHub handle like @octocat",
        "--number", "6", "--sig", "sig-b", "--title", "Other", "--author", "@-bad");
    assertRefused(root, "vep-lint: --title: '!!!' gives no directory name; pass --slug",
        "--number", "6", "--sig", "sig-b", "--title", "!!!");
    assertRefused(root, "vep-lint: --number: 0 is not a VEP number (the tracking issue's number, 1 or more)",
        "--number", "0", "--sig", "sig-b", "--title", "Other");
    assertThat(Files.list(root.resolve("veps/sig-b")).map(p -> p.getFileName().toString())).containsExactly("5-taken");
  }

  @Test
  void aRepositoryWithoutATemplateIsRefused() throws IOException {
    Path root = repo(HAND_TEMPLATE);
    Files.delete(root.resolve("veps/NNNN-vep-template/vep.md"));

    Run run = run("new", "--number", "9", "--sig", "sig-b", "--title", "X", root.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("vep-lint: ").contains("no VEP template found").hasLineCount(1);
    assertThat(Files.exists(root.resolve("veps/sig-b/9-x"))).isFalse();
  }

  @Test
  void crlfTemplatesGiveCrlfVeps() {
    String crlf = HAND_TEMPLATE.replace("\n", "\r\n");
    String text = NewVep.render(crlf, new NewVep.Request(3, "sig-a", "T", List.of("@a"), java.util.Optional.empty(),
        java.util.Optional.empty(), java.time.LocalDate.of(2026, 1, 2)));
    assertThat(text).contains("vep-number: 3\r\n", "# VEP #3: T\r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
    assertThat(text.getBytes(StandardCharsets.UTF_8)).isNotEmpty();
  }

  @Test
  void helpListsNewAndMigrateDropLegacy() throws IOException {
    assertThat(run("--help").out()).contains("  new ").contains("  migrate ");
    Run help = run("new", "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("--number=N", "--sig=SIG", "--title=TITLE", "--author=@HANDLE", "--feature-gate=NAME",
        "Exit status:");
    assertThat(run("migrate", "--help").out()).contains("--drop-legacy");
    Path root = repo(HAND_TEMPLATE);
    run("new", "--number", "8", "--sig", "sig-b", "--title", "Eight", root.toString());
    // Written through a temporary file and a move: nothing else is left in the directory.
    assertThat(Files.list(root.resolve("veps/sig-b/8-eight")).map(p -> p.getFileName().toString())).containsExactly("vep.md");
  }

  @Test
  void slugsAreLowerCaseWordsOfAtMostSixtyCharacters() {
    assertThat(NewVep.slug("Live Migration: Network & Storage (v2)")).isEqualTo("live-migration-network-storage-v2");
    assertThat(NewVep.slug("a".repeat(30) + " " + "b".repeat(40))).isEqualTo("a".repeat(30));
  }

  private static void assertRefused(Path root, String message, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "new";
    System.arraycopy(args, 0, all, 1, args.length);
    all[all.length - 1] = root.toString();
    Run run = run(all);
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(message + "\n");
    assertThat(run.out()).isEmpty();
  }
}
