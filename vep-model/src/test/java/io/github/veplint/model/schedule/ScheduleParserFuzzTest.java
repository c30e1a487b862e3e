package io.github.veplint.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.veplint.model.ReleaseVersion;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the release schedule parser ({@code schedule.yaml} of
 * kubevirt/sig-release): any text either parses or fails with a one-line {@link ScheduleException}
 * naming the source. Runs over {@code ScheduleParserFuzzTestInputs/} in every build; {@code
 * fuzz/run.sh ScheduleParserFuzzTest SECONDS} fuzzes it.
 */
class ScheduleParserFuzzTest {

  private static final ReleaseVersion RELEASE = ReleaseVersion.parse("v1.9").orElseThrow();

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void parse(byte[] content) {
    String yaml = new String(content, StandardCharsets.UTF_8);
    try {
      ReleaseSchedule schedule = ScheduleParser.parse(RELEASE, "releases/v1.9/schedule.yaml", yaml);
      assertThat(schedule.release()).isEqualTo(RELEASE);
      schedule.freezeDate();
      schedule.gaDate();
    } catch (ScheduleException e) {
      assertThat(e.getMessage()).contains("releases/v1.9/schedule.yaml").doesNotContain("\n");
    }
  }
}
