package io.github.veplint.lint.fix;

import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Fix;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.files.AtomicFiles;
import io.github.veplint.lint.files.RepositoryRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Applies the fixes rules offer ({@link Finding#fix()}): lints, applies every fix that does not
 * overlap another, lints again, and repeats until no fix is left (at most {@value #MAX_PASSES}
 * passes), so a second run finds nothing to do.
 *
 * <p>Findings that share one fix (equal {@link Fix} values) are fixed by applying it once.
 *
 * <p>What it promises about files: each is replaced atomically (a temporary file moved over it)
 * and keeps its byte-order mark, line endings and permissions; a file that changed on disk after it
 * was linted is left alone and reported as skipped, as is one that is not valid UTF-8 (rewriting it
 * would change bytes no fix touches). A moved file is written at its new path before the old one is
 * deleted, so an interruption leaves both, never neither. Findings a configuration turns off or an
 * inline comment suppresses are not fixed. With {@code dryRun} nothing is written and one pass is
 * planned.
 */
public final class VepFixer {

  /** The most lint-and-fix rounds one run makes; a fix whose edits overlap another's waits a round. */
  public static final int MAX_PASSES = 5;

  /**
   * What a run did to one file.
   *
   * @param file the file, relative to the repository root, where it was
   * @param path where it is now (differs from {@code file} when a fix moved it)
   * @param before its bytes before the run
   * @param after its bytes after the run (what a dry run would write)
   * @param fixed the findings whose fixes changed it, as they were reported
   */
  public record FileChange(String file, String path, byte[] before, byte[] after, List<Finding> fixed) {
    /** Copies the list so the record stays immutable. */
    public FileChange {
      fixed = List.copyOf(fixed);
    }

    /** Whether a fix moved the file. */
    public boolean moved() {
      return !file.equals(path);
    }
  }

  /**
   * A fix that was not applied, and why.
   *
   * @param finding the finding whose fix it was
   * @param reason why it was not applied (the file changed on disk, is not UTF-8, …)
   */
  public record Skipped(Finding finding, String reason) {}

  /**
   * The outcome of a run.
   *
   * @param changes the files changed (or, in a dry run, that would be), by their original path
   * @param skipped fixes that could not be applied
   * @param before the findings before any fix
   * @param after the findings after the last pass (in a dry run: {@code before})
   * @param written whether the changes were written
   */
  public record Report(
      List<FileChange> changes, List<Skipped> skipped, LintResult before, LintResult after, boolean written) {
    /** Copies the lists so the record stays immutable. */
    public Report {
      changes = List.copyOf(changes);
      skipped = List.copyOf(skipped);
    }

    /** How many findings the changes fixed. */
    public int fixedCount() {
      return changes.stream().mapToInt(c -> c.fixed().size()).sum();
    }
  }

  private final VepLinter linter;

  /** A fixer that lints with {@code linter} (its rules, configuration, date and base). */
  public VepFixer(VepLinter linter) {
    this.linter = linter;
  }

  /**
   * Fixes what can be fixed under {@code paths} (as {@link VepLinter#lint} takes them).
   *
   * @throws ConfigurationException as {@link VepLinter#lint} does
   * A file that cannot be read or written is left as it was, with why among the fixes not applied ({@link
   * Report#skipped}); the other files are fixed.
   */
  public Report fix(List<Path> paths, boolean dryRun) {
    List<Path> targets = new ArrayList<>(paths.isEmpty() ? List.of(Path.of(".")) : paths);
    if (!dryRun) {
      removeStaleTemporaries(targets);
    }
    Map<String, byte[]> digests = digests(targets);
    LintResult first = linter.lint(targets);
    LintResult current = first;
    Map<String, FileChange> changes = new LinkedHashMap<>();
    List<Skipped> skipped = new ArrayList<>();
    // Files that could not be written: said once, not tried again.
    Set<String> unwritable = new HashSet<>();
    for (int pass = 1; ; pass++) {
      List<Finding> fixable = current.findings().stream().filter(f -> f.fix().isPresent())
          .filter(f -> !unwritable.contains(f.file())).toList();
      if (pass > MAX_PASSES) {
        fixable.forEach(f -> skipped.add(new Skipped(f, "still fixable after " + MAX_PASSES + " passes: run fix again")));
        break;
      }
      Path root = Path.of(current.repositoryRoot());
      Pass plan = new Pass(root, digests);
      List<Skipped> notNow = new ArrayList<>();
      for (Finding finding : fixable) {
        plan.offer(finding, notNow);
      }
      // A fix overlapping an applied one is offered again by the next lint.
      skipped.addAll(notNow.stream().filter(s -> dryRun || !s.reason().equals(Pass.OVERLAP)).toList());
      if (plan.isEmpty()) {
        break;
      }
      plan.planMoves();
      if (!dryRun) {
        plan.write().forEach((file, reason) -> {
          if (reason.startsWith(Pass.CANNOT_WRITE)) {
            unwritable.add(file);
          }
          plan.fixedIn.getOrDefault(file, List.of()).forEach(f -> skipped.add(new Skipped(f, reason)));
        });
      }
      merge(changes, plan);
      if (dryRun) {
        break;
      }
      List<Path> before = targets;
      targets = before.stream().map(t -> plan.movedPath(root, t)).toList();
      digests = digests(targets);
      current = linter.lint(targets);
    }
    return new Report(List.copyOf(changes.values()), skipped, first, current, !dryRun);
  }

  /**
   * The content of one file with the edits of {@code fixes} to it applied, in order, each fix whole
   * or not at all (a fix overlapping one before it is left out, a fix equal to one before it is
   * applied once); moves are not made. For previews and tests: no file is read or written.
   *
   * @throws IllegalArgumentException when {@code content} is not UTF-8 text
   */
  public static byte[] apply(byte[] content, String file, List<Fix> fixes) {
    EditableText.Result read = EditableText.read(content);
    EditableText text = read.text().orElseThrow(() -> new IllegalArgumentException(file + ": " + read.problem().orElse("")));
    List<EditableText.Span> taken = new ArrayList<>();
    int order = 0;
    for (Fix fix : new LinkedHashSet<>(fixes)) {
      List<EditableText.Span> proposed = new ArrayList<>();
      for (Fix.Edit edit : fix.edits()) {
        if (edit.file().equals(file)) {
          proposed.add(text.span(edit, order++));
        }
      }
      if (proposed.stream().noneMatch(p -> Stream.concat(taken.stream(), proposed.stream().filter(q -> q != p))
          .anyMatch(p::overlaps))) {
        taken.addAll(proposed);
      }
    }
    return text.apply(taken);
  }

  private static void merge(Map<String, FileChange> changes, Pass pass) {
    for (Map.Entry<String, byte[]> entry : pass.changed().entrySet()) {
      String file = entry.getKey();
      String now = pass.moves.getOrDefault(file, file);
      FileChange earlier = null;
      String original = file;
      for (FileChange change : changes.values()) {
        if (change.path().equals(file)) {
          earlier = change;
          original = change.file();
        }
      }
      List<Finding> fixed = new ArrayList<>(earlier == null ? List.of() : earlier.fixed());
      fixed.addAll(pass.fixedIn.getOrDefault(file, List.of()));
      byte[] before = earlier == null ? pass.original.get(file) : earlier.before();
      changes.put(original, new FileChange(original, now, before, entry.getValue(), fixed));
    }
  }

  /** One round: the fixes accepted, the files' contents before and after, the moves. */
  private static final class Pass {
    static final String OVERLAP = "overlaps another fix";
    static final String CANNOT_WRITE = "cannot be written";

    private final Path root;
    private final Map<String, byte[]> digests;
    private final Map<String, byte[]> original = new HashMap<>();
    private final Map<String, EditableText> texts = new HashMap<>();
    private final Map<String, String> unreadable = new HashMap<>();
    private final Map<String, List<EditableText.Span>> spans = new LinkedHashMap<>();
    private final Map<String, List<Finding>> fixedIn = new LinkedHashMap<>();
    private final Map<String, String> moves = new LinkedHashMap<>();
    private final Map<String, byte[]> after = new LinkedHashMap<>();
    private final Set<Fix> accepted = new HashSet<>();
    private int order;

    Pass(Path root, Map<String, byte[]> digests) {
      this.root = root;
      this.digests = digests;
    }

    boolean isEmpty() {
      return spans.isEmpty() && moves.isEmpty();
    }

    /** Accepts the finding's fix unless it overlaps one already accepted or a file cannot take it. */
    void offer(Finding finding, List<Skipped> skipped) {
      Fix fix = finding.fix().orElseThrow();
      String home = fix.moves().isEmpty() ? finding.file() : fix.moves().get(0).from();
      if (accepted.contains(fix)) {
        // Several findings may share one fix (the sections missing from one gap): applied once.
        fixedIn.computeIfAbsent(home, f -> new ArrayList<>()).add(finding);
        return;
      }
      Map<String, List<EditableText.Span>> proposed = new LinkedHashMap<>();
      for (Fix.Edit edit : fix.edits()) {
        Optional<String> problem = load(edit.file(), true);
        if (problem.isPresent()) {
          skipped.add(new Skipped(finding, problem.get()));
          return;
        }
        EditableText.Span span = texts.get(edit.file()).span(edit, order++);
        List<EditableText.Span> taken = spans.getOrDefault(edit.file(), List.of());
        List<EditableText.Span> alsoProposed = proposed.getOrDefault(edit.file(), List.of());
        if (Stream.concat(taken.stream(), alsoProposed.stream()).anyMatch(span::overlaps)) {
          skipped.add(new Skipped(finding, OVERLAP));
          return;
        }
        proposed.computeIfAbsent(edit.file(), f -> new ArrayList<>()).add(span);
      }
      for (Fix.Move move : fix.moves()) {
        Optional<String> problem = load(move.from(), true);
        if (problem.isEmpty() && (moves.containsKey(move.from()) || moves.containsValue(move.to()))) {
          problem = Optional.of(OVERLAP);
        }
        if (problem.isEmpty() && Files.exists(root.resolve(move.to()))) {
          problem = Optional.of("'" + move.to() + "' already exists: move the file by hand");
        }
        if (problem.isPresent()) {
          skipped.add(new Skipped(finding, problem.get()));
          return;
        }
      }
      proposed.forEach((file, list) -> spans.computeIfAbsent(file, f -> new ArrayList<>()).addAll(list));
      fix.moves().forEach(m -> moves.put(m.from(), m.to()));
      accepted.add(fix);
      fixedIn.computeIfAbsent(home, f -> new ArrayList<>()).add(finding);
    }

    /**
     * Reads a file once per pass. With {@code linted}, the file's positions come from the lint, so
     * it must still hold what was linted.
     */
    private Optional<String> load(String file, boolean linted) {
      if (texts.containsKey(file)) {
        return Optional.empty();
      }
      if (unreadable.containsKey(file)) {
        return Optional.of(unreadable.get(file));
      }
      Optional<String> problem;
      try {
        byte[] bytes = Files.readAllBytes(root.resolve(file));
        byte[] linedDigest = digests.get(file);
        if (linted && linedDigest == null) {
          problem = Optional.of("not among the files read before linting");
        } else if (linted && !Arrays.equals(linedDigest, digest(bytes))) {
          problem = Optional.of("changed on disk since it was linted; run fix again");
        } else {
          EditableText.Result read = EditableText.read(bytes);
          problem = read.problem();
          read.text().ifPresent(t -> {
            texts.put(file, t);
            original.put(file, bytes);
          });
        }
      } catch (IOException e) {
        problem = Optional.of("cannot be read (" + e.getMessage() + ")");
      }
      problem.ifPresent(p -> unreadable.put(file, p));
      return problem;
    }

    /** Works out the files' new contents, the moved files' links and the links into them. */
    void planMoves() {
      spans.forEach((file, list) -> after.put(file, texts.get(file).apply(list)));
      if (moves.isEmpty()) {
        return;
      }
      for (Map.Entry<String, String> move : moves.entrySet()) {
        String from = move.getKey();
        byte[] content = after.getOrDefault(from, original.get(from));
        List<Fix.Edit> own = LinkRewrites.ofMovedFile(from, content, move.getValue());
        after.put(from, applyFresh(content, own));
      }
      for (String file : markdownFiles()) {
        if (moves.containsKey(file)) {
          continue;
        }
        if (!texts.containsKey(file) && load(file, false).isPresent()) {
          continue;
        }
        byte[] content = after.getOrDefault(file, original.get(file));
        List<Fix.Edit> edits = new ArrayList<>();
        for (Map.Entry<String, String> move : moves.entrySet()) {
          edits.addAll(LinkRewrites.pointingAt(file, content, move.getKey(), move.getValue()));
        }
        if (!edits.isEmpty()) {
          after.put(file, applyFresh(content, edits));
        }
      }
    }

    private static byte[] applyFresh(byte[] content, List<Fix.Edit> edits) {
      if (edits.isEmpty()) {
        return content;
      }
      EditableText text = EditableText.read(content).text().orElseThrow();
      List<EditableText.Span> list = new ArrayList<>();
      for (int i = 0; i < edits.size(); i++) {
        list.add(text.span(edits.get(i), i));
      }
      return text.apply(list);
    }

    private List<String> markdownFiles() {
      return VepFixer.markdownFiles(root).stream()
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }

    /** Files whose content changes, by their path before the pass. */
    Map<String, byte[]> changed() {
      Map<String, byte[]> changed = new LinkedHashMap<>();
      after.forEach((file, bytes) -> {
        if (moves.containsKey(file) || !Arrays.equals(bytes, original.get(file))) {
          changed.put(file, bytes);
        }
      });
      return changed;
    }

    /**
     * Writes the pass's changes; returns the files left alone because they changed on disk since
     * they were read, with why (the others are written).
     */
    Map<String, String> write() {
      Map<String, String> leftAlone = new LinkedHashMap<>();
      for (Map.Entry<String, byte[]> entry : changed().entrySet()) {
        String file = entry.getKey();
        Path path = root.resolve(file);
        String to = moves.get(file);
        try {
          if (to == null) {
            AtomicFiles.write(path, entry.getValue(), Optional.of(original.get(file)));
            continue;
          }
          if (!Arrays.equals(Files.readAllBytes(path), original.get(file))) {
            throw new AtomicFiles.ChangedOnDiskException(path);
          }
          Path target = root.resolve(to);
          Files.createDirectories(target.getParent());
          AtomicFiles.write(target, entry.getValue(), Optional.empty());
          PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
          if (view != null) {
            view.setPermissions(Files.getPosixFilePermissions(path));
          }
          Files.delete(path);
        } catch (AtomicFiles.ChangedOnDiskException e) {
          leftAlone.put(file, "changed on disk while fix ran; run fix again");
        } catch (IOException e) {
          // One file that cannot be written (no permission, a full disk) leaves the others to fix.
          leftAlone.put(file, CANNOT_WRITE + " (" + ioProblem(e) + "); it is as it was");
        }
      }
      leftAlone.keySet().forEach(file -> {
        after.remove(file);
        moves.remove(file);
      });
      return leftAlone;
    }

    Path movedPath(Path root, Path target) {
      Path absolute = target.toAbsolutePath().normalize();
      for (Map.Entry<String, String> move : moves.entrySet()) {
        if (absolute.equals(root.resolve(move.getKey()).normalize())) {
          return root.resolve(move.getValue());
        }
      }
      return target;
    }
  }

  /** What went wrong, in one line without the path (the caller names the file). */
  static String ioProblem(IOException e) {
    String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
        : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e instanceof java.nio.file.NoSuchFileException ? "no such file"
        : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    return reason.replaceAll("\\s+", " ");
  }

  /** SHA-256 of every markdown file under the paths, by path relative to the repository root. */
  private static Map<String, byte[]> digests(List<Path> targets) {
    Map<String, byte[]> digests = new HashMap<>();
    Path root = null;
    for (Path target : targets) {
      Path absolute = target.toAbsolutePath().normalize();
      if (!Files.exists(absolute)) {
        continue; // lint reports it
      }
      if (root == null) {
        root = RepositoryRoot.find(absolute);
      }
      for (Path file : Files.isDirectory(absolute) ? markdownFiles(absolute) : List.of(absolute)) {
        try {
          digests.put(root.relativize(file).toString().replace('\\', '/'), digest(Files.readAllBytes(file)));
        } catch (IOException e) {
          // Not fixed: lint reports the file (unreadable-file), and a fix to it is refused as not read.
        }
      }
    }
    return digests;
  }

  /**
   * Deletes what an earlier, killed writing run left next to the files it was writing (see {@link
   * AtomicFiles#removeStaleTemporaries}), in every directory under the targets but hidden ones, so
   * a stale temporary file goes even where this run writes nothing.
   */
  private static void removeStaleTemporaries(List<Path> targets) {
    for (Path target : targets) {
      Path absolute = target.toAbsolutePath().normalize();
      if (!Files.isDirectory(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try {
        Files.walkFileTree(absolute, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            if (!dir.equals(absolute) && dir.getFileName().toString().startsWith(".")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            AtomicFiles.removeStaleTemporaries(dir);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        // Cleaning up is a courtesy; the fix goes on.
      }
    }
  }

  /** The markdown files under a directory, not looking into hidden ones ({@code .git}, {@code .github}). */
  private static List<Path> markdownFiles(Path directory) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(directory, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          return !dir.equals(directory) && dir.getFileName().toString().startsWith(".")
              ? FileVisitResult.SKIP_SUBTREE
              : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (attributes.isRegularFile() && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
