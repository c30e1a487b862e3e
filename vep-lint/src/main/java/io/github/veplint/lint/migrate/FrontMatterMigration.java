package io.github.veplint.lint.migrate;

import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.config.ConfigLoader;
import io.github.veplint.lint.files.AtomicFiles;
import io.github.veplint.lint.files.RepositoryRoot;
import io.github.veplint.model.Located;
import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.ReleaseTarget;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepMetadata;
import io.github.veplint.model.read.VepParser;
import io.github.veplint.model.read.VepRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds VEP 282 front matter to main {@code vep.md} files written in the older prose layout, from
 * what each file already says: the number (title, else directory), the title, the owning SIG (the
 * SIG directory), the target release per stage ("Target releases" bullets) and the feature gate when
 * the body names exactly one. What only the owning SIG or the authors can decide ({@code status},
 * {@code authors}, {@code creation-date}, {@code stage}, real reviewers and approvers) is left as a
 * commented placeholder or {@code TBD} where VEP 282 allows it, and listed in {@link
 * FileResult#toFill()}; a status is never invented.
 *
 * <p>The block is inserted before the first byte of the file (after a UTF-8 byte-order mark, which
 * stays), in the file's own line endings; every byte of the original follows it unchanged. Files
 * are written through a temporary file in the same directory and an atomic move, keeping their
 * permissions. A file that already has front matter is left alone, so a second run changes
 * nothing. The legacy "VEP Status Metadata" section stays in the body: removing prose is a decision
 * for the owning SIG's migration PR.
 */
public final class FrontMatterMigration {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  /** As the {@code feature-gate} rule reads a gate the body names. */
  private static final Pattern NAMED_GATE =
      Pattern.compile(
          "`([A-Za-z][A-Za-z0-9]+)`\\s+(?:alpha\\s+|beta\\s+)?feature[ -]?gate"
              + "|feature[ -]?gate\\s*(?:named|called|:)?\\s*`([A-Za-z][A-Za-z0-9]+)`",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern GATE_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final Pattern PLAIN_TITLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ()_.,/+&'-]*");

  private final boolean dryRun;

  /**
   * A migration.
   *
   * @param dryRun when true nothing is written; results say what would be
   */
  public FrontMatterMigration(boolean dryRun) {
    this.dryRun = dryRun;
  }

  /** What happened to one file. */
  public enum Outcome {
    /** Front matter was added (or, in a dry run, would be). */
    MIGRATED,
    /** The file already has front matter and was left alone. */
    ALREADY_MIGRATED,
    /** The file could not be migrated (unreadable, not UTF-8, broken front matter, a link, …). */
    SKIPPED,
    /** Writing the file failed; it is unchanged. */
    FAILED
  }

  /**
   * One field the block leaves for people to fill in.
   *
   * @param line the line of the migrated file holding it (1-based, counting the byte-order mark as
   *     nothing)
   * @param key the front matter key, e.g. {@code status}
   * @param who who decides it: {@code owning SIG} or {@code author}
   * @param what what to write there
   */
  public record ToFill(int line, String key, String who, String what) {}

  /**
   * The front matter built for one VEP.
   *
   * @param block the block from the opening {@code ---} through the blank line after the closing
   *     one, with {@code \n} line endings
   * @param toFill the placeholders, in block order
   * @param notes what was read from the file, for the person running the command
   */
  public record Plan(String block, List<ToFill> toFill, List<String> notes) {
    /** Copies the lists. */
    public Plan {
      toFill = List.copyOf(toFill);
      notes = List.copyOf(notes);
    }

    /** Number of lines the block adds to the file. */
    public int lineCount() {
      return (int) block.chars().filter(c -> c == '\n').count();
    }
  }

  /**
   * The result for one file.
   *
   * @param file the file
   * @param relativePath its path relative to the repository root, with {@code /} separators
   * @param outcome what happened
   * @param reason why a file was skipped or failed; empty otherwise
   * @param plan the block added, for {@link Outcome#MIGRATED}
   * @param before the file's bytes as read (empty when unreadable)
   * @param after the bytes written or that would be written (equal to {@code before} unless migrated)
   */
  public record FileResult(
      Path file,
      String relativePath,
      Outcome outcome,
      String reason,
      Optional<Plan> plan,
      byte[] before,
      byte[] after) {

    /** The placeholders left for people, empty unless migrated. */
    public List<ToFill> toFill() {
      return plan.map(Plan::toFill).orElse(List.of());
    }
  }

  /**
   * Migrates every main {@code vep.md} under the given paths: a repository root, a VEP root, VEP
   * directories or files, all in one repository (as {@code vep-lint check} takes them).
   *
   * @throws ConfigurationException when a path does not exist or no VEP root is found
   */
  public List<FileResult> run(List<Path> paths) {
    Selection selection = select(paths);
    List<FileResult> results = new ArrayList<>();
    for (Path file : selection.files()) {
      Path vepRoot = selection.repository().vepRootOf(file).orElse(selection.root());
      results.add(migrateFile(selection.root(), vepRoot, file));
    }
    return results;
  }

  /**
   * The main files a run edits.
   *
   * @param root the repository root
   * @param repository the repository
   * @param files the main {@code vep.md} files under the paths, sorted, the template left out
   */
  record Selection(Path root, VepRepository repository, List<Path> files) {}

  /**
   * The main {@code vep.md} files under the given paths, all in one repository.
   *
   * @throws ConfigurationException when a path does not exist or no VEP root is found
   */
  static Selection select(List<Path> paths) {
    List<Path> targets = new ArrayList<>();
    for (Path path : paths.isEmpty() ? List.of(Path.of(".")) : paths) {
      Path absolute = path.toAbsolutePath().normalize();
      if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
        throw new ConfigurationException(path + ": no such file or directory");
      }
      targets.add(absolute);
    }
    Path root = RepositoryRoot.find(targets.get(0));
    List<String> vepRoots = ConfigLoader.forRoot(root, Optional.empty(), Optional.empty()).vepRoots();
    VepRepository repository = VepRepository.scan(root, vepRoots);
    if (repository.vepRoots().isEmpty()) {
      throw new ConfigurationException(
          root + ": no VEP root found (looked for " + String.join(", ", vepRoots) + "/)");
    }
    Set<Path> selected = new TreeSet<>();
    for (Path target : targets) {
      if (!target.startsWith(root)) {
        throw new ConfigurationException(
            target + ": not inside the repository " + root + "; migrate one repository per run");
      }
      boolean matched = false;
      for (Path file : repository.markdownFiles()) {
        if (file.startsWith(target)) {
          matched = true;
          if (file.getFileName().toString().equals("vep.md")) {
            selected.add(file);
          }
        }
      }
      if (!matched && target.getFileName().toString().equals("vep.md")) {
        selected.add(target);
      }
    }
    List<Path> files = new ArrayList<>();
    for (Path file : selected) {
      if (!repository.template().map(file::equals).orElse(false)) {
        files.add(file);
      }
    }
    return new Selection(root, repository, files);
  }

  /**
   * A file's bytes, or why it is skipped.
   *
   * @param bytes the bytes read (empty when unreadable)
   * @param skipped the result when the file is not to be edited
   */
  record Read(byte[] bytes, Optional<FileResult> skipped) {}

  /** Reads a main file, refusing links, files outside the repository and oversized files. */
  static Read read(Path root, Path file, String relative) {
    byte[] none = new byte[0];
    if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return new Read(none, Optional.of(
          skipped(file, relative, "not a regular file (a symbolic link?); migrate the file itself", none)));
    }
    try {
      if (!file.toRealPath().startsWith(root.toRealPath())) {
        return new Read(none, Optional.of(skipped(file, relative, "lies outside the repository by a symbolic link", none)));
      }
    } catch (IOException e) {
      return new Read(none, Optional.of(skipped(file, relative, "cannot read (" + e.getMessage() + ")", none)));
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(VepParser.MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      return new Read(none, Optional.of(skipped(file, relative, "cannot read (" + e.getMessage() + ")", none)));
    }
    if (bytes.length > VepParser.MAX_FILE_BYTES) {
      return new Read(bytes, Optional.of(skipped(file, relative, "larger than " + VepParser.MAX_FILE_BYTES + " bytes", bytes)));
    }
    return new Read(bytes, Optional.empty());
  }

  private FileResult migrateFile(Path root, Path vepRoot, Path file) {
    String relative = slashes(root.relativize(file));
    Read read = read(root, file, relative);
    if (read.skipped().isPresent()) {
      return read.skipped().get();
    }
    byte[] bytes = read.bytes();
    Vep vep = VepParser.parse(relative, slashes(vepRoot.relativize(file)), bytes);
    Optional<String> problem = problem(vep, bytes);
    if (problem.isPresent()) {
      boolean already = problem.get().isEmpty();
      return new FileResult(file, relative, already ? Outcome.ALREADY_MIGRATED : Outcome.SKIPPED,
          problem.get(), Optional.empty(), bytes, bytes);
    }
    Plan plan = plan(vep);
    byte[] after = apply(bytes, plan);
    if (!dryRun) {
      try {
        // Refused when an editor saved the file since it was read: that edit is never lost.
        AtomicFiles.write(file, after, Optional.of(bytes));
      } catch (AtomicFiles.ChangedOnDiskException e) {
        return skipped(file, relative,
            "changed on disk while it was being migrated; nothing written, run migrate again", bytes);
      } catch (IOException e) {
        return new FileResult(file, relative, Outcome.FAILED, "cannot write (" + e.getMessage() + ")",
            Optional.empty(), bytes, bytes);
      }
    }
    return new FileResult(file, relative, Outcome.MIGRATED, "", Optional.of(plan), bytes, after);
  }

  private static FileResult skipped(Path file, String relative, String reason, byte[] bytes) {
    return new FileResult(file, relative, Outcome.SKIPPED, reason, Optional.empty(), bytes, bytes);
  }

  /** Empty string: already has front matter; a message: a problem; empty optional: migrate. */
  private static Optional<String> problem(Vep vep, byte[] bytes) {
    if (vep.layout() == Vep.Layout.FRONT_MATTER) {
      return Optional.of("");
    }
    for (ParseProblem p : vep.problems()) {
      if (p.isFrontMatterProblem()) {
        return Optional.of("its front matter is broken (" + p.message() + "); fix it by hand");
      }
      if (p.kind() == ParseProblem.Kind.UNREADABLE
          || p.kind() == ParseProblem.Kind.BINARY
          || p.kind() == ParseProblem.Kind.ENCODING) {
        return Optional.of("not readable UTF-8 text (" + p.message() + ")");
      }
    }
    String first = vep.lines().isEmpty() ? "" : vep.lines().get(0).strip();
    if (first.equals("---")) {
      return Optional.of("starts with '---' but has no front matter the parser accepts; fix it by hand");
    }
    if (bytes.length > 1 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return Optional.of("UTF-16; VEPs are UTF-8");
    }
    return Optional.empty();
  }

  /** Builds the front matter block for a VEP in the older layout. */
  public static Plan plan(Vep vep) {
    VepMetadata meta = vep.metadata();
    Block b = new Block();
    List<String> notes = new ArrayList<>();
    b.line("---");
    Optional<String> title = meta.title().map(Located::value).filter(t -> !t.isBlank());
    if (title.isPresent()) {
      b.line("title: " + yamlString(title.get()));
    } else {
      b.fill("title", "author", "the proposal's short title", "title:  # TODO(author): short descriptive title");
    }
    if (meta.number().isPresent()) {
      b.line("vep-number: " + meta.number().get().value());
    } else {
      b.fill("vep-number", "author", "the tracking issue's number",
          "vep-number:  # TODO(author): the tracking issue's number");
    }
    b.fill("creation-date", "author", "the date the proposal was first written, \"YYYY-MM-DD\"",
        "creation-date:  # TODO(author): \"YYYY-MM-DD\", when the proposal was first written");
    b.fill("status", "owning SIG",
        "the proposal state: provisional, implementable, implemented, deferred, rejected, withdrawn or replaced",
        "status:  # TODO(owning SIG): provisional | implementable | implemented | deferred | rejected"
            + " | withdrawn | replaced");
    b.line("");
    b.fill("authors", "author", "the authors' GitHub handles, e.g. - \"@octocat\"",
        "authors:  # TODO(author): the authors' GitHub handles, e.g. - \"@octocat\"");
    b.line("");
    Optional<String> sig = meta.owningSig().map(Located::value).filter(s -> s.matches("sig-[a-z0-9]+(-[a-z0-9]+)*"));
    if (sig.isPresent()) {
      b.line("owning-sig: " + sig.get());
    } else {
      b.fill("owning-sig", "owning SIG", "the owning SIG, e.g. sig-compute",
          "owning-sig:  # TODO(owning SIG): sig-compute | sig-network | sig-storage | …");
    }
    b.line("participating-sigs: []");
    b.line("");
    b.line("reviewers:");
    b.fill("reviewers", "owning SIG", "real reviewers' handles instead of TBD before implementable",
        "  - TBD  # the owning SIG names reviewers after triage; no TBD once implementable");
    b.line("approvers:");
    b.fill("approvers", "owning SIG", "real approvers' handles instead of TBD before implementable",
        "  - TBD  # SIG chairs/leads who commit to approving the design; no TBD once implementable");
    b.line("");
    if (!vep.isProcessVep()) {
      List<Gate> gates = featureGates(vep);
      Set<String> names = new LinkedHashSet<>();
      gates.forEach(g -> names.add(g.name()));
      if (names.size() == 1 && GATE_NAME.matcher(gates.get(0).name()).matches()) {
        b.line("feature-gate: " + gates.get(0).name());
        notes.add("feature-gate " + gates.get(0).name() + " from line " + gates.get(0).line());
      } else if (names.isEmpty()) {
        b.fill("feature-gate", "author", "the feature gate, or remove the key and justify in the body why there is none",
            "feature-gate:  # TODO(author): the feature gate's name; or remove this key and justify"
                + " in the body why there is none");
      } else {
        String named = "`" + String.join("`, `", names) + "`";
        b.fill("feature-gate", "author", "the body names " + named + ": write the gate's KubeVirt name",
            "feature-gate:  # TODO(author): the body names " + named.replace("#", "")
                + "; write the gate's KubeVirt name (e.g. CamelCase), or remove this key and justify");
      }
      b.line("# stage: TODO(owning SIG): alpha | beta | ga, the feature's current implementation stage");
      b.todo.add(new ToFill(b.lines.size(), "stage", "owning SIG", "the current stage (alpha, beta or ga), uncomment it"));
    }
    List<String> milestone = new ArrayList<>();
    for (String stage : List.of("alpha", "beta", "ga")) {
      vep.legacy().targets().stage(stage).ifPresent(t -> {
        String value = milestoneValue(t);
        milestone.add("  " + stage + ": " + value);
        notes.add("milestone." + stage + " " + value.replaceAll(" +#.*", "") + " from line " + t.position().line());
      });
    }
    for (ReleaseTarget t : vep.legacy().targets().targets()) {
      if (!List.of("alpha", "beta", "ga").contains(t.stage())) {
        String note = t.note().isBlank() ? "" : " " + t.note().strip();
        milestone.add("  # " + t.stage() + ": " + t.rawValue() + note
            + "  (from \"Target releases\"; VEP 282 has only alpha, beta and ga)");
      }
    }
    if (milestone.stream().anyMatch(l -> !l.startsWith("  #"))) {
      b.line("milestone:");
      milestone.forEach(b::line);
    } else {
      b.line("# milestone: no target release in \"Target releases\"; add alpha once planned");
    }
    b.line("");
    b.line("replaces: \"\"");
    b.line("superseded-by: \"\"");
    b.line("---");
    b.line("");
    return new Plan(String.join("\n", b.lines) + "\n", b.todo, notes);
  }

  private static String milestoneValue(ReleaseTarget t) {
    String note = t.note().isBlank() ? "" : "  # " + t.note().strip();
    return switch (t.kind()) {
      case VERSION -> "\"" + t.rawValue() + "\"" + note;
      case TBD -> "\"TBD\"" + note;
      case NOT_APPLICABLE -> "\"N/A\"" + note;
      case NOT_TARGETED -> "\"N/A\"  # struck through in \"Target releases\": not targeted";
      case EMPTY -> "\"TBD\"  # empty in \"Target releases\"";
      case MALFORMED -> t.version().isPresent()
          ? "\"" + t.version().get() + "\"  # written " + t.rawValue().replace("#", "") + " in \"Target releases\""
          : "\"TBD\"  # written " + t.rawValue().replace("#", "") + " in \"Target releases\"";
    };
  }

  private record Gate(String name, int line) {}

  /**
   * The gates the body names the way the {@code feature-gate} rule reads them: {@code `Name`
   * feature gate} or {@code feature gate named `Name`}, phrases broken across lines included.
   */
  private static List<Gate> featureGates(Vep vep) {
    List<Gate> gates = new ArrayList<>();
    String text = String.join("\n", vep.lines());
    Matcher m = NAMED_GATE.matcher(text);
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      gates.add(new Gate(name, line));
    }
    return gates;
  }

  /** A YAML scalar for a title: plain when safe, else double-quoted. */
  static String yamlString(String s) {
    if (PLAIN_TITLE.matcher(s).matches() && !s.endsWith(" ") && !s.matches("(?i)(true|false|yes|no|on|off|null|~|[0-9.]+)")) {
      return s;
    }
    StringBuilder q = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\t' -> q.append("\\t");
        default -> {
          if (c < 0x20) {
            q.append(String.format("\\x%02x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }

  /**
   * The file's bytes with the block inserted: after a UTF-8 byte-order mark, before everything
   * else, in the line ending of the file's first line (CRLF when it uses CRLF, else LF).
   */
  public static byte[] apply(byte[] original, Plan plan) {
    int bom = startsWithBom(original) ? BOM.length : 0;
    String eol = "\n";
    for (int i = bom; i < original.length; i++) {
      if (original[i] == '\n') {
        eol = i > 0 && original[i - 1] == '\r' ? "\r\n" : "\n";
        break;
      }
    }
    byte[] block = plan.block().replace("\n", eol).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[original.length + block.length];
    System.arraycopy(original, 0, out, 0, bom);
    System.arraycopy(block, 0, out, bom, block.length);
    System.arraycopy(original, bom, out, bom + block.length, original.length - bom);
    return out;
  }

  /** Whether the bytes start with a UTF-8 byte-order mark. */
  public static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }

  /** Lines of the block, with the placeholders' line numbers. */
  private static final class Block {
    final List<String> lines = new ArrayList<>();
    final List<ToFill> todo = new ArrayList<>();

    void line(String text) {
      lines.add(text);
    }

    void fill(String key, String who, String what, String text) {
      lines.add(text);
      todo.add(new ToFill(lines.size(), key, who, what));
    }
  }
}
