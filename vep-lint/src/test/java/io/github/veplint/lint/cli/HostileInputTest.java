package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.VepLinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input through the in-process command line ({@link VepLintCommand#run}): every
 * case finishes within {@link #BOUND} (a hang guard, not a performance assertion), exits 1 with a
 * finding that names the file and line or 2 with a one-line error, writes nothing into the linted
 * tree and prints no stack trace without {@code --debug}. Fixtures are generated here, in temporary
 * directories. {@link HostileInputIT} runs a few of the same cases through the real jar.
 */
class HostileInputTest {

  /** Generous: the slowest case (a 50 MiB file) takes a few seconds on a loaded 2-core machine. */
  static final Duration BOUND = Duration.ofSeconds(60);

  static final String VEP = "veps/sig-a/1-one/vep.md";
  static final String FRONT = "---\ntitle: One\nstatus: provisional\nowning-sig: sig-a\n";

  @TempDir Path work;

  record Run(int exitCode, String out, String err) {
    /** Nothing on standard error looks like a Java stack trace. */
    Run noStackTrace() {
      assertThat(err).doesNotContain("\tat ").doesNotContain("Exception in thread");
      assertThat(out).doesNotContain("\tat ");
      return this;
    }
  }

  // ---------------------------------------------------------------- harness

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        assertTimeoutPreemptively(
            BOUND, () -> VepLintCommand.run(args, new PrintWriter(out), new PrintWriter(err)));
    return new Run(status, out.toString(), err.toString());
  }

  /** Lints {@code repo} in process with a fixed date and plain text output; checks nothing is written. */
  static Run check(Path repo, String... extra) {
    Map<String, String> before = snapshot(repo);
    List<String> args = new ArrayList<>(List.of("check", "--today", "2026-11-25", "--no-color"));
    args.addAll(Arrays.asList(extra));
    args.add(repo.toString());
    Run run = cli(args.toArray(String[]::new));
    assertThat(snapshot(repo)).as("the linted tree is unchanged").isEqualTo(before);
    return run.noStackTrace();
  }

  /** Every path under {@code root} (links not followed) with its type, size and modification time. */
  static Map<String, String> snapshot(Path root) {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      paths.forEach(
          p -> {
            try {
              BasicFileAttributes a =
                  Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
              String type = a.isSymbolicLink() ? "link->" + Files.readSymbolicLink(p) : a.isDirectory() ? "dir" : "file";
              entries.put(root.relativize(p).toString(), type + " " + a.size() + " " + a.lastModifiedTime());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  Path repo(String vep) {
    return TestRepository.at(work.resolve("repo")).file(VEP, vep).root();
  }

  Path repoWithBytes(byte[] vep) throws IOException {
    Path root = TestRepository.at(work.resolve("repo")).directory("veps/sig-a/1-one").root();
    Files.write(root.resolve(VEP), vep);
    return root;
  }

  /** The output has a finding of {@code rule} in the VEP at a line (and column) that starts so. */
  static void assertFinding(Run run, String file, String lineColumn, String rule) {
    assertThat(run.out())
        .containsPattern(
            "(?m)^" + java.util.regex.Pattern.quote(file + ":" + lineColumn) + "\\S*\\s+\\w+\\s+" + rule + "\\s");
  }

  static String repeat(String s, int n) {
    return s.repeat(n);
  }

  // ---------------------------------------------------------------- YAML

  @Test
  void billionLaughsIsALimitFindingAtTheFrontMatter() {
    StringBuilder yaml = new StringBuilder(FRONT + "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        yaml.append(j == 0 ? "" : ",").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    Run run = check(repo(yaml + "---\n# VEP #1: One\n"));

    assertThat(run.exitCode()).isEqualTo(1);
    // The limit is crossed at the 11th alias, on the second line of aliases.
    assertFinding(run, VEP, "7:", "frontmatter-syntax");
    assertThat(run.out()).contains("too complex").contains("aliases");
  }

  @Test
  void deepAliasChainIsALimitFinding() {
    StringBuilder yaml = new StringBuilder(FRONT + "x0: &x0 [v]\n");
    for (int i = 1; i < 200; i++) {
      yaml.append("x").append(i).append(": &x").append(i).append(" [*x").append(i - 1).append("]\n");
    }
    Run run = check(repo(yaml + "---\n# VEP #1: One\n"));

    assertThat(run.exitCode()).isEqualTo(1);
    // The 11th alias, on line 16.
    assertFinding(run, VEP, "16:", "frontmatter-syntax");
    assertThat(run.out()).contains("too complex");
  }

  @Test
  void tenThousandDeepYamlFlowNestingIsALimitFinding() {
    Run run = check(repo(FRONT + "deep: " + repeat("[", 10_000) + repeat("]", 10_000) + "\n---\n# VEP #1: One\n"));

    assertThat(run.exitCode()).isEqualTo(1);
    // The line is exact; the column is where SnakeYAML's scanner had read ahead to.
    assertFinding(run, VEP, "5:", "frontmatter-syntax");
  }

  @Test
  void tenThousandDeepYamlMappingNestingIsALimitFinding() {
    Run run = check(repo(FRONT + "deep:\n  " + repeat("{k: ", 10_000) + "v" + repeat("}", 10_000) + "\n---\n# VEP #1: One\n"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertFinding(run, VEP, "6:", "frontmatter-syntax");
    assertThat(run.out()).contains("Nesting Depth exceeded");
  }

  @Test
  void globalTagsAreReportedNeverConstructed() {
    Run run =
        check(
            repo(
                FRONT
                    + "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
                    + " [\"http://127.0.0.1:1/x.jar\"]]]]\n---\n# VEP #1: One\n"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertFinding(run, VEP, "5:4", "frontmatter-syntax");
    assertThat(run.out()).contains("!!javax.script.ScriptEngineManager");
  }

  @Test
  void duplicateKeysAreReportedAtTheSecondKey() {
    Run run = check(repo(FRONT + "status: implementable\n---\n# VEP #1: One\n"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertFinding(run, VEP, "5:1", "frontmatter-syntax");
    assertThat(run.out()).contains("duplicate key 'status' (first on line 3)");
  }

  @Test
  void tabIndentationIsASyntaxFindingWithItsLine() {
    Run run = check(repo(FRONT + "milestone:\n\talpha: v1.6\n---\n# VEP #1: One\n"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertFinding(run, VEP, "6:", "frontmatter-syntax");
  }

  @Test
  void unclosedFrontMatterIsAFindingAtLineOne() {
    Run run = check(repo(FRONT + "# VEP #1: One\n\n## Overview\n"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertFinding(run, VEP, "1:1", "frontmatter-syntax");
    assertThat(run.out()).contains("never closed");
  }

  // ---------------------------------------------------------------- markdown

  @Test
  void tenThousandDeepBlockQuotesAreLinted() {
    Run run = check(repo("# VEP #1: One\n\n" + repeat("> ", 10_000) + "deep\n\n## Overview\n\nx\n"));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).doesNotContain("internal-error");
  }

  @Test
  void tenThousandDeepListsAreALimitFindingAtTheirLine() {
    Run run = check(repo("# VEP #1: One\n\n## Overview\n\n" + repeat("- ", 10_000) + "item\n\n"
        + repeat("1. ", 10_000) + "item\n"));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).doesNotContain("internal-error");
    assertFinding(run, VEP, "5:1", "unreadable-file");
    assertFinding(run, VEP, "7:1", "unreadable-file");
    assertThat(run.out()).contains("nested too deeply");
    // Only what nests deeper than the limit is read as text: the rest of the body is read.
    assertThat(run.out()).doesNotContain("missing '## Overview'");
  }

  @Test
  void deepButReadableNestingKeepsTheBody() {
    Run run = check(repo("# VEP #1: One\n\n" + repeat("> - ", 200) + "x\n\n## Overview\n\n[x](gone.md)\n"),
        "--fail-on", "warning");

    assertThat(run.out()).doesNotContain("internal-error").doesNotContain("nested too deeply");
    assertFinding(run, VEP, "7:1", "broken-link");
  }

  @Test
  void tenThousandDeepInlineNestingIsLinted() {
    // Each paragraph stays under the 32 KiB paragraph limit, so flexmark does parse them.
    String md = "# VEP #1: One\n\n" + repeat("[", 3_000) + "x" + repeat("](y.md)", 3_000) + "\n\n"
        + repeat("*_", 4_000) + "z" + repeat("_*", 4_000) + "\n\n" + repeat("`", 8_000) + "\n";
    Run run = check(repo(md));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).doesNotContain("internal-error");
  }

  @Test
  void fiftyMebibyteVepIsAFindingNotAnOutOfMemoryError() throws IOException {
    byte[] line = "Lorem ipsum dolor sit amet, [a link](x.md) <!-- c --> `code` *em*.\n".getBytes(StandardCharsets.UTF_8);
    byte[] big = new byte[50 << 20];
    for (int i = 0; i < big.length; i += line.length) {
      System.arraycopy(line, 0, big, i, Math.min(line.length, big.length - i));
    }
    byte[] head = "# VEP #1: One\n".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(head, 0, big, 0, head.length);
    Run run = check(repoWithBytes(big));

    assertThat(run.exitCode()).isEqualTo(1);
    assertFinding(run, VEP, "1:1", "unreadable-file");
    assertThat(run.out()).contains("larger than");
  }

  @Test
  void oneMebibyteSingleLineIsALimitFindingAndTheRestIsRead() {
    String line = repeat("word [l](x.md) ", (1 << 20) / 15);
    Run run = check(repo("# VEP #1: One\n\n" + line + "\n\n## Overview\n\n[y](gone.md)\n"), "--fail-on", "warning");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).doesNotContain("internal-error");
    assertFinding(run, VEP, "3:1", "unreadable-file");
    assertThat(run.out()).contains("longer than the 32768");
    assertFinding(run, VEP, "7:1", "broken-link");
    assertThat(run.out()).doesNotContain("'x.md'");
  }

  /**
   * Real design documents have full CRD examples and wide tables: a 44 KB fenced code block and a
   * 43 KB table (one CommonMark paragraph) are read and linted, with no size finding; a broken link
   * in the table's last row is found at its line and column.
   */
  @Test
  void aLargeFencedCodeBlockAndALargeTableAreReadWithNoSizeFinding() {
    StringBuilder md = new StringBuilder("# VEP #1: One\n\n## Design\n\n```yaml\n");
    while (md.length() < 44_000) {
      md.append("      - name: field-").append(md.length()).append("\n        type: string # [x](gone.md)\n");
    }
    md.append("```\n\n| field | meaning | link |\n| --- | --- | --- |\n");
    int tableStart = md.length();
    int row = 0;
    while (md.length() - tableStart < 43_000) {
      md.append("| `field").append(row++).append("` | what the field means for the VM | [doc](#design) |\n");
    }
    int lastRowLine = (int) md.chars().filter(c -> c == '\n').count() + 1;
    md.append("| `last` | the last row | [spec](missing-spec.md) |\n\n## Alternatives\n\nNone.\n");
    Run run = check(repo(md.toString()), "--fail-on", "warning");

    assertThat(run.out()).doesNotContain("unreadable-file").doesNotContain("'gone.md'");
    assertFinding(run, VEP, lastRowLine + ":27", "broken-link");
    assertThat(run.out()).contains("missing-spec.md");
  }

  /**
   * What the markdown parser cannot read in bounded time stays bounded: a paragraph of many short
   * lines, which flexmark re-reads at each line, is a limit finding at its first line; a run of
   * link openers in a long paragraph is read in pieces; a 1 MiB line in a fenced block is code.
   */
  @Test
  void paragraphsTooCostlyToParseAreALimitFindingAndFencedLinesAreCode() {
    // Indented lines continuing one list item's paragraph: flexmark re-reads the paragraph at each.
    String costly = "- ab c\n" + repeat("  ab c\n", 40_000);
    String openers = repeat("[x]( [x]( [x]( [x](\n", 2_000);
    String fenced = "```\n" + repeat("[x](", 1 << 18) + "\n```\n";
    Run run =
        check(
            repo("# VEP #1: One\n\n" + costly + "\n" + openers + "\n" + fenced
                + "\n## Overview\n\n[y](gone.md)\n"),
            "--fail-on", "warning");

    assertFinding(run, VEP, "3:1", "unreadable-file");
    assertThat(run.out()).contains("paragraph of 280007 characters in 40001 lines, 40000 of them indented");
    int after = 3 + 40_001 + 1 + 2_000 + 1 + 3 + 3;
    assertFinding(run, VEP, after + ":1", "broken-link");
    assertThat(run.out()).doesNotContain("longer than the");
  }

  @Test
  void longLinesBelowTheLimitAreRead() {
    String line = repeat("word [l](x.md) ", 2_000);
    Run run = check(repo("# VEP #1: One\n\n" + line + "\n"), "--fail-on", "warning");

    assertThat(run.exitCode()).isEqualTo(1);
    assertFinding(run, VEP, "3:6", "broken-link");
    assertThat(run.out()).doesNotContain("unreadable-file");
  }

  // ---------------------------------------------------------------- bytes and encodings

  @Test
  void binaryVepIsAnUnreadableFileFinding() throws IOException {
    byte[] bytes = new byte[64 * 1024];
    new Random(6).nextBytes(bytes);
    Run run = check(repoWithBytes(bytes));

    assertThat(run.exitCode()).isEqualTo(1);
    assertFinding(run, VEP, "", "unreadable-file");
    assertThat(run.out()).doesNotContain("internal-error");
  }

  @Test
  void invalidUtf8IsAFindingAtTheFirstBadByte() throws IOException {
    byte[] bytes = "# VEP #1: One\n\nok \u00e9\nbad \u00ff here\n".getBytes(StandardCharsets.ISO_8859_1);
    Run run = check(repoWithBytes(bytes));

    assertThat(run.exitCode()).isEqualTo(1);
    assertFinding(run, VEP, "3:4", "unreadable-file");
  }

  @Test
  void utf16WithByteOrderMarkIsAFindingAndStillParsed() throws IOException {
    byte[] text = "# VEP #1: One\n\n## Overview\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    Run run = check(repoWithBytes(bytes));

    assertThat(run.exitCode()).isEqualTo(1);
    assertFinding(run, VEP, "1:1", "unreadable-file");
    assertThat(run.out()).contains("UTF-16").doesNotContain("title-format");
  }

  @Test
  void nulBytesAreAFindingAtTheirPosition() throws IOException {
    Run run = check(repoWithBytes("# VEP #1: One\n\nab\0cd\n".getBytes(StandardCharsets.UTF_8)));

    assertThat(run.exitCode()).isEqualTo(1);
    assertFinding(run, VEP, "3:3", "unreadable-file");
  }

  @Test
  void crlfAndCrOnlyLineEndingsKeepLineNumbers() {
    String lf = FRONT + "status: implementable\n---\n# VEP #1: One\n";
    Run crlf = check(repo(lf.replace("\n", "\r\n")));
    assertFinding(crlf, VEP, "5:1", "frontmatter-syntax");

    Run cr = check(repo(lf.replace("\n", "\r")));
    assertFinding(cr, VEP, "5:1", "frontmatter-syntax");
    assertThat(cr.exitCode()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- file system

  @Test
  void symlinkLoopsAreReportedNotFollowed() throws IOException {
    Path root = repo(TestRepository.CLEAN_VEP);
    Files.createSymbolicLink(root.resolve("veps/sig-a/1-one/loop"), Path.of("."));
    Files.createSymbolicLink(root.resolve("veps/sig-a/2-two"), Path.of("2-two"));
    Files.createSymbolicLink(root.resolve("veps/sig-a/1-one/a.md"), Path.of("b.md"));
    Files.createSymbolicLink(root.resolve("veps/sig-a/1-one/b.md"), Path.of("a.md"));
    Run run = check(root, "--fail-on", "warning");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    // The looping attachments are checked files whose finding says why they cannot be read.
    assertThat(run.out()).doesNotContain("internal-error").contains("3 files checked");
    assertFinding(run, "veps/sig-a/2-two", "1:1", "unreadable-file");
    assertFinding(run, "veps/sig-a/1-one/loop", "1:1", "unreadable-file");
    assertFinding(run, "veps/sig-a/1-one/a.md", "1:1", "unreadable-file");
    assertThat(run.out()).contains("broken or looping symbolic link; not followed");
  }

  @Test
  void symlinksOutOfTheRepositoryAreNeverRead() throws IOException {
    Path outside = Files.createDirectories(work.resolve("outside/sig-x/9-secret"));
    Files.writeString(outside.resolve("vep.md"), "# VEP #9: SECRET-CONTENT\n");
    Files.writeString(work.resolve("outside/secret.md"), "# SECRET-CONTENT\n");
    Path root = repo(TestRepository.CLEAN_VEP + "\nSee [s](s.md) and [p](../../../../outside/secret.md).\n");
    Files.createSymbolicLink(root.resolve("veps/sig-x"), outside.resolve("sig-x"));
    Files.createSymbolicLink(root.resolve("veps/sig-a/1-one/s.md"), work.resolve("outside/secret.md"));
    Files.createSymbolicLink(root.resolve("veps/sig-a/3-link"), outside.resolve("sig-x/9-secret"));
    Run run = check(root, "--format", "json");

    assertThat(run.out()).doesNotContain("SECRET-CONTENT").doesNotContain("9-secret/vep.md");
    assertThat(run.out()).contains("leads outside the repository through a symbolic link");
    assertThat(run.out()).contains("points outside the repository");
    assertThat(run.out()).contains("\"veps/sig-x\"").contains("symbolic link points outside the repository; not followed");
    // Naming the link itself on the command line does not get it read either.
    Run direct = check(root, "--format", "json", root.resolve("veps/sig-a/1-one/s.md").toString());
    assertThat(direct.out() + direct.err()).doesNotContain("SECRET-CONTENT");
  }

  @Test
  void linkToEtcPasswdIsABrokenLinkFindingAndNeverRead() {
    Path root = repo(TestRepository.CLEAN_VEP + "\nSee [p](../../../../etc/passwd) and ![i](../../../../../../../../etc/shadow).\n");
    Run run = check(root, "--fail-on", "warning");

    assertThat(run.exitCode()).isEqualTo(1);
    int line = TestRepository.CLEAN_VEP.split("\n", -1).length + 1;
    assertFinding(run, VEP, line + ":5", "broken-link");
    assertThat(run.out()).contains("link '../../../../etc/passwd' points outside the repository");
    assertThat(run.out()).doesNotContain("root:");
  }

  @Test
  void unreadableFilesAndDirectories() throws IOException {
    Path root = repo(TestRepository.CLEAN_VEP);
    Path file = Files.writeString(root.resolve("veps/sig-a/1-one/notes.md"), "# notes\n");
    Path dir = Files.createDirectories(root.resolve("veps/sig-a/2-two"));
    Files.writeString(dir.resolve("vep.md"), "# VEP #2: Two\n");
    file.toFile().setReadable(false, false);
    dir.toFile().setReadable(false, false);
    dir.toFile().setExecutable(false, false);
    try {
      Assumptions.assumeFalse(
          Files.isReadable(file),
          "running as root (or with CAP_DAC_OVERRIDE): chmod 000 does not stop this user from"
              + " reading; the FIFO and directory-named-vep.md cases below cover unreadable entries");
      Run run = check(root);
      assertThat(run.exitCode()).isEqualTo(1);
      assertFinding(run, "veps/sig-a/1-one/notes.md", "1:1", "unreadable-file");
      assertThat(run.out() + run.err()).contains("veps/sig-a/2-two");
    } finally {
      dir.toFile().setExecutable(true, false);
      dir.toFile().setReadable(true, false);
      file.toFile().setReadable(true, false);
    }
  }

  @Test
  void fifoNamedVepMdDoesNotHang() throws Exception {
    Path root = repo(TestRepository.CLEAN_VEP);
    Path fifo = root.resolve("veps/sig-a/2-two/vep.md");
    Files.createDirectories(fifo.getParent());
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
    Files.createDirectories(root.resolve("veps/sig-a/3-three/vep.md"));

    Run run = check(root);
    Run direct = check(root, fifo.toString());

    // The FIFO and the directory named vep.md are checked files with an unreadable-file finding.
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("3 files checked");
    assertFinding(run, "veps/sig-a/2-two/vep.md", "1:1", "unreadable-file");
    assertFinding(run, "veps/sig-a/3-three/vep.md", "1:1", "unreadable-file");
    assertThat(direct.exitCode()).isIn(0, 1, 2);
    assertThat(direct.err().lines().count()).isLessThanOrEqualTo(1);
  }

  @Test
  void fileNamesWithSpacesUnicodeAndShellMetacharacters() throws IOException {
    String name = "veps/sig-a/1-one/a b ü 名 $(touch pwned) `id` ;|&'\" *.md";
    Path root = repo(TestRepository.CLEAN_VEP);
    Files.writeString(root.resolve(name), "# Notes\n\n[x](missing%20file.md)\n");
    Run run = check(root, "--fail-on", "warning");

    assertThat(run.exitCode()).isEqualTo(1);
    assertFinding(run, name, "3:1", "broken-link");
    assertThat(Files.exists(root.resolve("pwned"))).isFalse();
    Run json = check(root, "--format", "json");
    assertThat(json.out()).contains("a b ü 名 $(touch pwned) `id` ;|&'\\\" *.md");
  }

  // ---------------------------------------------------------------- configuration

  @Test
  void configWithUnknownKeysIsAToolErrorNamingFileAndLine() {
    Path root = repo(TestRepository.CLEAN_VEP);
    TestRepository.at(root).file(".vep-lint.yaml", "vep-roots: [veps]\nrulez:\n  broken-link: off\n");
    Run run = check(root);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).contains(".vep-lint.yaml:2:1").contains("rulez");
  }

  @Test
  void configWithHostileYamlIsAToolErrorNamingFileAndLine() {
    Path root = repo(TestRepository.CLEAN_VEP);
    TestRepository.at(root)
        .file(".vep-lint.yaml", "vep-roots: [veps]\nsigs: !!javax.script.ScriptEngineManager [x]\n");
    Run run = check(root);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).contains(".vep-lint.yaml:2:7");
  }

  @Test
  void configWithABadGlobOrDateIsAToolErrorNotAnInternalError() {
    Path root = repo(TestRepository.CLEAN_VEP);
    TestRepository.at(root)
        .file(".vep-lint.yaml", "overrides:\n  - files: [\"veps/**\", \"veps/meta-VEPs[/**\"]\n    rules: {broken-link: \"off\"}\n");
    Run glob = check(root);
    assertThat(glob.exitCode()).isEqualTo(2);
    assertThat(glob.err().lines().toList()).hasSize(1);
    assertThat(glob.err()).contains(".vep-lint.yaml:2:24").contains("is not a valid glob").doesNotContain("internal error");

    TestRepository.at(root).file(".vep-lint.yaml", "fail-on: error\ntoday: \"2026-02-30\"\n");
    Run date = check(root);
    assertThat(date.exitCode()).isEqualTo(2);
    assertThat(date.err()).contains(".vep-lint.yaml:2:").doesNotContain("internal error");
  }

  @Test
  void configCannotPointTheLinterOutsideTheRepository() throws IOException {
    Path outside = Files.createDirectories(work.resolve("outside/sig-x/9-secret"));
    Files.writeString(outside.resolve("vep.md"), "# VEP #9: SECRET-CONTENT\n## SECRET-SECTION\n");
    Path root = repo(TestRepository.CLEAN_VEP);
    TestRepository.at(root).file(".vep-lint.yaml", "vep-roots: [veps, ../outside]\n");
    Run roots = check(root);
    assertThat(roots.exitCode()).isEqualTo(2);
    assertThat(roots.err()).contains(".vep-lint.yaml:1:").contains("../outside").doesNotContain("SECRET");

    TestRepository.at(root).file(".vep-lint.yaml", "template: ../outside/sig-x/9-secret/vep.md\n");
    Run template = check(root);
    assertThat(template.exitCode()).isEqualTo(2);
    assertThat(template.err()).contains(".vep-lint.yaml:1:").doesNotContain("SECRET");
    assertThat(template.out()).doesNotContain("SECRET");
  }

  @Test
  void configThatIsASymlinkOutOfTheRepositoryIsNotRead() throws IOException {
    Path secret = Files.writeString(work.resolve("secret.yaml"), "SECRET-CONTENT: [\n");
    Path root = repo(TestRepository.CLEAN_VEP);
    Files.createSymbolicLink(root.resolve(".vep-lint.yaml"), secret);
    Run run = check(root);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).contains(".vep-lint.yaml: a symbolic link that leads outside the repository");
    assertThat(run.out() + run.err()).doesNotContain("SECRET");
  }

  @Test
  void scheduleUrlIsNotFetchedWithoutOptInAndGivenUpFastOffline() {
    Path root = repo(TestRepository.CLEAN_VEP);
    String url = "https://127.0.0.1:1/releases/{release}/schedule.yaml";
    TestRepository.at(root).file(".vep-lint.yaml", "schedule: \"" + url + "\"\n");

    // The command line never opens a connection: a URL source is a one-line error naming the file.
    Run run = check(root);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).contains(".vep-lint.yaml: 'schedule': ").contains("network use is opt-in");

    // Embedded with the network allowed, an unreachable host is given up at once: the schedules
    // of another repository are unavailable (vep-freeze warns), and the run goes on.
    VepLinter linter = VepLinter.builder().allowNetwork(true).today(LocalDate.of(2026, 11, 25)).build();
    LintResult result = assertTimeoutPreemptively(BOUND, () -> linter.lint(List.of(root)));
    assertThat(result.findings()).isEmpty();
    assertThat(result.settings().calendar().unavailable()).hasValueSatisfying(why ->
        assertThat(why).contains("127.0.0.1:1"));
  }

  // ---------------------------------------------------------------- report files

  @Test
  void reportToAnExistingDirectoryIsAToolErrorAndLeavesItAlone() throws IOException {
    Path root = repo(TestRepository.CLEAN_VEP);
    Path directory = Files.createDirectories(work.resolve("reports/empty"));
    Run run = check(root, "--format", "json=" + directory);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).contains(directory + ": cannot write report: it is a directory");
    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void reportUnderAFileIsAToolErrorWritingNothing() throws IOException {
    Path root = repo(TestRepository.CLEAN_VEP);
    Path blocker = Files.writeString(work.resolve("not-a-dir"), "x");
    Path file = blocker.resolve("sub/report.json");
    Map<String, String> before = snapshot(work.resolve("not-a-dir").getParent().resolve("repo"));
    Run run = check(root, "--format", "sarif=" + file);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).contains(file + ": cannot write report: " + blocker + " is not a directory");
    assertThat(Files.readString(blocker)).isEqualTo("x");
    assertThat(snapshot(root)).isEqualTo(before);
  }

  @Test
  void reportIntoAMissingDirectoryCreatesIt() {
    Path root = repo(TestRepository.CLEAN_VEP);
    Path file = work.resolve("results/sarif/report.sarif");
    Run run = check(root, "--format", "sarif=" + file);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(file).isRegularFile();
  }

  @Test
  void reportThroughASymbolicLinkIsAToolErrorAndTheTargetIsUntouched() throws IOException {
    Path root = repo(TestRepository.CLEAN_VEP);
    Path target = Files.writeString(work.resolve("precious.txt"), "keep me\n");
    Path link = Files.createSymbolicLink(work.resolve("report.json"), target);
    Map<String, String> before = snapshot(work);
    Run run = check(root, "--format", "json=" + link);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).contains(link + ": cannot write report: it is a symbolic link");
    assertThat(Files.readString(target)).isEqualTo("keep me\n");
    assertThat(snapshot(work)).isEqualTo(before);
  }

  @Test
  void reportIsWrittenWholeWithNoTemporaryFileLeft() throws IOException {
    Path root = repo(TestRepository.CLEAN_VEP);
    Path reports = Files.createDirectories(work.resolve("reports"));
    Run run = check(root, "--format", "junit=" + reports.resolve("r.xml"));

    assertThat(run.exitCode()).isZero();
    try (Stream<Path> files = Files.list(reports)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("r.xml");
    }
    assertThat(Files.readString(reports.resolve("r.xml"))).startsWith("<?xml").endsWith(">\n");
  }

  // ---------------------------------------------------------------- errors and stack traces

  @Test
  void missingPathIsOneLineWithoutStackTraceUnlessDebug() {
    Path missing = work.resolve("nope");
    Run run = cli("check", missing.toString()).noStackTrace();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).contains(missing + ": no such file or directory");

    Run debug = cli("check", "--debug", missing.toString());
    assertThat(debug.exitCode()).isEqualTo(2);
    assertThat(debug.err()).contains("\tat ");
  }
}
