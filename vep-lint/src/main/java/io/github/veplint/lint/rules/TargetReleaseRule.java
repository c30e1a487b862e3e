package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Fix;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.Report;
import io.github.veplint.lint.spi.MainFileRule;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.Milestones;
import io.github.veplint.model.ReleaseTarget;
import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import io.github.veplint.model.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Target releases are written so tooling can read them, in an order a feature can ship, and once.
 *
 * <ul>
 *   <li>Values are {@code vX.Y}, {@code vX.Y.Z}, {@code TBD} or {@code N/A}. A malformed value is
 *       reported at the value with the canonical form when its intent is clear ({@code 1.9} →
 *       {@code v1.9}). Front matter values must be exactly that (no trailing note or period, no
 *       empty value: omit the key until planned); the older layout's bullets may carry a note, end
 *       in a period, or be empty (not yet planned).
 *   <li>alpha ≤ beta ≤ GA among the stages that name a release, compared by minor release. The older
 *       layout may have one "Target releases" section per feature gate; each is ordered on its own.
 *       Extra stages such as {@code alpha2} rank with their stage.
 *   <li>A front matter VEP that still has "Target releases" bullets: each bullet must agree with the
 *       front matter, the source of truth.
 * </ul>
 *
 * <p>This rule owns the schema's violations on scalar {@code milestone.alpha|beta|ga} values, so
 * {@code frontmatter-schema} does not repeat them.
 */
@RuleInfo(
    id = "target-release",
    severity = Severity.ERROR,
    summary = "Target releases are vX.Y[.Z], TBD or N/A, ordered alpha <= beta <= GA, and prose agrees with front matter",
    tags = {"front-matter", "release"},
    fixable = true)
public final class TargetReleaseRule extends MainFileRule {

  private static final Pattern CANONICAL = Pattern.compile("^(?:v\\d+\\.\\d+(?:\\.\\d+)?|TBD|N/A)$");
  private static final List<String> STAGES = List.of("alpha", "beta", "ga");

  @Override
  protected void checkMainFile(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    Optional<YamlNode.Mapping> front = FrontMatterSupport.mainFrontMatter(vep);
    Milestones milestones = vep.metadata().milestones();
    if (front.isPresent()) {
      checkFrontMatterValues(vep, front.get(), milestones, sink);
      checkOrder(List.of(milestones.targets()), sink);
      checkProseAgrees(vep.legacy().targets(), milestones, sink);
    } else if (vep.layout() == Vep.Layout.LEGACY) {
      for (ReleaseTarget target : milestones.targets()) {
        if (target.kind() == ReleaseTarget.Kind.MALFORMED) {
          sink.report(Report.at(target.position(), malformed(target, false, false)).withFix(target.version().flatMap(v -> rewrite(vep, target, target.rawValue(), v.toString(), false))));
        } else {
          notJustTheValue(vep, target).ifPresent(m -> sink.report(Report.at(target.position(), m.message()).withFix(m.fix())));
        }
      }
      checkOrder(sections(milestones.targets()), sink);
    }
  }

  private static void checkFrontMatterValues(
      Vep vep, YamlNode.Mapping root, Milestones milestones, FindingSink sink) {
    if (!(root.get("milestone").orElse(null) instanceof YamlNode.Mapping milestone)) {
      return;
    }
    for (YamlNode.Entry entry : milestone.entries()) {
      String stage = entry.key().toLowerCase(Locale.ROOT);
      if (!STAGES.contains(stage) || !(entry.value() instanceof YamlNode.Scalar value)) {
        continue; // unknown stages and lists are frontmatter-schema's
      }
      if (value.type() == YamlNode.ScalarType.STRING && CANONICAL.matcher(value.value()).matches()) {
        continue;
      }
      Optional<ReleaseTarget> target = milestones.stage(stage);
      if (target.isEmpty()) {
        continue;
      }
      ReleaseTarget t = target.get();
      String key = "milestone." + stage;
      String message =
          switch (t.kind()) {
            case EMPTY -> key + " is empty: write the release it targets (e.g. \"v1.9\"), TBD if not"
                + " chosen yet, or remove the key until planned";
            case TBD -> "write TBD in capitals: '" + value.value() + "' is not one of the values tools read";
            case NOT_APPLICABLE -> "write N/A: '" + value.value() + "' is not one of the values tools read";
            case VERSION -> key + " must be just the release: write \"" + t.version().orElseThrow() + "\""
                + (t.note().isEmpty() ? "" : " and move '" + t.note() + "' into the VEP body");
            default -> malformed(t, true, value.type() != YamlNode.ScalarType.STRING);
          };
      Optional<String> canonical =
          switch (t.kind()) {
            case TBD -> Optional.of("TBD");
            case NOT_APPLICABLE -> Optional.of("N/A");
            case MALFORMED -> t.version().map(Object::toString);
            default -> Optional.empty();
          };
      sink.report(Report.at(t.position(), message).withFix(canonical.flatMap(c -> rewrite(vep, t, value.value(), c, true))));
    }
  }

  /**
   * Replaces {@code written}, found verbatim at the target's position (inside quotes in YAML), by
   * the canonical value; an unquoted YAML value gets quotes, so {@code 1.10} stays a string.
   */
  private static Optional<Fix> rewrite(
      Vep vep, ReleaseTarget target, String written, String canonical, boolean yaml) {
    int line = target.position().line();
    if (written.isEmpty() || line < 1 || line > vep.lines().size()) {
      return Optional.empty();
    }
    String text = vep.line(line);
    int at = target.position().column() - 1;
    boolean quoted = at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'');
    int start = quoted ? at + 1 : at;
    if (start < 0 || !text.startsWith(written, start)) {
      return Optional.empty();
    }
    String replacement = yaml && !quoted ? "\"" + canonical + "\"" : canonical;
    return Optional.of(Fix.replace("write " + replacement, vep.location().relativePath(),
        new SourcePosition(line, start + 1), new SourcePosition(line, start + 1 + written.length()),
        replacement));
  }

  /** A finding's message and, when the value is only mis-punctuated, its fix. */
  private record Message(String message, Optional<Fix> fix) {}

  /**
   * The parser reads the release from the first word of a bullet, so {@code v1.9.} and {@code
   * v1.11.0 (development during v1.10.0)} name a release; but the release team and the front
   * matter migration take the bullet's whole value, and such a value is none of vX.Y, TBD or N/A.
   * Struck-through and empty bullets are read as written elsewhere.
   */
  private static Optional<Message> notJustTheValue(Vep vep, ReleaseTarget target) {
    if (target.kind() == ReleaseTarget.Kind.EMPTY || target.rawValue().isEmpty()) {
      return Optional.empty();
    }
    int line = target.position().line();
    if (line < 1 || line > vep.lines().size()) {
      return Optional.empty();
    }
    String text = vep.lines().get(line - 1);
    int from = Math.min(Math.max(0, target.position().column() - 1), text.length());
    String written = text.substring(from).strip();
    String value = target.rawValue();
    if (!written.startsWith(value) || written.equals(value)) {
      return Optional.empty();
    }
    String rest = written.substring(value.length()).strip();
    if (rest.replaceAll("[~*_]", "").isEmpty()) {
      return Optional.empty(); // the end of a strike-through or emphasis, not part of the value
    }
    String canonical =
        switch (target.kind()) {
          case VERSION -> target.version().orElseThrow().toString();
          case TBD -> "TBD";
          default -> "N/A";
        };
    if (rest.matches("[.,;]+")) {
      return Optional.of(new Message(
          "'" + written + "' is not a release as KubeVirt writes it: write " + canonical
              + " (no trailing '" + rest + "')",
          rewrite(vep, target, written, canonical, false)));
    }
    // Where the note goes is the author's call: no fix.
    return Optional.of(new Message(
        "'" + written + "' is not just a release, TBD or N/A: write " + canonical + " and move '"
            + rest + "' into the VEP's text (the release team reads the whole value)",
        Optional.empty()));
  }

  private static String malformed(ReleaseTarget target, boolean yaml, boolean yamlNumber) {
    String written = target.rawValue();
    if (target.version().isPresent()) {
      String canonical = target.version().get().toString();
      String numberHint = yamlNumber ? " (quoted: unquoted, " + written + " is a YAML number)" : "";
      return "'" + written + "' is not a release as KubeVirt writes it: write "
          + (yaml ? "\"" + canonical + "\"" + numberHint : canonical);
    }
    return "'" + written + "' is not a release: write vX.Y (e.g. v1.9), TBD if the release is not"
        + " chosen yet, or N/A if the stage does not apply";
  }

  /**
   * The older layout's targets split into "Target releases" sections: a VEP with one section per
   * feature gate repeats the stages, and each section is ordered on its own.
   */
  private static List<List<ReleaseTarget>> sections(List<ReleaseTarget> targets) {
    List<List<ReleaseTarget>> groups = new ArrayList<>();
    List<ReleaseTarget> current = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ReleaseTarget target : targets) {
      if (!seen.add(target.stage())) {
        groups.add(current);
        current = new ArrayList<>();
        seen.clear();
        seen.add(target.stage());
      }
      current.add(target);
    }
    groups.add(current);
    return groups;
  }

  private static void checkOrder(List<List<ReleaseTarget>> groups, FindingSink sink) {
    for (List<ReleaseTarget> group : groups) {
      for (ReleaseTarget later : group) {
        int laterRank = rank(later.stage());
        Optional<ReleaseVersion> laterRelease = release(later);
        if (laterRank <= 0 || laterRelease.isEmpty()) {
          continue;
        }
        for (ReleaseTarget earlier : group) {
          int earlierRank = rank(earlier.stage());
          Optional<ReleaseVersion> earlierRelease = release(earlier);
          if (earlierRank >= 0 && earlierRank < laterRank && earlierRelease.isPresent()
              && laterRelease.get().compareTo(earlierRelease.get()) < 0) {
            sink.report(
                later.position(),
                stageName(later.stage()) + " targets " + laterRelease.get() + ", before "
                    + stageName(earlier.stage()) + " (" + earlierRelease.get() + "): a feature"
                    + " graduates alpha, then beta, then GA; correct whichever release is wrong");
            break;
          }
        }
      }
    }
  }

  private static void checkProseAgrees(Milestones prose, Milestones front, FindingSink sink) {
    for (String stage : STAGES) {
      Optional<ReleaseTarget> bullet = prose.stage(stage);
      if (bullet.isEmpty()) {
        continue;
      }
      Optional<ReleaseVersion> said = release(bullet.get());
      Optional<ReleaseTarget> field = front.stage(stage);
      Optional<ReleaseVersion> recorded = field.flatMap(TargetReleaseRule::release);
      if (said.equals(recorded)) {
        continue;
      }
      String proseValue = said.map(ReleaseVersion::toString).orElse("no release");
      String frontValue =
          recorded.map(r -> "\"" + r + "\"")
              .orElse(field.map(f -> f.rawValue().isEmpty() ? "empty" : f.rawValue()).orElse("not set"));
      sink.report(
          bullet.get().position(),
          ("Target releases says %s is %s but the front matter's milestone.%s is %s: the front matter is the"
              + " source of truth (VEP 282); remove the Target releases section ('vep-lint migrate --drop-legacy'"
              + " removes it and keeps whatever the front matter does not say), or make it match")
              .formatted(stageName(stage), proseValue, stage, frontValue));
    }
  }

  /** The release a target names, by minor release (v1.9.0 and v1.9 are the same release). */
  private static Optional<ReleaseVersion> release(ReleaseTarget target) {
    boolean names = target.kind() == ReleaseTarget.Kind.VERSION || target.kind() == ReleaseTarget.Kind.MALFORMED;
    return names ? target.version().map(ReleaseVersion::minorRelease) : Optional.empty();
  }

  /** 0 for alpha (and alpha2...), 1 for beta, 2 for GA, -1 for stages outside the sequence. */
  private static int rank(String stage) {
    if (stage.startsWith("alpha")) {
      return 0;
    }
    if (stage.startsWith("beta")) {
      return 1;
    }
    return stage.equals("ga") ? 2 : -1;
  }

  private static String stageName(String stage) {
    return stage.equals("ga") ? "GA" : stage;
  }
}
