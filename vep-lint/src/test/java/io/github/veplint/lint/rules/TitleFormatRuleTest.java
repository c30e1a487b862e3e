package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TitleFormatRuleTest {

  private static final String PATH = "veps/sig-compute/42-hotplug/vep.md";
  private final TitleFormatRule rule = new TitleFormatRule();

  @ParameterizedTest
  @ValueSource(strings = {"# VEP #42: Hotplug", "# VEP 42: Hotplug", "# VEP #0042: Hotplug"})
  void acceptsTheTemplateForms(String heading) {
    assertThat(tester().check(rule, PATH, heading + "\n\n## Overview\n\nText.\n")).isEmpty();
  }

  @Test
  void reportsAMissingNumberAtTheHeading() {
    List<Finding> findings = tester().check(rule, PATH, "\n# VEP: Hotplug\n");

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(2, 1));
      assertThat(f.message()).contains("no VEP number").contains("'# VEP #42: Hotplug'");
    });
  }

  @Test
  void reportsASectionHeadingUsedAsTitle() {
    List<Finding> findings = tester().check(rule, PATH, "# Overview\n\nText.\n");

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(1, 1));
      assertThat(f.message()).contains("no title heading");
    });
  }

  @Test
  void reportsAnEmptyTitleAndAWrongSeparator() {
    assertThat(tester().check(rule, PATH, "# VEP #42:\n")).extracting(Finding::message)
        .singleElement().asString().contains("no title after the number");
    assertThat(tester().check(rule, PATH, "# VEP #42 - Hotplug\n")).extracting(Finding::message)
        .singleElement().asString().contains("with ':'");
  }

  @Test
  void ignoresAttachments() {
    assertThat(tester().check(rule, "veps/sig-compute/42-hotplug/notes.md", "# Notes\n")).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
    "# VEP: Hotplug CPUs          | # VEP #42: Hotplug CPUs",
    "# VEP #Hotplug               | # VEP #42: Hotplug",
    "# VEP #42 - Hotplug          | # VEP #42: Hotplug",
    "# Hotplug                    | # VEP #42: Hotplug",
  })
  void rewritesTheTitleLineKeepingTheTitleAsWritten(String heading, String expected) {
    assertThat(tester().fixed(rule, PATH, heading + "\n\nText.\n")).isEqualTo(expected + "\n\nText.\n");
  }

  @Test
  void offersNoFixWhenTheNumberOrTheTitleIsNotKnown() {
    assertThat(tester().check(rule, "veps/sig-compute/hotplug/vep.md", "# VEP: Hotplug\n"))
        .singleElement().satisfies(f -> assertThat(f.fix()).isEmpty());
    assertThat(tester().check(rule, PATH, "# VEP #42:\n"))
        .singleElement().satisfies(f -> assertThat(f.fix()).isEmpty());
    assertThat(tester().check(rule, PATH, "# VEP: Hotplug `cpu`\n"))
        .as("markup the parsed title does not hold verbatim").singleElement().satisfies(f -> assertThat(f.fix()).isEmpty());
  }
}
