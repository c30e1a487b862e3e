package io.github.veplint.lint.release;

import io.github.veplint.model.YamlNode;
import io.github.veplint.model.read.YamlDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read the release's GitHub project board: {@code board:} in {@code .vep-lint.yaml}, each
 * setting defaulting to what the KubeVirt board uses. Field and status names compare without
 * regard to case.
 *
 * @param statusField the single-select field holding an item's status
 * @param tracked the statuses that mean tracked for the release
 * @param atRisk the statuses that mean tracked but at risk
 * @param reviewerField the field naming the VEP reviewer
 * @param targetField the field holding the target release, when the board has one
 * @param repository the repository of the tracking issues, {@code owner/name}
 * @param staleDays a tracked VEP's tracking issue not updated for more days than this is stale
 * @param codeRepository the repository of the code pull requests that refer to the VEPs, {@code owner/name}
 */
public record BoardSettings(String statusField, List<String> tracked, List<String> atRisk, String reviewerField,
    String targetField, String repository, int staleDays, String codeRepository) {

  /** The KubeVirt board's fields ({@code kubevirt/kubevirt}'s {@code label-approved-veps.py}). */
  public static final BoardSettings KUBEVIRT = new BoardSettings("Status", List.of("Tracked"), List.of("At risk"),
      "VEP Reviewer", "Target Release", "kubevirt/enhancements", 7, "kubevirt/kubevirt");

  /** Copies the lists. */
  public BoardSettings {
    Objects.requireNonNull(statusField, "statusField");
    tracked = List.copyOf(tracked);
    atRisk = List.copyOf(atRisk);
    Objects.requireNonNull(reviewerField, "reviewerField");
    Objects.requireNonNull(targetField, "targetField");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(codeRepository, "codeRepository");
  }

  /** How a status reads on the board. */
  public Tracking tracking(Optional<String> status) {
    if (status.isEmpty()) {
      return Tracking.PROPOSED;
    }
    if (contains(tracked, status.get())) {
      return Tracking.TRACKED;
    }
    return contains(atRisk, status.get()) ? Tracking.AT_RISK : Tracking.PROPOSED;
  }

  static boolean same(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }

  private static boolean contains(List<String> names, String name) {
    return names.stream().anyMatch(n -> same(n, name));
  }

  /**
   * The settings of a configuration file's {@code board:} mapping (already validated against the
   * configuration schema by the linter); {@link #KUBEVIRT} for whatever is not set, or when there is
   * no file.
   */
  public static BoardSettings read(Optional<Path> configFile) {
    if (configFile.isEmpty() || !Files.isRegularFile(configFile.get())) {
      return KUBEVIRT;
    }
    try {
      if (Files.size(configFile.get()) > 1 << 20) {
        return KUBEVIRT;
      }
      Optional<YamlNode.Mapping> root =
          YamlDocuments.read(new String(Files.readAllBytes(configFile.get()), StandardCharsets.UTF_8)).root();
      if (root.isEmpty() || !(root.get().get("board").orElse(null) instanceof YamlNode.Mapping board)) {
        return KUBEVIRT;
      }
      return new BoardSettings(
          scalar(board, "status-field").orElse(KUBEVIRT.statusField),
          list(board, "tracked").orElse(KUBEVIRT.tracked),
          list(board, "at-risk").orElse(KUBEVIRT.atRisk),
          scalar(board, "reviewer-field").orElse(KUBEVIRT.reviewerField),
          scalar(board, "target-field").orElse(KUBEVIRT.targetField),
          scalar(board, "repository").orElse(KUBEVIRT.repository),
          scalar(board, "stale-days").map(Integer::parseInt).orElse(KUBEVIRT.staleDays),
          scalar(board, "code-repository").orElse(KUBEVIRT.codeRepository));
    } catch (IOException | NumberFormatException e) {
      return KUBEVIRT;
    }
  }

  private static Optional<String> scalar(YamlNode.Mapping mapping, String key) {
    return mapping.get(key).filter(YamlNode.Scalar.class::isInstance).map(n -> ((YamlNode.Scalar) n).value().strip());
  }

  private static Optional<List<String>> list(YamlNode.Mapping mapping, String key) {
    if (!(mapping.get(key).orElse(null) instanceof YamlNode.Sequence sequence)) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    for (YamlNode item : sequence.items()) {
      if (item instanceof YamlNode.Scalar scalar) {
        values.add(scalar.value().strip());
      }
    }
    return Optional.of(values);
  }

  /** Where a VEP stands on the board. */
  public enum Tracking {
    /** Its status is one of the tracked statuses. */
    TRACKED("tracked"),
    /** Its status is one of the at-risk statuses: still tracked. */
    AT_RISK("at risk"),
    /** On the board with another status (or none): proposed, not tracked yet. */
    PROPOSED("proposed"),
    /** Not on the board. */
    NOT_TRACKED("not on the board");

    private final String label;

    Tracking(String label) {
      this.label = label;
    }

    /** A short label, e.g. {@code at risk}. */
    public String label() {
      return label;
    }

    /** Whether the release team tracks the VEP for the release (tracked or at risk). */
    public boolean tracked() {
      return this == TRACKED || this == AT_RISK;
    }

    /** The JSON name, e.g. {@code at-risk}. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
