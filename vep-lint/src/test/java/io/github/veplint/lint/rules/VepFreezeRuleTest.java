package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.FrontMatterFixture.PATH;
import static io.github.veplint.lint.rules.FrontMatterFixture.VALID;
import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.spi.BaseRevision;
import io.github.veplint.lint.spi.ReleaseCalendar;
import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import io.github.veplint.model.schedule.ReleaseSchedules;
import io.github.veplint.model.schedule.ScheduleParser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VepFreezeRuleTest {

  private static final ReleaseVersion V1_9 = new ReleaseVersion(1, 9, -1);
  /** v1.9 as in kubevirt/sig-release: VEP Freeze 2026/04/30, GA 2026/07/22. */
  private static final ReleaseSchedules SCHEDULES = ReleaseSchedules.of(List.of(ScheduleParser.parse(V1_9,
      "releases/v1.9/schedule.yaml", """
          - when: 2026/04/30
            milestone: KubeVirt Alpha 0
            who: KubeVirt
            what: Virtualization Enhancement Proposal (VEP) Freeze
            notes: null
          - when: 2026/07/22
            milestone: "**KubeVirt GA**"
            who: KubeVirt
            what: Tag v1.9.0 on release-1.9
          """)));
  private static final ReleaseCalendar CALENDAR = new ReleaseCalendar(Optional.of(SCHEDULES), Map.of());
  private static final String IMPLEMENTABLE = VALID.replace("status: provisional", "status: implementable");
  private static final SourcePosition STATUS = new SourcePosition(5, 9);
  private static final BaseRevision PROVISIONAL_AT_BASE = new BaseRevision("main", "0123456789abcdef",
      Map.of(PATH, new BaseRevision.VepAtBase(PATH, Vep.Layout.FRONT_MATTER, Optional.of(307), Optional.of("provisional"))));

  private final VepFreezeRule rule = new VepFreezeRule();

  private List<Finding> becomeImplementableOn(LocalDate today) {
    return tester().today(today).releases(CALENDAR).base(PROVISIONAL_AT_BASE).check(rule, PATH, IMPLEMENTABLE);
  }

  @Test
  void theDayBeforeTheFreezeIsFine() {
    assertThat(becomeImplementableOn(LocalDate.of(2026, 4, 29))).isEmpty();
  }

  @Test
  void theDayOfTheFreezeIsFrozen() {
    assertThat(becomeImplementableOn(LocalDate.of(2026, 4, 30))).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(STATUS);
      assertThat(f.message()).isEqualTo("status becomes 'implementable' for v1.9 (milestone.alpha) but the v1.9 VEP"
          + " Freeze began on 2026-04-30: target the upcoming release instead, or ask for a freeze exception on"
          + " the kubevirt-dev mailing list (justification, extra time needed, impact if not granted); once"
          + " granted, a maintainer adds the freeze-exception label to the pull request (check --label"
          + " freeze-exception) or records it in .vep-lint.yaml as 'freeze-exceptions: {v1.9: [307]}'");
    });
  }

  @Test
  void theDayAfterTheFreezeIsFrozen() {
    assertThat(becomeImplementableOn(LocalDate.of(2026, 5, 1))).extracting(Finding::position).containsExactly(STATUS);
  }

  @Test
  void aRecordedExceptionAllowsIt() {
    ReleaseCalendar excepted = new ReleaseCalendar(Optional.of(SCHEDULES), Map.of("v1.9", Set.of(307)));

    assertThat(tester().today(LocalDate.of(2026, 5, 1)).releases(excepted).base(PROVISIONAL_AT_BASE)
        .check(rule, PATH, IMPLEMENTABLE)).isEmpty();
  }

  @Test
  void aVepAlreadyImplementableAtTheBaseIsNotChecked() {
    BaseRevision base = new BaseRevision("main", "0123456789abcdef", Map.of(PATH,
        new BaseRevision.VepAtBase(PATH, Vep.Layout.FRONT_MATTER, Optional.of(307), Optional.of("implementable"),
            Optional.of(V1_9))));

    assertThat(tester().today(LocalDate.of(2026, 5, 1)).releases(CALENDAR).base(base)
        .check(rule, PATH, IMPLEMENTABLE)).isEmpty();
  }

  @Test
  void aVepImplementableAtTheBaseForAnotherReleaseIsRetargeted() {
    BaseRevision base = new BaseRevision("main", "0123456789abcdef", Map.of(PATH,
        new BaseRevision.VepAtBase(PATH, Vep.Layout.FRONT_MATTER, Optional.of(307), Optional.of("implementable"),
            Optional.of(new ReleaseVersion(1, 10, -1)))));

    assertThat(tester().today(LocalDate.of(2026, 5, 1)).releases(CALENDAR).base(base)
        .check(rule, PATH, IMPLEMENTABLE)).singleElement().satisfies(f -> {
          assertThat(f.position()).isEqualTo(STATUS);
          assertThat(f.message()).startsWith("the implementable VEP is retargeted to v1.9 (milestone.alpha)");
        });
  }

  @Test
  void withoutABaseAnImplementableVepOfAFrozenUnshippedReleaseIsReported() {
    List<Finding> findings = tester().today(LocalDate.of(2026, 5, 1)).releases(CALENDAR).check(rule, PATH, IMPLEMENTABLE);

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("status is 'implementable' for v1.9 (milestone.alpha)"));
    // Once v1.9 shipped, being implementable for it is history.
    assertThat(tester().today(LocalDate.of(2026, 7, 22)).releases(CALENDAR).check(rule, PATH, IMPLEMENTABLE)).isEmpty();
  }

  @Test
  void readsTheMilestoneOfTheCurrentStage() {
    String beta = IMPLEMENTABLE.replace("stage: alpha", "stage: beta")
        .replace("  alpha: \"v1.9\"", "  alpha: \"v1.8\"\n  beta: \"v1.9\"");

    assertThat(tester().today(LocalDate.of(2026, 5, 1)).releases(CALENDAR).base(PROVISIONAL_AT_BASE)
        .check(rule, PATH, beta)).singleElement().satisfies(f ->
            assertThat(f.message()).startsWith("status becomes 'implementable' for v1.9 (milestone.beta)"));
  }

  @Test
  void withoutSchedulesNothingIsReportedAndAnUnknownFreezeIsSaid() {
    assertThat(tester().today(LocalDate.of(2026, 5, 1)).base(PROVISIONAL_AT_BASE).check(rule, PATH, IMPLEMENTABLE))
        .isEmpty();
    String v110 = IMPLEMENTABLE.replace("  alpha: \"v1.9\"", "  alpha: \"v1.10\"");
    assertThat(tester().today(LocalDate.of(2026, 5, 1)).releases(CALENDAR).base(PROVISIONAL_AT_BASE)
        .check(rule, PATH, v110)).singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(io.github.veplint.lint.finding.Severity.INFO);
          assertThat(f.position()).isEqualTo(STATUS);
          assertThat(f.message()).isEqualTo("the VEP Freeze of v1.10 was not checked: there is no release schedule"
              + " for it; check the freeze date with the release team, or correct milestone.alpha");
        });
    assertThat(tester().today(LocalDate.of(2026, 5, 1)).releases(CALENDAR).check(rule, PATH, v110))
        .as("without a base, an implementable VEP of a release without a schedule is not news").isEmpty();
  }
}
