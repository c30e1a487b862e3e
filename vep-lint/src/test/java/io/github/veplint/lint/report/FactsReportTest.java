package io.github.veplint.lint.report;

import static io.github.veplint.lint.report.Fixtures.CLEAN;
import static io.github.veplint.lint.report.Fixtures.HOTPLUG;
import static io.github.veplint.lint.report.Fixtures.NOTES;
import static io.github.veplint.lint.report.Fixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.Located;
import io.github.veplint.model.Origin;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The facts a shell script reads: counts, then the VEPs with valid front matter and their numbers. */
class FactsReportTest {

  private static final String BROKEN = "veps/sig-x/5-broken/vep.md";
  private static final String ODD = "veps/sig-x/6-odd\nvep=1/vep.md";

  @Test
  void countsThenValidFrontMatterWithItsNumber() {
    LintResult result = new LintResult("/nonexistent/repo", List.of(BROKEN, NOTES, HOTPLUG, CLEAN), List.of(
            finding("frontmatter-schema", Severity.ERROR, BROKEN, 3, 13, "vep-number is not a number"),
            finding("missing-section", Severity.WARNING, HOTPLUG, 12, 3, "no Alternatives"),
            finding("unused-suppression", Severity.INFO, NOTES, 4, 1, "suppresses nothing")),
        Map.of(), List.of(), Map.of(
            BROKEN, Optional.empty(),
            NOTES, Optional.of(new Located<>(9, Origin.FRONT_MATTER, new SourcePosition(2, 13))),
            HOTPLUG, Optional.of(new Located<>(42, Origin.FRONT_MATTER, new SourcePosition(3, 13))),
            CLEAN, Optional.empty(),
            ODD, Optional.of(new Located<>(6, Origin.FRONT_MATTER, new SourcePosition(3, 13)))),
        LintResult.Settings.DEFAULTS);

    assertThat(Fixtures.render(new FactsReport(), result, Fixtures.context())).isEqualTo("""
        errors=1
        warnings=1
        infos=1
        front-matter=veps/sig-compute/42-hotplug/vep.md
        vep=42\tveps/sig-compute/42-hotplug/vep.md\t3\t13
        front-matter=veps/sig-network/7-clean/vep.md
        """);
  }
}
