package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.MainFileRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepTitle;
import io.github.veplint.model.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The VEP number in the title heading, in front matter {@code vep-number} and in the directory name
 * agree. Numbers compare by value, so {@code #0171} in {@code 171-cold-reboot-guest} is fine.
 */
@RuleInfo(
    id = "number-mismatch",
    severity = Severity.ERROR,
    summary = "The VEP number in the title, front matter and directory name agree",
    tags = {"front-matter", "files"})
public final class NumberMismatchRule extends MainFileRule {

  /** Where a number was written. */
  private enum Source {
    TITLE("the title"),
    FRONT_MATTER("front matter 'vep-number'"),
    DIRECTORY("the directory name");

    final String label;

    Source(String label) {
      this.label = label;
    }
  }

  private record Value(Source source, String text, long number, SourcePosition position) {}

  @Override
  protected void checkMainFile(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    List<Value> values = new ArrayList<>();
    vep.title().flatMap(NumberMismatchRule::titleValue).ifPresent(values::add);
    frontMatterValue(vep).ifPresent(values::add);
    if (vep.location().vepDirectory().isPresent()) {
      vep.location()
          .number()
          .ifPresent(
              n ->
                  values.add(
                      new Value(
                          Source.DIRECTORY,
                          vep.location().vepDirectory().get(),
                          n,
                          SourcePosition.START)));
    }
    if (values.stream().map(Value::number).distinct().count() < 2) {
      return;
    }
    long reference = reference(values);
    String all = describe(values);
    List<Value> inFile = values.stream().filter(v -> v.source() != Source.DIRECTORY).toList();
    boolean reported = false;
    for (Value value : inFile) {
      if (value.number() != reference) {
        sink.report(
            value.position(),
            value.source().label
                + " says "
                + value.number()
                + " but the VEP's number is "
                + reference
                + " ("
                + all
                + "): make them all the"
                + " number of the VEP's tracking issue");
        reported = true;
      }
    }
    if (!reported) {
      // Only the directory disagrees: point at the first number written in the file.
      sink.report(
          inFile.get(0).position(),
          "the directory name says "
              + directoryNumber(values)
              + " but the VEP's number is "
              + reference
              + " ("
              + all
              + "): rename the directory, or fix the number, so all match the tracking issue");
    }
  }

  private static Optional<Value> titleValue(VepTitle title) {
    return title
        .number()
        .map(
            n ->
                new Value(
                    Source.TITLE,
                    title.numberText().orElse(String.valueOf(n)),
                    n,
                    title.position()));
  }

  private static Optional<Value> frontMatterValue(Vep vep) {
    return vep.frontMatter()
        .flatMap(f -> f.get("vep-number"))
        .filter(YamlNode.Scalar.class::isInstance)
        .map(YamlNode.Scalar.class::cast)
        .filter(s -> s.value().strip().matches("\\d{1,9}"))
        .map(
            s ->
                new Value(
                    Source.FRONT_MATTER,
                    s.value().strip(),
                    Long.parseLong(s.value().strip()),
                    s.position()));
  }

  /**
   * The number the VEP most likely has: the one most sources agree on, else the directory's (the
   * repository's naming check enforces it), else front matter's (VEP 282's source of truth).
   */
  private static long reference(List<Value> values) {
    Map<Long, Integer> votes = new HashMap<>();
    values.forEach(v -> votes.merge(v.number(), 1, Integer::sum));
    for (Map.Entry<Long, Integer> vote : votes.entrySet()) {
      if (vote.getValue() >= 2) {
        return vote.getKey();
      }
    }
    for (Source preferred : List.of(Source.DIRECTORY, Source.FRONT_MATTER)) {
      for (Value value : values) {
        if (value.source() == preferred) {
          return value.number();
        }
      }
    }
    return values.get(0).number();
  }

  private static long directoryNumber(List<Value> values) {
    return values.stream()
        .filter(v -> v.source() == Source.DIRECTORY)
        .findFirst()
        .orElseThrow()
        .number();
  }

  private static String describe(List<Value> values) {
    List<String> parts = new ArrayList<>();
    for (Source source : Source.values()) {
      Optional<Value> value = values.stream().filter(v -> v.source() == source).findFirst();
      parts.add(
          source.label
              + ": "
              + value
                  .map(
                      v ->
                          source == Source.TITLE
                              ? "#" + v.text()
                              : source == Source.DIRECTORY ? "'" + v.text() + "'" : v.text())
                  .orElse("not set"));
    }
    return String.join(", ", parts);
  }
}
