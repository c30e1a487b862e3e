package io.github.veplint.model.internal;

import io.github.veplint.model.FrontMatter;
import io.github.veplint.model.LegacyMetadata;
import io.github.veplint.model.Located;
import io.github.veplint.model.Milestones;
import io.github.veplint.model.Origin;
import io.github.veplint.model.ReleaseTarget;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.VepLocation;
import io.github.veplint.model.VepMetadata;
import io.github.veplint.model.VepTitle;
import io.github.veplint.model.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Merges front matter, title, legacy sections and path into one {@link VepMetadata}: front matter
 * wins where it has a value, then the title, then the path.
 */
public final class MetadataAssembler {

  private MetadataAssembler() {}

  /** Merges the sources of one VEP. */
  public static VepMetadata assemble(
      Optional<FrontMatter> frontMatter,
      Optional<VepTitle> title,
      LegacyMetadata legacy,
      VepLocation location) {
    Optional<YamlNode.Mapping> yaml = frontMatter.flatMap(FrontMatter::root);
    Optional<Located<Integer>> number =
        first(
            yaml.flatMap(y -> scalar(y, "vep-number")).flatMap(MetadataAssembler::number),
            title.flatMap(t -> t.number().map(n -> new Located<>(n, Origin.TITLE, t.position()))),
            location.number().map(n -> new Located<>(n, Origin.PATH, SourcePosition.START)));
    Optional<Located<String>> titleText =
        first(
            yaml.flatMap(y -> scalar(y, "title")).filter(t -> !t.value().isBlank()),
            title.filter(t -> !t.text().isEmpty())
                .map(t -> new Located<>(t.text(), Origin.TITLE, t.position())));
    Optional<Located<String>> owningSig =
        first(
            yaml.flatMap(y -> scalar(y, "owning-sig")),
            location.sigDirectory()
                .filter(sig -> !location.isProcessVep())
                .map(sig -> new Located<>(sig, Origin.PATH, SourcePosition.START)));
    Milestones milestones = yaml.isPresent() ? milestones(yaml.get()) : legacy.targets();
    return new VepMetadata(
        number,
        titleText,
        yaml.flatMap(y -> scalar(y, "status")),
        yaml.flatMap(y -> scalar(y, "creation-date")),
        yaml.map(y -> list(y, "authors")).orElse(List.of()),
        owningSig,
        yaml.map(y -> list(y, "participating-sigs")).orElse(List.of()),
        yaml.map(y -> list(y, "reviewers")).orElse(List.of()),
        yaml.map(y -> list(y, "approvers")).orElse(List.of()),
        yaml.flatMap(y -> scalar(y, "feature-gate")).filter(f -> !f.value().isBlank()),
        yaml.flatMap(y -> scalar(y, "stage")),
        milestones,
        yaml.flatMap(y -> scalar(y, "replaces")).filter(r -> !r.value().isBlank()),
        yaml.flatMap(y -> scalar(y, "superseded-by")).filter(r -> !r.value().isBlank()));
  }

  @SafeVarargs
  private static <T> Optional<T> first(Optional<T>... candidates) {
    return Stream.of(candidates).flatMap(Optional::stream).findFirst();
  }

  private static Optional<Located<String>> scalar(YamlNode.Mapping yaml, String key) {
    return yaml.get(key)
        .filter(YamlNode.Scalar.class::isInstance)
        .map(YamlNode.Scalar.class::cast)
        .map(s -> new Located<>(s.value(), Origin.FRONT_MATTER, s.position()));
  }

  private static Optional<Located<Integer>> number(Located<String> value) {
    String text = value.value().strip();
    return text.matches("\\d{1,9}")
        ? Optional.of(value.map(Integer::parseInt))
        : Optional.empty();
  }

  /** A list value; a lone scalar counts as a list of one (the schema reports the wrong type). */
  private static List<Located<String>> list(YamlNode.Mapping yaml, String key) {
    Optional<YamlNode> node = yaml.get(key);
    List<Located<String>> values = new ArrayList<>();
    if (node.isPresent() && node.get() instanceof YamlNode.Sequence sequence) {
      for (YamlNode item : sequence.items()) {
        if (item instanceof YamlNode.Scalar s) {
          values.add(new Located<>(s.value(), Origin.FRONT_MATTER, s.position()));
        }
      }
    } else if (node.isPresent()
        && node.get() instanceof YamlNode.Scalar s
        && s.type() != YamlNode.ScalarType.NULL) {
      values.add(new Located<>(s.value(), Origin.FRONT_MATTER, s.position()));
    }
    return values;
  }

  private static Milestones milestones(YamlNode.Mapping yaml) {
    List<ReleaseTarget> targets = new ArrayList<>();
    if (yaml.get("milestone").orElse(null) instanceof YamlNode.Mapping milestone) {
      for (YamlNode.Entry entry : milestone.entries()) {
        if (entry.value() instanceof YamlNode.Scalar value) {
          targets.add(
              ReleaseValues.classify(
                  entry.key().toLowerCase(Locale.ROOT),
                  value.value(),
                  false,
                  Origin.FRONT_MATTER,
                  value.type() == YamlNode.ScalarType.NULL ? entry.keyPosition() : value.position()));
        }
      }
    }
    return new Milestones(targets);
  }
}
