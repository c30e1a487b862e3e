package io.github.veplint.lint.migrate;

import io.github.veplint.lint.files.AtomicFiles;
import io.github.veplint.lint.migrate.FrontMatterMigration.FileResult;
import io.github.veplint.lint.migrate.FrontMatterMigration.Outcome;
import io.github.veplint.lint.migrate.FrontMatterMigration.Plan;
import io.github.veplint.model.ChecklistItem;
import io.github.veplint.model.ReleaseTarget;
import io.github.veplint.model.Section;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepParser;
import io.github.veplint.model.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code migrate --drop-legacy}: in a VEP whose front matter holds its status and target releases,
 * removes the prose that VEP 282's front matter replaces: the "VEP Status Metadata" section (with
 * its "Target releases" and "Release Signoff Checklist"), and a "Release Signoff Checklist" or
 * "Target releases" section elsewhere.
 *
 * <p>Nothing the front matter does not say is lost: a target bullet whose release differs from the
 * front matter's, that carries a note, or that names a stage VEP 282 has no key for; a checked or
 * struck-out checklist item, and any other line that is not the template's own text, are kept, in
 * one HTML comment where the sections were. A file is refused (and left alone) when its front
 * matter has no {@code status}, or no {@code milestone} value for a stage a bullet gives a release,
 * or when the sections hold a subsection of another kind, or justify having no feature gate while
 * the front matter names none (the {@code feature-gate} rule reads that in prose, not comments).
 *
 * <p>Writes are atomic, keep each kept line's own line ending, the byte-order mark and the file's
 * permissions, and never replace a file that changed since it was read; the sections are gone
 * after the first run, so a second run changes nothing.
 */
public final class LegacyDrop {

  /** The sections VEP 282's front matter replaces, by {@link Section#normalize normalised} heading. */
  static final Set<String> REMOVED = Set.of("vepstatusmetadata", "targetreleases", "releasesignoffchecklist");
  private static final Set<String> STAGES = Set.of("alpha", "beta", "ga");
  private static final java.util.regex.Pattern FEATURE_GATE =
      java.util.regex.Pattern.compile("feature[ -]?gate", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * The text of kubevirt's template in these sections (its older generation), compared with
   * whitespace collapsed: lines saying nothing about the VEP itself.
   */
  private static final List<String> KUBEVIRT_TEMPLATE_TEXT = List.of(
      "<!--",
      "-->",
      "A PR must update this section during the planning phase of a given release in order to track it.",
      "PRs that will not update the VEP during the planning phase will not be able to graduate the",
      "VEP by creating a code PR to kubevirt/kubevirt to bump the phase in-code.",
      "Please avoid targeting future releases in this section. Only capture the upcoming release.",
      "For example, during the planning phase for version v1.123, do **not** target beta for v.124 in advance.",
      "Items marked with (R) are required *prior to targeting to a milestone / release*.",
      "- [ ] (R) Enhancement issue created, which links to VEP dir in [kubevirt/enhancements] (not the initial VEP PR)",
      "- [ ] (R) Alpha target version is explicitly mentioned and approved",
      "- [ ] (R) Beta target version is explicitly mentioned and approved",
      "- [ ] (R) GA target version is explicitly mentioned and approved");

  private final boolean dryRun;

  /**
   * A run.
   *
   * @param dryRun when true nothing is written; results say what would be
   */
  public LegacyDrop(boolean dryRun) {
    this.dryRun = dryRun;
  }

  /**
   * Drops the legacy sections of every main {@code vep.md} under the given paths. The outcome is
   * {@link Outcome#MIGRATED} when sections were (or would be) removed, {@link
   * Outcome#ALREADY_MIGRATED} when there were none, {@link Outcome#SKIPPED} when refused.
   */
  public List<FileResult> run(List<Path> paths) {
    FrontMatterMigration.Selection selection = FrontMatterMigration.select(paths);
    Set<String> templateText = new HashSet<>();
    KUBEVIRT_TEMPLATE_TEXT.forEach(l -> templateText.add(collapse(l)));
    selection.repository().template().ifPresent(t -> templateText.addAll(templateLines(selection.root(), t)));
    List<FileResult> results = new ArrayList<>();
    for (Path file : selection.files()) {
      results.add(dropFile(selection.root(), selection.repository().vepRootOf(file).orElse(selection.root()), file,
          templateText));
    }
    return results;
  }

  /** The lines of the template's own legacy sections, collapsed. */
  private static Set<String> templateLines(Path root, Path template) {
    Set<String> lines = new HashSet<>();
    // An unreadable template only means fewer lines are known to be template text: more is kept.
    Vep vep = VepParser.parse(root, root, template);
    for (Section section : vep.allSections()) {
      if (REMOVED.contains(Section.normalize(section.text()))) {
        for (int line = section.startLine() + 1; line <= section.endLine() && line <= vep.lines().size(); line++) {
          lines.add(collapse(vep.line(line)));
        }
      }
    }
    return lines;
  }

  private FileResult dropFile(Path root, Path vepRoot, Path file, Set<String> templateText) {
    String relative = root.relativize(file).toString().replace('\\', '/');
    FrontMatterMigration.Read read = FrontMatterMigration.read(root, file, relative);
    if (read.skipped().isPresent()) {
      return read.skipped().get();
    }
    byte[] bytes = read.bytes();
    Vep vep = VepParser.parse(relative, vepRoot.relativize(file).toString().replace('\\', '/'), bytes);
    if (vep.problems().stream().anyMatch(p -> p.isFrontMatterProblem())) {
      return skipped(file, relative, "its front matter is broken; fix it first (vep-lint check says how)", bytes);
    }
    List<Section> sections = new ArrayList<>();
    for (Section section : vep.allSections()) {
      boolean inside = sections.stream().anyMatch(s -> section.startLine() > s.startLine() && section.startLine() <= s.endLine());
      if (!inside && REMOVED.contains(Section.normalize(section.text()))) {
        sections.add(section);
      }
    }
    if (sections.isEmpty()) {
      return new FileResult(file, relative, Outcome.ALREADY_MIGRATED, "", Optional.empty(), bytes, bytes);
    }
    if (vep.layout() != Vep.Layout.FRONT_MATTER || vep.frontMatter().flatMap(f -> f.root()).isEmpty()) {
      return skipped(file, relative, "no front matter to hold what the sections say; run 'vep-lint migrate' (without"
          + " --drop-legacy) first", bytes);
    }
    YamlNode.Mapping front = vep.frontMatter().get().root().get();
    if (scalar(front.get("status")).isEmpty()) {
      return skipped(file, relative, "front matter has no status yet; the owning SIG fills it in before the legacy"
          + " sections go", bytes);
    }
    for (Section section : sections) {
      for (Section child : section.flatten()) {
        if (child != section && !REMOVED.contains(Section.normalize(child.text()))) {
          return skipped(file, relative, "'" + child.text() + "' (line " + child.startLine() + ") under '"
              + section.text() + "' is not legacy metadata; move it out first", bytes);
        }
      }
    }
    Map<String, Optional<String>> milestone = new HashMap<>();
    Optional<YamlNode> milestoneNode = front.get("milestone");
    for (String stage : STAGES) {
      milestone.put(stage, milestoneNode.filter(YamlNode.Mapping.class::isInstance).map(YamlNode.Mapping.class::cast)
          .flatMap(m -> scalar(m.get(stage))));
    }
    Map<Integer, ReleaseTarget> targets = new HashMap<>();
    vep.legacy().targets().targets().forEach(t -> targets.put(t.position().line(), t));
    Map<Integer, ChecklistItem> checklist = new HashMap<>();
    vep.legacy().checklist().forEach(c -> checklist.put(c.position().line(), c));

    Set<Integer> headingLines = new HashSet<>();
    sections.forEach(s -> s.flatten().forEach(c -> headingLines.add(c.startLine())));
    List<String> kept = new ArrayList<>();
    for (Section section : sections) {
      for (int line = section.startLine(); line <= section.endLine(); line++) {
        String text = vep.line(line);
        if (headingLines.contains(line) || text.isBlank() || templateText.contains(collapse(text))) {
          continue;
        }
        ReleaseTarget target = targets.get(line);
        if (target != null) {
          Optional<String> refusal = checkTarget(target, milestone, line);
          if (refusal.isPresent()) {
            return skipped(file, relative, refusal.get(), bytes);
          }
          if (saidByFrontMatter(target, milestone)) {
            continue;
          }
        }
        ChecklistItem item = checklist.get(line);
        if (item != null && !item.checked() && !item.struck() && templateText.contains(collapse(text))) {
          continue;
        }
        kept.add(text.strip());
      }
    }
    if (scalar(front.get("feature-gate")).isEmpty()) {
      // The feature-gate rule reads an opt-out justification in the prose, not in comments.
      Optional<String> gate = kept.stream().filter(k -> FEATURE_GATE.matcher(k).find()).findFirst();
      if (gate.isPresent()) {
        return skipped(file, relative, "front matter has no feature-gate and the sections say '" + gate.get()
            + "'; move that sentence into the body (or set feature-gate) first", bytes);
      }
    }
    byte[] after = rewrite(bytes, sections, kept);
    List<String> notes = new ArrayList<>();
    for (Section section : sections) {
      notes.add("'" + section.text() + "' (lines " + section.startLine() + "-" + section.endLine() + ")");
    }
    Plan plan = new Plan(String.join("\n", kept), List.of(), notes);
    if (!dryRun) {
      try {
        AtomicFiles.write(file, after, Optional.of(bytes));
      } catch (AtomicFiles.ChangedOnDiskException e) {
        return skipped(file, relative, "changed on disk while it was being edited; nothing written, run again", bytes);
      } catch (IOException e) {
        return new FileResult(file, relative, Outcome.FAILED, "cannot write (" + e.getMessage() + ")",
            Optional.empty(), bytes, bytes);
      }
    }
    return new FileResult(file, relative, Outcome.MIGRATED, "", Optional.of(plan), bytes, after);
  }

  /** Why a bullet cannot go: it names a release for a stage the front matter has no value for. */
  private static Optional<String> checkTarget(ReleaseTarget target, Map<String, Optional<String>> milestone, int line) {
    String stage = target.stage().toLowerCase(Locale.ROOT);
    if (!STAGES.contains(stage) || target.kind() == ReleaseTarget.Kind.NOT_TARGETED || target.version().isEmpty()) {
      return Optional.empty(); // no release named: what the bullet says is kept in the comment if need be
    }
    if (milestone.get(stage).isEmpty()) {
      return Optional.of("front matter has no milestone." + stage + " for the " + stage + " target '"
          + target.rawValue() + "' (line " + line + "); add it first");
    }
    return Optional.empty();
  }

  /** Whether the front matter says all the bullet says: the same value for the stage, no note. */
  private static boolean saidByFrontMatter(ReleaseTarget target, Map<String, Optional<String>> milestone) {
    String stage = target.stage().toLowerCase(Locale.ROOT);
    if (!STAGES.contains(stage) || !target.note().isBlank()) {
      return false;
    }
    if (target.kind() == ReleaseTarget.Kind.EMPTY) {
      return true; // says nothing
    }
    Optional<String> value = milestone.get(stage);
    if (value.isEmpty()) {
      return false;
    }
    return switch (target.kind()) {
      case VERSION, MALFORMED -> target.version().isPresent()
          && io.github.veplint.model.ReleaseVersion.parse(value.get()).equals(target.version());
      case TBD -> value.get().equalsIgnoreCase("TBD");
      case NOT_APPLICABLE -> value.get().equalsIgnoreCase("N/A");
      default -> false;
    };
  }

  /**
   * The file without the sections' lines; the kept lines, as one HTML comment in the line ending
   * of the first removed line, where the first section was.
   */
  private static byte[] rewrite(byte[] bytes, List<Section> sections, List<String> kept) {
    int bom = FrontMatterMigration.startsWithBom(bytes) ? 3 : 0;
    String text = new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
    List<int[]> lines = lineSpans(text);
    Set<Integer> removed = new HashSet<>();
    for (Section s : sections) {
      for (int line = s.startLine(); line <= s.endLine(); line++) {
        removed.add(line);
      }
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean commentWritten = false;
    for (int i = 0; i < lines.size(); i++) {
      int line = i + 1;
      int[] span = lines.get(i);
      if (!removed.contains(line)) {
        out.append(text, span[0], span[2]);
        continue;
      }
      if (!commentWritten && !kept.isEmpty()) {
        String eol = text.substring(span[1], span[2]).isEmpty() ? "\n" : text.substring(span[1], span[2]);
        out.append("<!-- vep-lint migrate --drop-legacy: from the removed '")
            .append(sections.get(0).text().replace("--", "- -")).append("' prose, what the front matter does not say:")
            .append(eol);
        for (String k : kept) {
          out.append(commentSafe(k)).append(eol);
        }
        out.append("-->").append(eol).append(eol);
      }
      commentWritten = true;
    }
    byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
    byte[] result = new byte[bom + body.length];
    System.arraycopy(bytes, 0, result, 0, bom);
    System.arraycopy(body, 0, result, bom, body.length);
    return result;
  }

  /** Each line as {start, end of content, end with its line ending}, split as the parser splits. */
  static List<int[]> lineSpans(String text) {
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        int end = i;
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        spans.add(new int[] {start, end, i});
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      spans.add(new int[] {start, text.length(), text.length()});
    }
    return spans;
  }

  /** Text that cannot end or nest the HTML comment it is put in. */
  static String commentSafe(String line) {
    return line.replace("<!--", "&lt;!--").replace("--!>", "--!&gt;").replace("-->", "--&gt;");
  }

  private static Optional<String> scalar(Optional<YamlNode> node) {
    return node.filter(YamlNode.Scalar.class::isInstance).map(n -> ((YamlNode.Scalar) n).value().strip())
        .filter(v -> !v.isEmpty() && !v.equals("~") && !v.equalsIgnoreCase("null"));
  }

  private static String collapse(String line) {
    return line.strip().replaceAll("\\s+", " ");
  }

  private static FileResult skipped(Path file, String relative, String reason, byte[] bytes) {
    return new FileResult(file, relative, Outcome.SKIPPED, reason, Optional.empty(), bytes, bytes);
  }
}
