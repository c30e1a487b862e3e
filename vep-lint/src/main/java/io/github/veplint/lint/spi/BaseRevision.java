package io.github.veplint.lint.spi;

import io.github.veplint.model.FrontMatter;
import io.github.veplint.model.ReleaseTarget;
import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepStatus;
import io.github.veplint.model.YamlNode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The VEPs as they were at the base revision of a run ({@code check --base REF}): what rules that
 * compare a change with its base, such as {@code status-transition}, need to know.
 *
 * @param ref the revision as the user gave it, e.g. {@code origin/main}
 * @param commit the commit it resolved to (full id)
 * @param veps every VEP markdown file under the VEP roots that changed since the base (see {@link
 *     LintContext#changedSinceBase}), as it was at the base, by repository-relative path; a file
 *     that did not change is the same at the base as in the working tree
 * @param renamedFrom for each file moved or renamed since the base (git's rename detection: the
 *     same or a similar content at another path), its path at the base, by its path now; a VEP
 *     whose directory or SIG directory was renamed keeps its identity through it
 * @param added every file (of any kind) the working tree has and the base did not have at that
 *     path, renamed ones excluded (they are in {@code renamedFrom}), repository-relative
 */
public record BaseRevision(String ref, String commit, Map<String, VepAtBase> veps, Map<String, String> renamedFrom,
    Set<String> added) {

  /** A base revision in which nothing was renamed. */
  public BaseRevision(String ref, String commit, Map<String, VepAtBase> veps) {
    this(ref, commit, veps, Map.of());
  }

  /** A base revision in which nothing was added but what was renamed. */
  public BaseRevision(String ref, String commit, Map<String, VepAtBase> veps, Map<String, String> renamedFrom) {
    this(ref, commit, veps, renamedFrom, Set.of());
  }

  /**
   * The files a pull request adds or moves: those the base did not have at their path (added,
   * or renamed from another path), as git's {@code --diff-filter=ACR} lists them; sorted.
   */
  public SortedSet<String> addedOrMoved() {
    SortedSet<String> files = new TreeSet<>(added);
    files.addAll(renamedFrom.keySet());
    return Collections.unmodifiableSortedSet(files);
  }

  /**
   * One VEP file at the base revision.
   *
   * @param file its repository-relative path at the base
   * @param layout whether it had front matter or the older prose layout (which has no status)
   * @param number its VEP number, when it had one
   * @param status its {@code status} as written, when it had front matter with one
   * @param trackedRelease the minor release its current stage targeted ({@code milestone.<stage>},
   *     {@code milestone.alpha} without a stage), when it named one
   */
  public record VepAtBase(
      String file, Vep.Layout layout, Optional<Integer> number, Optional<String> status,
      Optional<ReleaseVersion> trackedRelease) {

    /** Rejects nulls. */
    public VepAtBase {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(layout, "layout");
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(trackedRelease, "trackedRelease");
    }

    /** A VEP at the base without a known tracked release. */
    public VepAtBase(String file, Vep.Layout layout, Optional<Integer> number, Optional<String> status) {
      this(file, layout, number, status, Optional.empty());
    }

    /** What the base says of a parsed VEP file. */
    public static VepAtBase of(String file, Vep vep) {
      boolean frontMatter = vep.layout() == Vep.Layout.FRONT_MATTER;
      return new VepAtBase(
          file,
          vep.layout(),
          vep.metadata().number().map(n -> n.value()),
          frontMatter ? vep.metadata().status().map(s -> s.value()) : Optional.empty(),
          frontMatter ? BaseRevision.trackedRelease(vep) : Optional.empty());
    }

    /** The status as one of VEP 282's states; empty when absent or not a valid state. */
    public Optional<VepStatus> proposalStatus() {
      return status.flatMap(VepStatus::fromYaml);
    }
  }

  /**
   * The minor release a VEP's current stage targets: {@code milestone.<stage>} for a stage of
   * beta or ga, else {@code milestone.alpha}; a release written without its {@code v} counts.
   */
  public static Optional<ReleaseVersion> trackedRelease(Vep vep) {
    return vep.metadata().milestones().stage(trackedStage(vep))
        .flatMap(ReleaseTarget::version)
        .map(ReleaseVersion::minorRelease);
  }

  /** The stage whose milestone a VEP is tracked by: its {@code stage} when beta or ga, else alpha. */
  public static String trackedStage(Vep vep) {
    return vep.frontMatter()
        .flatMap(FrontMatter::root)
        .flatMap(root -> root.get("stage"))
        .filter(YamlNode.Scalar.class::isInstance)
        .map(node -> ((YamlNode.Scalar) node).value().strip())
        .filter(stage -> stage.equals("beta") || stage.equals("ga"))
        .orElse("alpha");
  }

  /** Copies the map so the record stays immutable. */
  public BaseRevision {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(commit, "commit");
    veps = Map.copyOf(veps);
    renamedFrom = Map.copyOf(renamedFrom);
    added = Set.copyOf(added);
  }

  /** A short form of the commit for messages: {@code REF (abc1234)}. */
  public String describe() {
    String shortId = commit.length() > 7 ? commit.substring(0, 7) : commit;
    return ref.equals(commit) || ref.equals(shortId) ? shortId : ref + " (" + shortId + ")";
  }

  /**
   * The base version of a changed VEP: the file it was renamed from (git's rename detection), else
   * the main file at the same path, else (the VEP moved, e.g. its directory was renamed and edited
   * beyond recognition) the main file at the base with the same VEP number. Empty for a VEP that is
   * new since the base. Only meaningful for files in {@link LintContext#changedSinceBase}.
   */
  public Optional<VepAtBase> find(String file, Optional<Integer> number) {
    VepAtBase renamed = veps.get(renamedFrom.getOrDefault(file, ""));
    if (renamed != null) {
      return Optional.of(renamed);
    }
    VepAtBase same = veps.get(file);
    if (same != null) {
      return Optional.of(same);
    }
    if (number.isEmpty()) {
      return Optional.empty();
    }
    return veps.values().stream()
        .filter(v -> v.file().endsWith("/vep.md") && v.number().equals(number))
        .sorted(java.util.Comparator.comparing(VepAtBase::file))
        .findFirst();
  }
}
