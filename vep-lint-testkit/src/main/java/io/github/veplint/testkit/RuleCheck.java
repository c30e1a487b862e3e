package io.github.veplint.testkit;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.fix.VepFixer;
import io.github.veplint.lint.spi.Rule;
import io.github.veplint.model.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Tests a rule on a Markdown fixture whose HTML comments say which findings it must raise:
 *
 * <pre>{@code
 * RuleCheck.of(new RequireRisksSection())
 *     .at("veps/sig-compute/1-example/vep.md")
 *     .today("2026-11-25")
 *     .verify("""
 *         <!-- expect: require-risks "add a '## Risks' section" -->
 *         # VEP #1: Example
 *
 *         ## Overview
 *         """);
 * }</pre>
 *
 * <p>The check writes the fixture, and any {@link #file extra files}, into a fresh temporary
 * repository (a git repository with one commit, the run's base, when {@link #baseFile} gives a
 * base revision), lints it with the real engine ({@link VepLinter} with exactly the given rules, so
 * configuration, severities, suppressions and {@code unused-suppression} apply as in a run), deletes
 * the repository, and compares. It passes when every expectation is met by exactly one finding and
 * every finding of the run, in any file, is expected. Notices ({@link LintResult#notices()}) are
 * about the run, not a place, and are never compared.
 *
 * <h2>The marker grammar</h2>
 *
 * <pre>
 * marker      = "&lt;!--" [ws] "expect:" ws rule-id *(ws attribute) [ws] "--&gt;"
 * rule-id     = [A-Za-z0-9] *[A-Za-z0-9._-]
 * attribute   = message / position / severity       ; each at most once, in any order
 * message     = DQUOTE *( char / "\" char ) DQUOTE   ; a text the message contains; \" and \\ escape
 * position    = "@" line [":" column] / "@:" column  ; 1-based, in fixture lines
 * severity    = "severity=" ( "error" / "warning" / "info" )
 * </pre>
 *
 * <ul>
 *   <li><b>Which line.</b> A marker alone on its line (white space around it is allowed, and
 *       several markers may share the line) expects its finding on the next line that is not
 *       itself a marker line, so markers stack above the line they are about. A marker at the end
 *       of a line with other text expects its finding on that line. {@code @LINE} names the line
 *       instead; it counts fixture lines as an editor shows them, markers included.
 *   <li><b>Which column.</b> Any column, unless {@code @LINE:COLUMN} or {@code @:COLUMN} (the
 *       marker's line, that column) gives one.
 *   <li><b>Severity</b> is the finding's after configuration; any when not given.
 *   <li>A marker lies on one line, ends at the first {@code -->} (so a message text cannot hold
 *       {@code -->}), and only white space or other markers may follow it on its line. Anything
 *       else, an unknown attribute or a marker with no line after it is an {@link
 *       IllegalArgumentException} naming the fixture line.
 * </ul>
 *
 * <p><b>The linter never sees a marker.</b> VEP rules read HTML comments (suppressions, the
 * template's prompts, whether a section has content), so a marker left in the text could change
 * the verdict under test, and even a blanked line splits a paragraph or ends a list. So a marker
 * line is removed with its line, a marker at the end of a line is cut with the white space before
 * it, and the findings' lines are translated back to fixture lines. Markers are recognised
 * everywhere, front matter and code blocks included, in the fixture and in every extra {@code
 * .md} file; other files are written as given.
 *
 * <p>A {@code RuleCheck} is immutable: each setter returns a new one, so a test class can keep a
 * configured check in a constant and vary it per test.
 */
public final class RuleCheck {

  /** Where a fixture is linted unless {@link #at} says otherwise: a VEP main file. */
  public static final String DEFAULT_PATH = "veps/sig-compute/1-example/vep.md";

  private final List<Rule> rules;
  private final String path;
  private final Map<String, String> files;
  private final Optional<LocalDate> today;
  private final List<Consumer<VepLinter.Builder>> linterSettings;
  /** The files of the base revision; empty: no base, and no git repository. */
  private final Map<String, String> baseFiles;

  private RuleCheck(List<Rule> rules, String path, Map<String, String> files, Optional<LocalDate> today,
      List<Consumer<VepLinter.Builder>> linterSettings, Map<String, String> baseFiles) {
    this.rules = List.copyOf(rules);
    this.path = path;
    this.files = files;
    this.today = today;
    this.linterSettings = List.copyOf(linterSettings);
    this.baseFiles = baseFiles;
  }

  /**
   * A check that runs exactly these rules (and the engine's own, such as {@code unused-suppression}).
   *
   * @param rule the rule under test
   * @param more rules that run with it, e.g. one whose findings the fixture also expects
   * @return the check, linting at {@value #DEFAULT_PATH} with no other file
   */
  public static RuleCheck of(Rule rule, Rule... more) {
    List<Rule> rules = new ArrayList<>();
    rules.add(Objects.requireNonNull(rule, "rule"));
    rules.addAll(Arrays.asList(more));
    return new RuleCheck(rules, DEFAULT_PATH, Map.of(), Optional.empty(), List.of(), Map.of());
  }

  /**
   * Lints the fixture at this repository-relative path (default {@value #DEFAULT_PATH}).
   *
   * @param relativePath where the fixture lies in the repository, with {@code /}
   * @return a check like this one, at that path
   */
  public RuleCheck at(String relativePath) {
    return new RuleCheck(rules, checkPath(relativePath), files, today, linterSettings, baseFiles);
  }

  /**
   * Writes another file into the repository: a second VEP, an attachment a link points to, a
   * template, a {@code .vep-lint.yaml}. A {@code .md} file may carry expect markers of its own;
   * a file at the fixture's own path is replaced by the fixture.
   *
   * @param relativePath where the file lies in the repository, with {@code /}
   * @param content the file's text, written as UTF-8
   * @return a check like this one, with that file too
   */
  public RuleCheck file(String relativePath, String content) {
    Map<String, String> more = new LinkedHashMap<>(files);
    more.put(checkPath(relativePath), Objects.requireNonNull(content, "content"));
    return new RuleCheck(rules, path, Map.copyOf(more), today, linterSettings, baseFiles);
  }

  /**
   * Writes the repository's {@code .vep-lint.yaml}.
   *
   * @param yaml the configuration file's text
   * @return a check like this one, with that configuration
   */
  public RuleCheck config(String yaml) {
    return file(".vep-lint.yaml", yaml);
  }

  /**
   * The date date-based rules measure against ({@code --today}), e.g. {@code 2026-11-25}.
   *
   * @param isoDate the date as {@code YYYY-MM-DD}
   * @return a check like this one, on that date
   * @throws java.time.format.DateTimeParseException if it is not such a date
   */
  public RuleCheck today(String isoDate) {
    return today(LocalDate.parse(isoDate));
  }

  /**
   * The date date-based rules measure against ({@code --today}).
   *
   * @param date the run's date
   * @return a check like this one, on that date
   */
  public RuleCheck today(LocalDate date) {
    return new RuleCheck(rules, path, files, Optional.of(date), linterSettings, baseFiles);
  }

  /**
   * Puts a file into the base revision the run compares with, as {@code check --base} does: with
   * at least one base file the temporary repository becomes a git repository whose one commit
   * holds exactly the base files, and the working tree then holds the fixture and the {@link #file
   * files} instead (a base file not among them is deleted in the working tree, a new one is
   * untracked, which {@code --base} counts as changed). The run's base is that commit. Base files
   * are written as given: they are never linted, so they carry no expect markers.
   *
   * <p>For rules that read the base ({@code status-transition}, {@code frontmatter-missing}'s
   * errors for a new VEP), e.g. the fixture's VEP as it was before the pull request: {@code
   * .baseFile(RuleCheck.DEFAULT_PATH, "---\nstatus: provisional\n...")}. A git repository also
   * gives the run what a clone gives it (the template's history, files' first-commit dates).
   *
   * @param relativePath where the file lies in the base revision, with {@code /}
   * @param content the file's text there
   * @return a check like this one, with that file in its base revision
   */
  public RuleCheck baseFile(String relativePath, String content) {
    Map<String, String> more = new LinkedHashMap<>(baseFiles);
    more.put(checkPath(relativePath), Objects.requireNonNull(content, "content"));
    return new RuleCheck(rules, path, files, today, linterSettings, Map.copyOf(more));
  }

  /**
   * Sets anything else of the linter, e.g. {@code b -> b.labels(List.of("freeze-exception"))};
   * the rules are always those of {@link #of}.
   *
   * @param setting what to set on the linter's builder, after the check's own settings
   * @return a check like this one, with that setting too
   */
  public RuleCheck linter(Consumer<VepLinter.Builder> setting) {
    List<Consumer<VepLinter.Builder>> more = new ArrayList<>(linterSettings);
    more.add(Objects.requireNonNull(setting, "setting"));
    return new RuleCheck(rules, path, files, today, more, baseFiles);
  }

  /**
   * Lints the fixture and fails unless its expectations and the findings agree.
   *
   * @param markdown the fixture: a VEP with {@code <!-- expect: ... -->} markers
   * @throws AssertionError listing the missing and unexpected findings with their positions
   * @throws IllegalArgumentException for a malformed marker
   */
  public void verify(String markdown) {
    verified(run(markdown));
  }

  /**
   * Like {@link #verify} with the fixture read (UTF-8) from a class-path resource of the caller,
   * e.g. {@code fixtures/my-rule/bad.md}.
   *
   * @param resource the fixture's resource name, relative to the caller's class
   */
  public void verifyResource(String resource) {
    Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
    verified(run(resource, read(caller, resource)));
  }

  /**
   * Lints the fixture and returns the comparison, without failing.
   *
   * @param markdown the fixture: a VEP with {@code <!-- expect: ... -->} markers
   * @return the expectations, the findings and which of each went unmatched
   */
  public RuleCheckResult run(String markdown) {
    return run(path, markdown);
  }

  private static void verified(RuleCheckResult result) {
    if (!result.passed()) {
      throw new AssertionError(result.failureMessage());
    }
  }

  private RuleCheckResult run(String source, String markdown) {
    Map<String, Fixture> fixtures = new LinkedHashMap<>();
    fixtures.put(path, Fixture.parse(path, markdown));
    for (Map.Entry<String, String> file : files.entrySet()) {
      if (file.getKey().endsWith(".md") && !file.getKey().equals(path)) {
        fixtures.put(file.getKey(), Fixture.parse(file.getKey(), file.getValue()));
      }
    }
    LintResult result = lint(fixtures);
    List<Finding> findings = result.findings().stream()
        .map(f -> toFixtureLines(f, fixtures.get(f.file())))
        .sorted()
        .toList();
    List<Expectation> expectations = fixtures.values().stream()
        .flatMap(f -> f.expectations().stream())
        .sorted(Comparator.comparing(Expectation::file).thenComparingInt(Expectation::line)
            .thenComparingInt(Expectation::markerLine))
        .toList();
    int[] matchOf = match(expectations, findings);
    List<Expectation> missing = new ArrayList<>();
    boolean[] used = new boolean[findings.size()];
    for (int e = 0; e < expectations.size(); e++) {
      if (matchOf[e] < 0) {
        missing.add(expectations.get(e));
      } else {
        used[matchOf[e]] = true;
      }
    }
    List<Finding> unexpected = new ArrayList<>();
    for (int f = 0; f < findings.size(); f++) {
      if (!used[f]) {
        unexpected.add(findings.get(f));
      }
    }
    return new RuleCheckResult(path, source, expectations, findings, missing, unexpected, result.notices());
  }

  private LintResult lint(Map<String, Fixture> fixtures) {
    return inRepository(fixtures, (linter, root) -> linter.lint(List.of(root)));
  }

  /**
   * What {@code vep-lint fix} makes of the fixture: the rules' fixes applied as the command applies
   * them, pass after pass, in a temporary repository holding the fixture (without its expectation
   * markers, as it is linted) and the other files; a fix that moves the fixture returns its
   * content at the new path. Compare it with the text a fix should write, e.g. {@code
   * assertEquals(read("fixtures/my-rule/fixed.md"), check.fixed(read("fixtures/my-rule/bad.md")))}.
   *
   * @param markdown the fixture; its expectation markers are removed before it is fixed
   * @return the fixture's text after every fix
   */
  public String fixed(String markdown) {
    Map<String, Fixture> fixtures = new LinkedHashMap<>();
    fixtures.put(path, Fixture.parse(path, markdown));
    return inRepository(fixtures, (linter, root) -> {
      VepFixer.Report report = new VepFixer(linter).fix(List.of(root), false);
      String now = report.changes().stream().filter(c -> c.file().equals(path)).map(VepFixer.FileChange::path)
          .findFirst().orElse(path);
      try {
        return Files.readString(root.resolve(now), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private <T> T inRepository(Map<String, Fixture> fixtures, BiFunction<VepLinter, Path, T> action) {
    Path root;
    try {
      root = Files.createTempDirectory("vep-lint-testkit-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Optional<String> base = baseFiles.isEmpty() ? Optional.empty() : Optional.of(commitBase(root));
      for (Map.Entry<String, String> file : files.entrySet()) {
        write(root, file.getKey(), file.getValue());
      }
      for (Map.Entry<String, Fixture> fixture : fixtures.entrySet()) {
        write(root, fixture.getKey(), fixture.getValue().linted());
      }
      VepLinter.Builder builder = VepLinter.builder();
      // Before the caller's settings, so that they may add changedOnly or even another base.
      base.ifPresent(builder::base);
      linterSettings.forEach(s -> s.accept(builder));
      builder.rules(rules);
      today.ifPresent(builder::today);
      return action.apply(builder.build(), root);
    } finally {
      deleteRecursively(root);
    }
  }

  /**
   * Makes {@code root} a git repository with one commit holding the base files, then removes them
   * from the working tree, which the caller fills with the fixture's files; returns the commit id.
   */
  private String commitBase(Path root) {
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      for (Map.Entry<String, String> file : baseFiles.entrySet()) {
        write(root, file.getKey(), file.getValue());
      }
      git.add().addFilepattern(".").call();
      // Fixed identity and no signing: the user's git configuration must not change the verdict.
      PersonIdent who = new PersonIdent("vep-lint-testkit", "testkit@invalid");
      String id = git.commit().setMessage("base").setAuthor(who).setCommitter(who).setSign(false).call().name();
      for (String file : baseFiles.keySet()) {
        Files.delete(root.resolve(file));
      }
      return id;
    } catch (GitAPIException e) {
      throw new IllegalStateException("could not commit the base revision: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Maximum bipartite matching (Kuhn's augmenting paths) of expectations to findings, so that a
   * loose marker never takes the one finding a stricter marker on the same line needs.
   */
  private static int[] match(List<Expectation> expectations, List<Finding> findings) {
    int[] findingOwner = new int[findings.size()];
    Arrays.fill(findingOwner, -1);
    Map<Integer, List<Integer>> candidates = new HashMap<>();
    for (int e = 0; e < expectations.size(); e++) {
      List<Integer> fits = new ArrayList<>();
      for (int f = 0; f < findings.size(); f++) {
        if (expectations.get(e).matches(findings.get(f))) {
          fits.add(f);
        }
      }
      candidates.put(e, fits);
    }
    for (int e = 0; e < expectations.size(); e++) {
      augment(e, candidates, findingOwner, new boolean[findings.size()]);
    }
    int[] matchOf = new int[expectations.size()];
    Arrays.fill(matchOf, -1);
    for (int f = 0; f < findingOwner.length; f++) {
      if (findingOwner[f] >= 0) {
        matchOf[findingOwner[f]] = f;
      }
    }
    return matchOf;
  }

  private static boolean augment(int e, Map<Integer, List<Integer>> candidates, int[] findingOwner, boolean[] seen) {
    for (int f : candidates.get(e)) {
      if (!seen[f]) {
        seen[f] = true;
        if (findingOwner[f] < 0 || augment(findingOwner[f], candidates, findingOwner, seen)) {
          findingOwner[f] = e;
          return true;
        }
      }
    }
    return false;
  }

  private static Finding toFixtureLines(Finding finding, Fixture fixture) {
    if (fixture == null) {
      return finding;
    }
    SourcePosition at = new SourcePosition(fixture.originalLine(finding.line()), finding.column());
    return new Finding(finding.ruleId(), finding.severity(), finding.file(), at, finding.message());
  }

  private static String checkPath(String relativePath) {
    Objects.requireNonNull(relativePath, "relativePath");
    Path p = Path.of(relativePath);
    if (relativePath.isBlank() || p.isAbsolute() || relativePath.startsWith("/") || relativePath.contains("\\")
        || Stream.of(relativePath.split("/")).anyMatch(s -> s.isEmpty() || s.equals("..") || s.equals("."))) {
      throw new IllegalArgumentException("'" + relativePath + "': give a path relative to the repository root,"
          + " with '/' and without '.' or '..', e.g. " + DEFAULT_PATH);
    }
    return relativePath;
  }

  private static void write(Path root, String relativePath, String content) {
    try {
      Path file = root.resolve(relativePath);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Class<?> caller, String resource) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    ClassLoader loader = caller.getClassLoader() != null ? caller.getClassLoader() : ClassLoader.getSystemClassLoader();
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException(resource + ": no such resource on the class path of " + caller.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind costs disk space, not a wrong verdict.
    }
  }
}
