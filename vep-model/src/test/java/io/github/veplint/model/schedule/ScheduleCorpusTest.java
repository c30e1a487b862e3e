package io.github.veplint.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.model.Corpus;
import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.SourcePosition;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every schedule of the real kubevirt/sig-release, with each release's VEP Freeze as read by hand. */
class ScheduleCorpusTest {

  /**
   * Read from {@code releases/vX.Y/schedule.yaml}: v1.0 to v1.5 have no VEP Freeze item (their
   * "Feature Freeze" milestone is the branch cut), v1.6 on have "Virtualization Enhancement
   * Proposal (VEP) Freeze" on the Alpha 0 date.
   */
  private static final Map<String, Optional<LocalDate>> FREEZES = new LinkedHashMap<>();

  static {
    for (String release : new String[] {"v1.0", "v1.1", "v1.2", "v1.3", "v1.4", "v1.5"}) {
      FREEZES.put(release, Optional.empty());
    }
    FREEZES.put("v1.6", Optional.of(LocalDate.of(2025, 4, 30)));
    FREEZES.put("v1.7", Optional.of(LocalDate.of(2025, 9, 3)));
    FREEZES.put("v1.8", Optional.of(LocalDate.of(2026, 1, 7)));
    FREEZES.put("v1.9", Optional.of(LocalDate.of(2026, 4, 30)));
  }

  private static Path sigRelease() {
    return Corpus.root().resolve("kubevirt-sig-release");
  }

  @Test
  void everyScheduleParsesWithItsFreezeDate() {
    ReleaseSchedules schedules = ReleaseSchedules.load(sigRelease().toString(), Path.of("."), false);

    assertThat(schedules.byRelease().keySet()).extracting(ReleaseVersion::toString)
        .containsExactlyElementsOf(FREEZES.keySet());
    FREEZES.forEach((release, freeze) -> {
      ReleaseSchedule schedule = schedules.schedule(ReleaseVersion.parse(release).orElseThrow()).orElseThrow();
      assertThat(schedule.entries()).as(release).hasSizeGreaterThanOrEqualTo(10);
      assertThat(schedule.entries()).as(release + " dates").allSatisfy(e -> assertThat(e.date()).isPresent());
      assertThat(schedule.freezeDate()).as(release).isEqualTo(freeze);
    });
  }

  @Test
  void readsSlashDatesNullFieldsAndMarkdownNotes() {
    ReleaseSchedule v19 = ReleaseSchedules.load(sigRelease().toString(), Path.of("."), false)
        .schedule(ReleaseVersion.parse("v1.9").orElseThrow()).orElseThrow();

    ScheduleEntry freeze = v19.vepFreeze().orElseThrow();
    assertThat(freeze.when()).contains("2026/04/30");
    assertThat(freeze.milestone()).contains("KubeVirt Alpha 0");
    assertThat(freeze.notes()).isEmpty();
    assertThat(freeze.position()).isEqualTo(new SourcePosition(21, 3));
    assertThat(v19.entries().get(0).milestone()).isEmpty();
    assertThat(v19.entries()).anySatisfy(e -> assertThat(e.notes().orElse("")).contains("[release checklist](../release-checklist.md)"));
    assertThat(v19.gaDate()).contains(LocalDate.of(2026, 7, 22));
  }

  @Test
  void readsDashDatesOfTheOldestSchedules() {
    ReleaseSchedule v10 = ReleaseSchedules.load(sigRelease().resolve("releases/v1.0/schedule.yaml").toString(),
        Path.of("."), false).schedule(ReleaseVersion.parse("v1.0").orElseThrow()).orElseThrow();

    assertThat(v10.entries().get(0).date()).contains(LocalDate.of(2023, 3, 2));
    assertThat(v10.vepFreeze()).isEmpty();
    assertThat(v10.gaDate()).contains(LocalDate.of(2023, 7, 11));
  }

  @Test
  void upcomingReleaseFollowsTheFreezes() {
    ReleaseSchedules schedules = ReleaseSchedules.load(sigRelease().toString(), Path.of("."), false);

    assertThat(schedules.upcoming(LocalDate.of(2026, 1, 6))).map(Object::toString).contains("v1.8");
    // On the freeze day the release is frozen, so planning moves to the next one.
    assertThat(schedules.upcoming(LocalDate.of(2026, 1, 7))).map(Object::toString).contains("v1.9");
    // After the last published freeze: the next minor release, whose schedule is not out yet.
    assertThat(schedules.upcoming(LocalDate.of(2026, 8, 18))).map(Object::toString).contains("v1.10");
  }
}
