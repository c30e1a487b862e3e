package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.FrontMatterFixture.PATH;
import static io.github.veplint.lint.rules.FrontMatterFixture.VALID;
import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.ReleaseCalendar;
import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.schedule.ReleaseSchedules;
import io.github.veplint.model.schedule.ScheduleParser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FutureTargetRuleTest {

  private static final ReleaseCalendar CALENDAR = new ReleaseCalendar(Optional.of(ReleaseSchedules.of(List.of(
      ScheduleParser.parse(new ReleaseVersion(1, 8, -1), "v1.8", "- when: 2026/01/07\n  what: VEP Freeze\n"),
      ScheduleParser.parse(new ReleaseVersion(1, 9, -1), "v1.9", "- when: 2026/04/30\n  what: VEP Freeze\n")))),
      Map.of());
  /** While v1.9 is planned: alpha v1.9, beta v1.10 (line 18), GA v1.11 (line 19). */
  private static final String PLANNED_AHEAD =
      VALID.replace("  alpha: \"v1.9\"", "  alpha: \"v1.9\"\n  beta: \"v1.10\"\n  ga: \"v1.11\"");

  private final FutureTargetRule rule = new FutureTargetRule();

  @Test
  void warnsAboutEveryStageBeyondTheUpcomingRelease() {
    List<Finding> findings = tester().today(LocalDate.of(2026, 2, 1)).releases(CALENDAR).check(rule, PATH, PLANNED_AHEAD);

    assertThat(findings).extracting(Finding::position)
        .containsExactly(new SourcePosition(18, 9), new SourcePosition(19, 7));
    assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(findings.get(0).message()).isEqualTo("milestone.beta is v1.10, beyond the upcoming release v1.9 (its"
        + " VEP Freeze is 2026-04-30): target only the upcoming release, as the VEP template asks; set it to TBD"
        + " and retarget it when v1.10 is planned");
  }

  @Test
  void afterTheLastPublishedFreezeTheNextMinorReleaseIsUpcoming() {
    List<Finding> findings = tester().today(LocalDate.of(2026, 4, 30)).releases(CALENDAR).check(rule, PATH, PLANNED_AHEAD);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(19, 7));
      assertThat(f.message()).contains("beyond the upcoming release v1.10 (its schedule is not published yet)");
    });
  }

  @Test
  void checksTheOlderLayoutsTargetBullets() {
    String legacy = """
        # VEP #42: Something

        ## VEP Status Metadata

        ### Target releases

        - This VEP targets alpha for version: v1.9
        - This VEP targets beta for version: v1.11
        """;

    assertThat(tester().today(LocalDate.of(2026, 2, 1)).releases(CALENDAR)
        .check(rule, "veps/sig-compute/42-something/vep.md", legacy)).singleElement().satisfies(f -> {
          assertThat(f.position()).isEqualTo(new SourcePosition(8, 38));
          assertThat(f.message()).startsWith("the 'beta' target release is v1.11, beyond the upcoming release v1.9");
        });
  }

  @Test
  void ignoresVepsNoLongerPlannedAndRunsWithoutSchedules() {
    String deferred = PLANNED_AHEAD.replace("status: provisional", "status: deferred");

    assertThat(tester().today(LocalDate.of(2026, 2, 1)).releases(CALENDAR).check(rule, PATH, deferred)).isEmpty();
    assertThat(tester().today(LocalDate.of(2026, 2, 1)).check(rule, PATH, PLANNED_AHEAD)).isEmpty();
  }
}
