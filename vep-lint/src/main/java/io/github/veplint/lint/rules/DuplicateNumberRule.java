package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.Report;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RepositoryRule;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepSummary;
import io.github.veplint.model.Located;
import io.github.veplint.model.Origin;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.read.VepDirectory;
import io.github.veplint.model.read.VepRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * No two VEPs share a number. A VEP's number is its metadata number (front matter, else title),
 * else its directory's. Each VEP involved gets one finding naming the others; a VEP the run does
 * not lint still counts (by its directory number) but gets no finding of its own.
 */
@RuleInfo(
    id = "duplicate-number",
    severity = Severity.ERROR,
    summary = "No two VEPs share a number",
    tags = "files")
public final class DuplicateNumberRule implements RepositoryRule {

  /** One VEP main file and its number. */
  private record Numbered(String file, int number, SourcePosition position, boolean linted) {}

  @Override
  public void check(List<VepSummary> veps, LintContext context, FindingSink sink) {
    Map<Integer, List<Numbered>> byNumber = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (VepSummary vep : veps) {
      if (!vep.location().isMainFile() || vep.number().isEmpty()) {
        continue;
      }
      Located<Integer> number = vep.number().get();
      SourcePosition at = number.origin() == Origin.PATH ? SourcePosition.START : number.position();
      byNumber
          .computeIfAbsent(number.value(), n -> new ArrayList<>())
          .add(new Numbered(vep.file(), number.value(), at, true));
      seen.add(vep.file());
    }
    // VEPs outside this run still take their number: a run over one VEP must see the clash too.
    VepRepository repository = context.repository();
    for (VepDirectory directory : repository.directories()) {
      if (directory.mainFile().isEmpty() || directory.number().isEmpty()) {
        continue;
      }
      String file = repository.relativize(directory.mainFile().get());
      if (!seen.contains(file)) {
        byNumber
            .computeIfAbsent(directory.number().get(), n -> new ArrayList<>())
            .add(new Numbered(file, directory.number().get(), SourcePosition.START, false));
      }
    }
    for (List<Numbered> sharing : byNumber.values()) {
      if (sharing.size() < 2) {
        continue;
      }
      for (Numbered vep : sharing) {
        if (!vep.linted()) {
          continue;
        }
        List<String> others =
            sharing.stream().filter(o -> o != vep).map(o -> "'" + o.file() + "'").toList();
        sink.report(Report.at(vep.position(), "VEP number "
                + vep.number()
                + " is also used by "
                + String.join(", ", others)
                + ": each VEP's number is its own tracking issue's number; open a tracking issue"
                + " for the newer VEP and renumber it (directory, title and vep-number)").in(vep.file()));
      }
    }
  }
}
