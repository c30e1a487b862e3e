package io.github.veplint.lint.rules;

import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.model.FrontMatter;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Text;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepStatus;
import io.github.veplint.model.YamlNode;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the front matter rules share: which files they look at, how to read a key, and how to
 * suggest a fix for a near miss.
 */
final class FrontMatterSupport {

  /** A GitHub user name with its {@code @}: the schema's {@code githubHandle}. */
  static final Pattern GITHUB_HANDLE =
      Pattern.compile("^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$");

  /** The placeholder VEP 282 allows for reviewers and approvers until the SIG has assigned them. */
  static final String TBD = "TBD";

  private FrontMatterSupport() {}

  /**
   * The readable front matter of a main {@code vep.md}: empty for attachments, files without front
   * matter, and front matter that is not a readable mapping (frontmatter-syntax reports those, and
   * every other rule stays quiet rather than guess).
   */
  static Optional<YamlNode.Mapping> mainFrontMatter(Vep vep) {
    if (!vep.location().isMainFile()) {
      return Optional.empty();
    }
    return vep.frontMatter().flatMap(FrontMatter::root);
  }

  /**
   * Where a finding about a missing key points: the first key of the block, as the schema check
   * does, so all "missing key" findings of one file sit on the same line.
   */
  static SourcePosition missingKeyPosition(YamlNode.Mapping root) {
    return root.position();
  }

  /** The scalar at {@code key}; empty when the key is absent or holds a list or mapping. */
  static Optional<YamlNode.Scalar> scalar(YamlNode.Mapping mapping, String key) {
    return mapping.get(key).filter(YamlNode.Scalar.class::isInstance).map(YamlNode.Scalar.class::cast);
  }

  /** Whether a node is a scalar with nothing in it ({@code key:}, {@code key: ""}, {@code key: ~}). */
  static boolean isBlank(YamlNode node) {
    return node instanceof YamlNode.Scalar s && s.value().isBlank();
  }

  /** The items of a list value; a lone scalar counts as a one-item list, as the model reads it. */
  static List<YamlNode> items(YamlNode node) {
    if (node instanceof YamlNode.Sequence sequence) {
      return sequence.items();
    }
    if (node instanceof YamlNode.Scalar scalar && scalar.type() != YamlNode.ScalarType.NULL) {
      return List.of(scalar);
    }
    return List.of();
  }

  /** The proposal state when the front matter names a valid one. */
  static Optional<VepStatus> status(YamlNode.Mapping root) {
    return scalar(root, "status").flatMap(s -> VepStatus.fromYaml(s.value()));
  }

  /** {@code 'a', 'b' or 'c'}, for messages that list the allowed values. */
  static String oneOf(Collection<String> values) {
    List<String> quoted = values.stream().map(v -> "'" + v + "'").toList();
    if (quoted.size() <= 1) {
      return String.join("", quoted);
    }
    return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
  }

  /**
   * The candidate closest to {@code written} when it is a plausible typo (case-insensitive edit
   * distance of at most a third of its length, and at most 3), for "did you mean" hints.
   */
  static Optional<String> closest(String written, Collection<String> candidates) {
    String lower = written.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = Text.editDistance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.min(3, Math.max(1, written.length() / 3));
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** {@code " (did you mean 'x'?)"}, or nothing when no candidate is close. */
  static String didYouMean(String written, Collection<String> candidates) {
    return closest(written, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  /** Whether the file changed since the base revision ({@code check --base}); false without a base. */
  static boolean changedSinceBase(Vep vep, LintContext context) {
    Path file = Path.of(vep.location().relativePath());
    return context.changedSinceBase().map(changed -> changed.contains(file)).orElse(false);
  }

  /**
   * Notes once per run that the date rules checked nothing for want of a release schedule source,
   * when that is so for a VEP's main file.
   */
  static void noteWithoutSchedule(Vep vep, LintContext context, FindingSink sink) {
    if (vep.location().isMainFile() && context.releases().schedules().isEmpty()
        && context.releases().unavailable().isEmpty()) {
      sink.note("no release schedule is configured, so 'future-target' and 'vep-freeze' checked nothing:"
          + " set 'schedule' in .vep-lint.yaml (e.g. '../sig-release', a kubevirt/sig-release"
          + " checkout) or pass --schedule");
    }
  }
}
