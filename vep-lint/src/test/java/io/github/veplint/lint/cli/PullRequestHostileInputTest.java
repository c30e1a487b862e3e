package io.github.veplint.lint.cli;

import static io.github.veplint.lint.cli.HostileInputTest.assertFinding;
import static io.github.veplint.lint.cli.HostileInputTest.check;
import static io.github.veplint.lint.cli.HostileInputTest.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.cli.HostileInputTest.Run;
import io.github.veplint.lint.config.PathOverride;
import io.github.veplint.lint.config.RuleSetting;
import io.github.veplint.model.Section;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbered findings of "A pull request is hostile input" (issue 25) that concern what a pull
 * request puts into the repository (files, links, configuration, schedules) and what the writing
 * commands replace, one test per item, named after it. Fixtures are made here, in temporary
 * directories; network cases use a server on 127.0.0.1 that the test starts.
 */
class PullRequestHostileInputTest {

  private static final String VEP = "veps/sig-a/1-one/vep.md";

  @TempDir Path work;

  private Path repo() {
    return TestRepository.at(work.resolve("repo")).file(VEP, TestRepository.CLEAN_VEP).root();
  }

  private static boolean mkfifo(Path path) throws IOException, InterruptedException {
    Files.createDirectories(path.getParent());
    return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
  }

  // ------------------------------------------------------------------ 4

  /**
   * A vep.md that cannot be opened is a finding on its path and counts as checked: a link out of
   * the repository, a dangling link, a link loop, a FIFO, /dev/zero, a directory named vep.md, also
   * alone in its SIG and as an attachment. Nothing behind a link is read.
   */
  @Test
  void item04_unreadableVepMdIsAFinding() throws Exception {
    Path root = repo();
    Path secret = Files.writeString(work.resolve("secret.md"), "# VEP #9: SECRET-CONTENT\n");
    Map<String, String> unreadable = new java.util.LinkedHashMap<>();
    link(root, "veps/sig-a/2-out/vep.md", secret);
    unreadable.put("veps/sig-a/2-out/vep.md", "symbolic link points outside the repository");
    link(root, "veps/sig-a/3-dangling/vep.md", Path.of("gone.md"));
    unreadable.put("veps/sig-a/3-dangling/vep.md", "broken or looping symbolic link");
    link(root, "veps/sig-a/4-loop/vep.md", Path.of("vep.md"));
    unreadable.put("veps/sig-a/4-loop/vep.md", "broken or looping symbolic link");
    Assumptions.assumeTrue(mkfifo(root.resolve("veps/sig-a/5-fifo/vep.md")), "mkfifo is not available");
    unreadable.put("veps/sig-a/5-fifo/vep.md", "it is a FIFO (named pipe), not a regular file");
    link(root, "veps/sig-a/6-zero/vep.md", Path.of("/dev/zero"));
    unreadable.put("veps/sig-a/6-zero/vep.md", "symbolic link points outside the repository");
    Files.createDirectories(root.resolve("veps/sig-a/7-dir/vep.md"));
    unreadable.put("veps/sig-a/7-dir/vep.md", "it is a directory, not a regular file");
    link(root, "veps/sig-lonely/8-alone/vep.md", secret);
    unreadable.put("veps/sig-lonely/8-alone/vep.md", "symbolic link points outside the repository");
    link(root, "veps/sig-a/1-one/notes.md", Path.of("/etc/passwd"));
    unreadable.put("veps/sig-a/1-one/notes.md", "symbolic link points outside the repository");

    Run run = check(root, "--fail-on", "warning");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("9 files checked").doesNotContain("SECRET-CONTENT").doesNotContain("root:");
    unreadable.forEach((path, why) -> {
      assertFinding(run, path, "1:1", "unreadable-file");
      assertThat(run.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(path) + ":1:1 .*" + java.util.regex.Pattern.quote(why));
    });
    // Each path once: the scan and the reader do not both report it.
    assertThat(run.out().lines().filter(l -> l.startsWith("veps/sig-a/2-out/vep.md:") && l.contains("unreadable-file")))
        .hasSize(1);
    // A single VEP named on the command line is reported the same way.
    Run direct = cli("check", "--today", "2026-11-25", "--no-color", root.resolve("veps/sig-a/2-out/vep.md").toString())
        .noStackTrace();
    assertThat(direct.out()).contains("1 file checked").doesNotContain("SECRET-CONTENT");
    assertFinding(direct, "veps/sig-a/2-out/vep.md", "1:1", "unreadable-file");
  }

  private static void link(Path root, String path, Path target) throws IOException {
    Path link = root.resolve(path);
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, target);
  }

  // ------------------------------------------------------------------ 5

  /**
   * Override globs are matched without backtracking: {@code **?**?**?**?**!} against a
   * 200-character directory name answers at once (java.util.regex took over 90 s), and globs keep
   * the meaning the JDK's glob syntax gives them.
   */
  @Test
  void item05_globsMatchWithoutBacktracking() throws IOException {
    String longName = "1-" + "a".repeat(198);
    Path root = TestRepository.at(work.resolve("repo"))
        .file("veps/sig-a/" + longName + "/vep.md", TestRepository.CLEAN_VEP.replace("# VEP #1: A clean proposal", "# VEP #1: Long"))
        .file(".vep-lint.yaml", "overrides:\n  - files: [\"**?**?**?**?**!\", \"**?**?**?**?**?**?**?**?**?**?**!\"]\n"
            + "    rules:\n      empty-section: off\n")
        .root();

    Instant start = Instant.now();
    Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check(root));
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    assertThat(run.err()).isEmpty();

    PathOverride hostile = new PathOverride(List.of("*".repeat(40) + "?".repeat(40) + "!"), Map.of());
    assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
        assertThat(hostile.matches("veps/" + "a".repeat(5_000) + "/vep.md")).isFalse());

    List<String> globs = List.of("veps/meta-VEPs/**", "**/vep.md", "*.md", "veps/*/1-*/vep.md", "veps/sig-{a,b}/**",
        "veps/sig-[ab]/*/vep.md", "veps/sig-[!a]/*/vep.md", "veps/sig-[a-c]/**", "**", "*", "veps/**/notes?.md",
        "veps/sig-a/1-one/vep.md", "veps/\\*/x.md", "veps/{sig-a/**,sig-b/*/vep.md}", "**/1-*/**", "veps/**.md",
        "veps/**/", "**/*-one/*", "[v]eps/**", "veps/sig-?/*/vep.md", "veps/s*a/**/*.md", "{}", "{a,}**", "a/**/b");
    List<String> paths = List.of("veps/meta-VEPs/282-x/vep.md", "veps/sig-a/1-one/vep.md", "veps/sig-b/2-two/vep.md",
        "veps/sig-c/3-three/notes1.md", "vep.md", "README.md", "veps/*/x.md", "veps/sig-ab/1-one/vep.md",
        "veps/sig-a/1-one/sub/deeper/notes.md", "a/b", "a/x/y/b", "ab", "veps/sig-a", "veps/");
    for (String glob : globs) {
      PathOverride override = new PathOverride(List.of(glob), Map.of("empty-section", RuleSetting.OFF));
      var jdk = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      for (String path : paths) {
        assertThat(override.matches(path)).as(glob + " against " + path).isEqualTo(jdk.matches(Path.of(path)));
      }
    }
  }

  // ------------------------------------------------------------------ 7

  /**
   * Report targets and every writer refuse what is not a regular file or a new path: a FIFO, a
   * character device, a socket (a directory and a link were refused already). One line naming
   * the path, exit 2, and the special file is still what it was.
   */
  @Test
  void item07_writersRefuseSpecialFiles() throws Exception {
    Path root = repo();
    Path targets = Files.createDirectories(work.resolve("targets"));
    Path fifo = targets.resolve("fifo");
    Assumptions.assumeTrue(mkfifo(fifo), "mkfifo is not available");
    Path device = targets.resolve("null");
    boolean haveDevice = new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0;
    Path socket = targets.resolve("socket");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      List<Path> special = new ArrayList<>(List.of(fifo, socket));
      if (haveDevice) {
        special.add(device);
      }
      for (Path target : special) {
        String before = type(target);
        for (Run run : List.of(
            check(root, "--format", "json=" + target),
            cli("report", "--release", "v1.9", "--today", "2026-11-25", "-o", target.toString(), root.toString()))) {
          assertThat(run.exitCode()).as(target + ": " + run.out() + run.err()).isEqualTo(2);
          assertThat(run.err().lines().toList()).hasSize(1);
          assertThat(run.err()).contains(target.toString()).contains("not a regular file");
          assertThat(type(target)).isEqualTo(before);
        }
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
            io.github.veplint.lint.files.AtomicFiles.write(target, new byte[] {1}, java.util.Optional.empty())))
            .isInstanceOf(IOException.class).hasMessageContaining(target.toString());
        assertThat(type(target)).isEqualTo(before);
      }
    }
    try (Stream<Path> left = Files.list(targets)) {
      assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file is left")
          .allSatisfy(name -> assertThat(name).doesNotEndWith(".tmp"));
    }
  }

  private static String type(Path path) throws IOException {
    return Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS).toString();
  }

  // ------------------------------------------------------------------ 8

  /**
   * A schedule URL is read within a total deadline that covers the body, and at most 1 MiB of it
   * is ever read: a server sending one byte a second, and one sending 300 MB, are given up on
   * while reading (the run goes on, vep-freeze warns as for an unreachable schedule).
   */
  @Test
  void item08_scheduleFetchIsBoundedInTimeAndBytes() throws Exception {
    Path root = repo();
    try (Loopback slow = new Loopback(out -> {
          out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
          for (int i = 0; i < 1000; i++) {
            out.write('#');
            out.flush();
            Thread.sleep(1000);
          }
        })) {
      VepLinter linter = VepLinter.builder().allowNetwork(true).schedule(slow.url()).today(LocalDate.of(2026, 11, 25)).build();
      Instant start = Instant.now();
      var calendar = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> linter.lint(List.of(root)).settings().calendar());
      Duration took = Duration.between(start, Instant.now());
      assertThat(took).isLessThan(io.github.veplint.model.schedule.ReleaseSchedules.TIMEOUT.plusSeconds(5));
      assertThat(calendar.unavailable()).hasValueSatisfying(why -> assertThat(why).contains("127.0.0.1").contains("within"));
    }
    try (Loopback huge = new Loopback(out -> {
          out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 314572800\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          byte[] chunk = ("- what: x\n  when: 2026-01-01\n" + "#".repeat(8162) + "\n").getBytes(StandardCharsets.US_ASCII);
          for (long sent = 0; sent < 314_572_800L; sent += chunk.length) {
            out.write(chunk);
          }
        })) {
      VepLinter linter = VepLinter.builder().allowNetwork(true).schedule(huge.url()).today(LocalDate.of(2026, 11, 25)).build();
      var calendar = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> linter.lint(List.of(root)).settings().calendar());
      assertThat(calendar.unavailable()).hasValueSatisfying(why -> assertThat(why).contains("larger than 1 MiB"));
      Thread.sleep(500);
      assertThat(huge.sent()).as("bytes the server could send before the client hung up").isLessThan(32L << 20);
    }
  }

  /** An HTTP server on 127.0.0.1 that answers every request with what {@code respond} writes. */
  private static final class Loopback implements AutoCloseable {
    interface Response {
      void write(OutputStream out) throws Exception;
    }

    private final ServerSocket server;
    private final AtomicLong sent = new AtomicLong();
    private final Thread thread;

    Loopback(Response respond) throws IOException {
      server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
      thread = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            StringBuilder request = new StringBuilder();
            while (request.indexOf("\r\n\r\n") < 0) {
              int n = in.read(buffer);
              if (n < 0) {
                break;
              }
              request.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
            OutputStream counting = new OutputStream() {
              private final OutputStream out = socket.getOutputStream();

              @Override
              public void write(int b) throws IOException {
                out.write(b);
                sent.incrementAndGet();
              }

              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                sent.addAndGet(len);
              }

              @Override
              public void flush() throws IOException {
                out.flush();
              }
            };
            respond.write(counting);
          } catch (Exception e) {
            // The client hung up, or the server was closed: serve the next one.
          }
        }
      });
      thread.setDaemon(true);
      thread.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getLocalPort() + "/releases/{release}/schedule.yaml";
    }

    long sent() {
      return sent.get();
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }

  // ------------------------------------------------------------------ 9

  /**
   * Hostile configuration values are one-line errors with file, line and column, never an internal
   * error: numbers too large for any type, releases and dates out of range, values of the wrong
   * shape, in every key that takes a value.
   */
  @Test
  void item09_hostileConfigValuesAreFileLineErrors() {
    List<String> configs = List.of(
        "fail-on: 1e999\n",
        "fail-on: -1e999\n",
        "fail-on: .nan\n",
        "fail-on: 99999999999999999999999\n",
        "template:\n  required-from:\n    \"Overview\": v99999999999999999999.1\n",
        "template:\n  required-from:\n    \"Overview\": 99999-01-01\n",
        "template:\n  required-from:\n    \"Overview\": 2026-02-30\n",
        "template:\n  enforce-current-from: v99999999999999999999.1\n",
        "template:\n  file: veps/NNNN-vep-template/vep.md\n  generations:\n    - file: a.md\n      date: 2026-02-30\n",
        "template:\n  file: veps/NNNN-vep-template/vep.md\n  generations:\n    - file: a.md\n      date: 99999-01-01\n",
        "today: 1e999\n",
        "today: 2026-02-30\n",
        "today: 99999999-01-01\n",
        "freeze-exceptions:\n  v1.9: [99999999999999999999]\n",
        "freeze-exceptions:\n  v1.9: [1e999]\n",
        "freeze-exceptions:\n  v1.9: [-1]\n",
        "sigs: [1e999]\n",
        "vep-roots: [1e999]\n",
        "rules:\n  empty-section: 1e999\n",
        "schedule: 1e999\n",
        "status-transitions:\n  provisional: [1e999]\n",
        "overrides:\n  - files: [1e999]\n    rules:\n      empty-section: 1e999\n",
        "template:\n  changed-must-be-current: 1e999\n");
    for (String config : configs) {
      Path root = TestRepository.at(work.resolve("repo-" + Integer.toHexString(config.hashCode())))
          .file(VEP, TestRepository.CLEAN_VEP).file(".vep-lint.yaml", config).root();
      Run run = check(root);
      assertThat(run.exitCode()).as(config + run.out() + run.err()).isEqualTo(2);
      assertThat(run.err().lines().toList()).as(config).hasSize(1);
      assertThat(run.err()).as(config).doesNotContainIgnoringCase("internal error").doesNotContain("Exception");
      if (!config.startsWith("vep-roots") && !config.startsWith("schedule")) {
        // A directory named 1e999 may exist: a missing VEP root or schedule source is named with
        // its key instead ("no VEP root found (looked for 1e999/)", ".vep-lint.yaml: 'schedule': …").
        assertThat(run.err()).as(config).containsPattern("\\.vep-lint\\.yaml:\\d+:\\d+: ");
      }
    }
  }

  // ------------------------------------------------------------------ 10

  /**
   * {@code schedule:} never reads through a symbolic link that leads out of the repository, nor a
   * file that is not a release's {@code schedule.yaml}; what lies outside is never quoted back.
   */
  @Test
  void item10_scheduleNeverFollowsLinksOutOfTheRepository() throws IOException {
    Path outside = Files.createDirectories(work.resolve("outside/v1.9"));
    Files.writeString(outside.resolve("schedule.yaml"), "- what: SECRET-VALUE\n  when: [SECRET-TOKEN\n");
    Files.writeString(work.resolve("outside/environ"), "TOKEN=SECRET-TOKEN: [\n");
    Path root = repo();
    link(root, "sched-dir-link", work.resolve("outside"));
    link(root, "sched-file-link/v1.9/schedule.yaml", work.resolve("outside/v1.9/schedule.yaml"));
    link(root, "sched-release-link/v1.9", outside);
    link(root, "sched-environ/v1.9/schedule.yaml", work.resolve("outside/environ"));
    link(root, "sched-proc/v1.9/schedule.yaml", Path.of("/proc/self/environ"));
    for (String source : List.of("sched-dir-link", "sched-file-link", "sched-file-link/v1.9/schedule.yaml",
        "sched-release-link", "sched-environ", "sched-proc", "sched-proc/v1.9/schedule.yaml")) {
      TestRepository.at(root).file(".vep-lint.yaml", "schedule: " + source + "\n");
      Run run = check(root);
      assertThat(run.exitCode()).as(source + ": " + run.out() + run.err()).isEqualTo(2);
      assertThat(run.err().lines().toList()).as(source).hasSize(1);
      assertThat(run.err()).as(source).contains(".vep-lint.yaml").contains("symbolic link")
          .doesNotContain("SECRET").doesNotContain("PATH=").doesNotContain("HOME=");
    }
    // A file that is no release's schedule.yaml is not read either.
    Files.writeString(Files.createDirectories(root.resolve("notes/v1.9")).resolve("passwd"), "root: [SECRET\n");
    TestRepository.at(root).file(".vep-lint.yaml", "schedule: notes/v1.9/passwd\n");
    Run run = check(root);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("schedule.yaml").doesNotContain("SECRET");
  }

  // ------------------------------------------------------------------ 11

  /**
   * Lists, tables and runs of headings over the old paragraph limit are read, linearly: a broken
   * link inside each is reported at its line, the headings are all there, and nothing is reported
   * as more than vep-lint reads.
   */
  @Test
  void item11_largeListsTablesAndHeadingRunsAreRead() {
    StringBuilder list = new StringBuilder();
    for (int i = 0; list.length() < 126_000; i++) {
      list.append("- item ").append(i).append(" of a long list of requirements, each with a few words of text\n");
    }
    StringBuilder table = new StringBuilder("| field | meaning | link |\n| --- | --- | --- |\n");
    for (int i = 0; table.length() < 137_000; i++) {
      table.append("| `field").append(i).append("` | what the field means for the virtual machine | [doc](#design) |\n");
    }
    StringBuilder headings = new StringBuilder();
    for (int i = 0; i < 1_500; i++) {
      headings.append("### Heading ").append(i).append("\nline ").append(i).append(" of text here and there\n");
    }
    assertThat(list.length()).isGreaterThan(126_000);
    assertThat(headings.length()).isGreaterThan(60_000);
    for (String block : List.of(list.toString(), table.toString(), headings.toString())) {
      String broken = block.startsWith("|") ? "| `last` | the last row | [spec](missing-spec.md) |\n"
          : block.startsWith("-") ? "- the last item [spec](missing-spec.md)\n" : "see [spec](missing-spec.md)\n";
      String head = "# VEP #1: One\n\n## Design\n\n";
      String markdown = head + block + broken + "\n## Alternatives\n\nNone.\n";
      int brokenLine = (int) (head + block).chars().filter(c -> c == '\n').count() + 1;
      Path root = TestRepository.at(work.resolve("repo-" + block.charAt(0))).file(VEP, markdown).root();

      Instant start = Instant.now();
      Run run = check(root, "--fail-on", "warning");
      Vep vep = VepParser.parse(VEP, markdown.getBytes(StandardCharsets.UTF_8));
      assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));

      assertThat(run.out()).doesNotContain("more than vep-lint reads").doesNotContain("unreadable-file");
      assertThat(run.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(VEP + ":" + brokenLine + ":")
          + "\\d+\\s+\\w+\\s+broken-link\\s.*missing-spec\\.md");
      List<String> titles = vep.sections().stream().flatMap(s -> s.flatten().stream()).map(Section::text).toList();
      assertThat(titles).contains("Design", "Alternatives");
      if (block == headings.toString()) {
        assertThat(titles).contains("Heading 0", "Heading 749", "Heading 1499").hasSize(1_503);
      }
    }
  }

  // ------------------------------------------------------------------ 12

  /**
   * Temporary files a killed writer left next to a VEP are removed by the next writing run: the
   * older {@code .vep.md<digits>.tmp} names and vep-lint's own names of a process that is gone;
   * another program's hidden files, and a temporary file of a writer still running, stay.
   */
  @Test
  void item12_staleTemporaryFilesAreRemovedByTheNextWritingRun() throws Exception {
    Path root = repo();
    Path directory = root.resolve("veps/sig-a/1-one");
    FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
    Path legacy = Files.writeString(directory.resolve(".vep.md8123456789012345678.tmp"), "half a VEP");
    Files.setLastModifiedTime(legacy, old);
    long deadPid = deadPid();
    Path dead = Files.writeString(directory.resolve(".vep.md.vep-lint-" + deadPid + "-42.tmp"), "half");
    Path live = Files.writeString(directory.resolve(".vep.md.vep-lint-" + ProcessHandle.current().pid() + "-7.tmp"), "x");
    Path fresh = Files.writeString(directory.resolve(".vep.md1234.tmp"), "being written right now");
    Path foreign = Files.writeString(directory.resolve(".vep.md.swp"), "an editor's");
    Files.setLastModifiedTime(foreign, old);

    Run dry = cli("fix", "--dry-run", "--today", "2026-11-25", root.toString());
    assertThat(dry.exitCode()).isIn(0, 1);
    assertThat(legacy).exists();
    Run run = cli("fix", "--today", "2026-11-25", root.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isIn(0, 1);
    assertThat(legacy).doesNotExist();
    assertThat(dead).doesNotExist();
    assertThat(live).exists();
    assertThat(fresh).exists();
    assertThat(foreign).exists();
  }

  private static long deadPid() {
    for (long pid = 4_000_000; ; pid--) {
      if (ProcessHandle.of(pid).isEmpty()) {
        return pid;
      }
    }
  }

  // ------------------------------------------------------------------ 13

  /**
   * A configuration holding only comments is an empty one; configuration errors speak of the
   * configuration, not front matter; a misplaced VEP directory is one file checked with findings
   * in that one file.
   */
  @Test
  void item13_commentOnlyConfigAndOneFileCounts() {
    Path root = repo();
    TestRepository.at(root).file(".vep-lint.yaml", "# nothing configured yet\n---\n# still nothing\n");
    Run comment = check(root);
    assertThat(comment.exitCode()).as(comment.err()).isZero();

    TestRepository.at(root).file(".vep-lint.yaml", "rules: [\n");
    Run broken = check(root);
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.err()).contains(".vep-lint.yaml:").doesNotContain("front matter");
    TestRepository.at(root).file(".vep-lint.yaml", "- a\n- b\n");
    Run list = check(root);
    assertThat(list.exitCode()).isEqualTo(2);
    assertThat(list.err()).contains(".vep-lint.yaml:").doesNotContain("front matter");

    Path bad = TestRepository.at(work.resolve("bad"))
        .file("veps/Bad_Dir/sub/vep.md", "# VEP #5: Sub\n\n## Overview\n\nText.\n").root();
    Run run = check(bad);
    assertThat(run.out()).containsPattern("1 file checked, 1 with findings");
  }

  // ------------------------------------------------------------------ 20

  /**
   * SARIF, Checkstyle and JUnit name files relative to the git repository's root, not to the
   * directory holding {@code veps/}; JUnit has one test case per finding with file and line. The
   * SARIF log still validates against the SARIF 2.1.0 schema.
   */
  @Test
  void item20_machineReportsUseRepositoryRootPaths() throws IOException {
    Path git = work.resolve("git");
    Files.createDirectories(git.resolve(".git"));
    Path vepRoot = TestRepository.at(git.resolve("docs/enhancements"))
        .file("veps/sig-a/1-one/vep.md", "# VEP 1 One\n\n## Overview\n\n[x](gone.md)\n").root();
    Path reports = Files.createDirectories(work.resolve("reports"));
    Run run = check(vepRoot, "--format", "sarif=" + reports.resolve("r.sarif"), "--format",
        "checkstyle=" + reports.resolve("r.xml"), "--format", "junit=" + reports.resolve("junit.xml"));
    assertThat(run.err()).isEmpty();
    String expected = "docs/enhancements/veps/sig-a/1-one/vep.md";

    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var log = mapper.readTree(reports.resolve("r.sarif").toFile());
    var results = log.path("runs").get(0).path("results");
    assertThat(results.size()).isPositive();
    results.forEach(result -> assertThat(result.path("locations").get(0).path("physicalLocation")
        .path("artifactLocation").path("uri").asText()).isEqualTo(expected));
    String sarifDirectory = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/";
    var schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V7,
            b -> b.schemaMappers(m -> m.mapPrefix(sarifDirectory, "classpath:schema/")))
        .getSchema(com.networknt.schema.SchemaLocation.of(sarifDirectory + "sarif-schema-2.1.0.json"),
            com.networknt.schema.SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    assertThat(schema.validate(log)).isEmpty();

    assertThat(Files.readString(reports.resolve("r.xml"))).contains("<file name=\"" + expected + "\">")
        .doesNotContain("name=\"veps/");
    String junit = Files.readString(reports.resolve("junit.xml"));
    assertThat(junit).contains("file=\"" + expected + "\" line=\"1\"").contains("file=\"" + expected + "\" line=\"5\"")
        .contains("name=\"broken-link at 5:1\"").doesNotContain("file=\"veps/");
    long findings = results.size();
    assertThat(junit.split("<testcase ", -1).length - 1L).as("one test case per finding").isEqualTo(findings);
  }
}
