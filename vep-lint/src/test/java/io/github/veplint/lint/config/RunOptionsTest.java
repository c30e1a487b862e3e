package io.github.veplint.lint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The options the CLI, the Maven plugin and the Action share, parsed once. */
class RunOptionsTest {

  @Test
  void parsesFailOnTodayAndRuleLevelsIgnoringBlanks() {
    assertThat(RunOptions.failOn(" warning ")).isEqualTo(FailOn.WARNING);
    assertThat(RunOptions.today("2026-11-25 ")).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(RunOptions.ruleLevel(" off")).isEqualTo(RuleSetting.OFF);
    assertThat(RunOptions.ruleList("title-format=warning, ,unused-suppression = off"))
        .containsExactly(java.util.Map.entry("title-format", "warning"), java.util.Map.entry("unused-suppression", "off"));
  }

  @Test
  void saysWhatIsWrongWithoutTheOptionsName() {
    assertThatThrownBy(() -> RunOptions.failOn("errors")).isInstanceOf(RunOptions.InvalidOption.class)
        .hasMessage("'errors' is not one of error, warning, never");
    assertThatThrownBy(() -> RunOptions.today("15.01.2026"))
        .hasMessage("'15.01.2026' is not a date like 2026-11-25 (YYYY-MM-DD)");
    assertThatThrownBy(() -> RunOptions.ruleLevel("loud")).hasMessage("the level must be error, warning, info or off");
    assertThatThrownBy(() -> RunOptions.ruleList("title-format"))
        .hasMessage("'title-format' is not RULE=LEVEL (e.g. title-format=warning)");
  }
}
