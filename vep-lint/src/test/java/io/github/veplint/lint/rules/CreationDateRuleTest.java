package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.FrontMatterFixture.PATH;
import static io.github.veplint.lint.rules.FrontMatterFixture.VALID;
import static io.github.veplint.lint.rules.FrontMatterFixture.with;
import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.model.SourcePosition;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreationDateRuleTest {

  private static final String DATE_LINE = "creation-date: \"2024-05-22\"";
  private final CreationDateRule rule = new CreationDateRule();

  @Test
  void suggestsTheIsoFormOfAYearFirstDate() {
    List<Finding> findings = tester().check(rule, PATH, with(DATE_LINE, "creation-date: 2024/5/22"));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(4, 16));
      assertThat(f.message()).isEqualTo("creation-date '2024/5/22' is not an ISO date: write \"2024-05-22\"");
    });
  }

  @Test
  void reportsADateThatDoesNotExist() {
    List<Finding> findings = tester().check(rule, PATH, with(DATE_LINE, "creation-date: \"2024-02-30\""));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(4, 16));
      assertThat(f.message()).contains("'2024-02-30' is not a real calendar date");
    });
  }

  @Test
  void reportsADateAfterToday() {
    List<Finding> findings = tester().today(LocalDate.of(2024, 5, 21)).check(rule, PATH, VALID);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(4, 16));
      assertThat(f.message()).isEqualTo(
          "creation-date 2024-05-22 is after today (2024-05-21): write the date the VEP was proposed");
    });
  }

  @Test
  void acceptsQuotedAndUnquotedIsoDatesUpToToday() {
    assertThat(tester().today(LocalDate.of(2024, 5, 22)).check(rule, PATH, VALID)).isEmpty();
    assertThat(tester().check(rule, PATH, with(DATE_LINE, "creation-date: 2024-05-22"))).isEmpty();
  }
}
