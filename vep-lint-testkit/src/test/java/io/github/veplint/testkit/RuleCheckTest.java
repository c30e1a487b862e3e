package io.github.veplint.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.veplint.lint.config.RuleSetting;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The kit on a third party's rule ({@link TodoMarkerRule}, defined in this module's tests the way
 * a plug-in defines its own): passing fixtures, and each way a fixture and the findings can
 * disagree, with the failure message a rule author reads.
 */
class RuleCheckTest {

  private static final RuleCheck CHECK = RuleCheck.of(new TodoMarkerRule()).today("2026-11-25");

  private static final String GOOD =
      """
      # VEP #1: Example

      ## Overview

      Text.

      ## Risks

      None.
      """;

  @Test
  void passesWhenMarkersAboveAndAtTheEndOfALineMeetEveryFinding() {
    CHECK.verify(
        """
        <!-- expect: todo-marker severity=error "add a '## Risks' section" @:1 -->
        # VEP #1: Example

        ## Overview

        <!-- expect: todo-marker @:7 "resolve this 'TODO'" -->
        Write TODO here and TODO there.   <!-- expect: todo-marker @:21 severity=warning -->
        """);
  }

  @Test
  void resultsCarryFixtureLinesAndColumns() {
    RuleCheckResult result = CHECK.run(
        """
        <!-- expect: todo-marker -->
        <!-- expect: todo-marker -->
        # VEP #1: TODO
        """);

    assertThat(result.passed()).isTrue();
    assertThat(result.findings()).extracting(f -> f.line() + ":" + f.column() + " " + f.severity())
        .containsExactly("3:1 ERROR", "3:11 WARNING");
    assertThat(result.expectations()).extracting(Expectation::line, Expectation::markerLine)
        .containsExactly(tuple(3, 1), tuple(3, 2));
  }

  @Test
  void aGoodFixtureWithoutMarkersPasses() {
    CHECK.verify(GOOD);
  }

  @Test
  void failsWhenAnExpectedFindingIsNotReported() {
    String fixture = GOOD.replace("Text.", "<!-- expect: todo-marker \"TODO\" -->\nText.");

    assertThatThrownBy(() -> CHECK.verify(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            """
            veps/sig-compute/1-example/vep.md: 1 missing, 0 unexpected
            missing (expected, not reported):
              6 todo-marker "TODO"   (marker on line 5)
            all findings of the run: none
            """);
  }

  @Test
  void failsOnAFindingNoMarkerExpects() {
    String fixture = GOOD.replace("Text.", "TODO.");

    assertThatThrownBy(() -> CHECK.verify(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            """
            veps/sig-compute/1-example/vep.md: 0 missing, 1 unexpected
            unexpected (reported, not expected):
              5:1 todo-marker warning "resolve this 'TODO' before review"
            all findings of the run:
              5:1 todo-marker warning "resolve this 'TODO' before review"
            """);
  }

  @Test
  void failsWhenTheMarkerIsOnTheWrongLine() {
    // The marker expects the blank line after it, not the paragraph two lines down.
    String fixture = GOOD.replace("## Overview\n", "## Overview\n<!-- expect: todo-marker -->\n")
        .replace("Text.", "TODO.");

    assertThatThrownBy(() -> CHECK.verify(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            """
            missing (expected, not reported):
              5 todo-marker   (marker on line 4)
            unexpected (reported, not expected):
              6:1 todo-marker warning "resolve this 'TODO' before review"
            """);
  }

  @Test
  void failsWhenTheColumnTheSeverityOrTheTextDiffer() {
    // The finding is at 5:7, a warning, "resolve this 'TODO' before review", by todo-marker.
    String[] wrong = {"todo-marker @:6", "todo-marker severity=error", "todo-marker \"resolve that\"",
        "todo-marker @4:7", "other-rule"};
    for (String marker : wrong) {
      String fixture = GOOD.replace("Text.", "Write TODO here. <!-- expect: " + marker + " -->");

      assertThat(CHECK.run(fixture))
          .as(marker)
          .satisfies(r -> assertThat(r.passed()).isFalse())
          .satisfies(r -> assertThat(r.missing()).hasSize(1))
          .satisfies(r -> assertThat(r.unexpected()).singleElement()
              .satisfies(f -> assertThat(f.line() + ":" + f.column()).isEqualTo("5:7")));
    }
  }

  @Test
  void oneMarkerMeetsOneFindingOnly() {
    String fixture = GOOD.replace("Text.", "<!-- expect: todo-marker -->\nTODO, TODO.");

    assertThatThrownBy(() -> CHECK.verify(fixture))
        .hasMessageContaining(
            """
            0 missing, 1 unexpected
            unexpected (reported, not expected):
              6:7 todo-marker warning "resolve this 'TODO' before review"
            """);
  }

  @Test
  void aLooseMarkerDoesNotTakeTheFindingAStricterOneNeeds() {
    // Greedy matching would give column 1 to the first marker and leave '@:1' unmet.
    CHECK.verify(GOOD.replace("Text.", "<!-- expect: todo-marker -->\n<!-- expect: todo-marker @:1 -->\nTODO, TODO."));
  }

  @Test
  void anExplicitLineCountsFixtureLinesMarkersIncluded() {
    CHECK.verify(
        """
        <!-- expect: todo-marker @10:1 -->
        <!-- expect: todo-marker @3:1 severity=error -->
        # VEP #1: Example

        ## Overview

        <!-- expect: todo-marker @:3 -->
        - TODO

        TODO at the end
        """);
  }

  @Test
  void markersNeverReachTheLinter() {
    // Markers are HTML comments and this one says TODO: had the linter seen them, comment-count
    // and todo-marker would report them, and the suppression would apply to a marker line.
    RuleCheck.of(new TodoMarkerRule(), new CommentCountingRule()).verify(
        """
        # VEP #1: Example

        ## Risks

        <!-- a real one --> <!-- expect: comment-count "comment 'a real one'" -->
        <!-- expect: comment-count "vep-lint-disable-next-line todo-marker" -->
        <!-- vep-lint-disable-next-line todo-marker -->
        <!-- expect: todo-marker @10:1 "resolve this 'TODO'" -->
        TODO, suppressed
        TODO, reported
        """);
  }

  @Test
  void aSuppressionAppliesToTheNextLineTheLinterSeesPastAMarkerLine() {
    CHECK.verify(
        """
        # VEP #1: Example

        ## Risks

        <!-- vep-lint-disable-next-line todo-marker -->
        <!-- expect: todo-marker @9 -->
        TODO, suppressed

        TODO, reported
        """);
  }

  @Test
  void configurationAndExtraFilesApply() {
    RuleCheck check = CHECK
        .config("rules:\n  todo-marker: error\n")
        .file("veps/sig-compute/1-example/notes.md", "Notes.\n\nTODO <!-- expect: todo-marker severity=error -->\n");

    check.verify(GOOD.replace("Text.", "<!-- expect: todo-marker severity=error -->\nTODO."));
    assertThatThrownBy(() -> check.verify(GOOD.replace("Text.", "<!-- expect: todo-marker severity=warning -->\nTODO.")))
        .hasMessageContaining("\n  6 todo-marker severity=warning   (marker on line 5)\n")
        .hasMessageContaining("\n  6:1 todo-marker error \"resolve this 'TODO' before review\"\n")
        .hasMessageContaining("\n  veps/sig-compute/1-example/notes.md:3:1 todo-marker error");
  }

  @Test
  void linterSettingsApplyButNeverReplaceTheRules() {
    CHECK.linter(b -> b.ruleSettings(Map.of("todo-marker", RuleSetting.INFO)))
        .linter(b -> b.rules(List.of()))
        .verify(GOOD.replace("Text.", "TODO <!-- expect: todo-marker severity=info -->"));
  }

  @Test
  void aFindingInAnExtraFileWithoutItsMarkerIsUnexpectedAndNamed() {
    assertThatThrownBy(() -> CHECK.file("veps/sig-compute/1-example/notes.md", "\nTODO\n").verify(GOOD))
        .hasMessageContaining(
            """
            unexpected (reported, not expected):
              veps/sig-compute/1-example/notes.md:2:1 todo-marker warning "resolve this 'TODO' before review"
            """);
  }

  @Test
  void baseFilesAreTheRunsBaseRevisionAndNeverLinted() {
    // With --changed-only only files changed since the base are linted: VEP 2 is the same at the
    // base and in the working tree, VEP 3 exists only at the base, the fixture is new.
    String unchanged = "# VEP #2: Two\n\n## Risks\n\nTODO\n";
    RuleCheck check = CHECK.linter(b -> b.changedOnly(true))
        .baseFile("veps/sig-compute/2-two/vep.md", unchanged)
        .baseFile("veps/sig-compute/3-gone/vep.md", "# VEP #3: Gone\n\nTODO\n")
        .file("veps/sig-compute/2-two/vep.md", unchanged);

    check.verify(GOOD.replace("Text.", "TODO <!-- expect: todo-marker @:1 -->"));
    // Without a base file there is no base: --changed-only without --base is a usage error.
    assertThatThrownBy(() -> CHECK.linter(b -> b.changedOnly(true)).verify(GOOD))
        .isInstanceOf(io.github.veplint.lint.config.ConfigurationException.class);
  }

  @Test
  void anotherPathMakesTheFixtureAnAttachment() {
    // Not a main file: no Risks section is asked for, only the TODO.
    CHECK.at("veps/sig-compute/1-example/design.md").verify("TODO <!-- expect: todo-marker -->\n");
  }

  @Test
  void keepsLineNumbersWithWindowsLineEnds() {
    assertThatThrownBy(() -> CHECK.verify("# VEP #1: Example\r\n<!-- expect: todo-marker -->\r\n\r\n## Risks\r\nTODO\r\n"))
        .hasMessageContaining("\n  3 todo-marker   (marker on line 2)\n")
        .hasMessageContaining("\n  5:1 todo-marker warning");
  }

  @Test
  void readsFixturesFromTheClassPath() {
    CHECK.verifyResource("fixtures/todo-marker/bad.md");
    CHECK.verifyResource("/fixtures/todo-marker/good.md");
    assertThatThrownBy(() -> CHECK.verifyResource("fixtures/todo-marker/absent.md"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fixtures/todo-marker/absent.md: no such resource");
  }

  @Test
  void aResourceFixtureNamesItsResourceWhenItFails() {
    assertThatThrownBy(() -> CHECK.at("veps/sig-compute/1-example/other.md").verifyResource("fixtures/todo-marker/bad.md"))
        .hasMessageStartingWith(
            "fixtures/todo-marker/bad.md (linted as veps/sig-compute/1-example/other.md): 1 missing, 0 unexpected");
  }

  @Test
  void rejectsPathsOutsideTheRepository() {
    for (String path : new String[] {"/veps/a/vep.md", "../vep.md", "veps//vep.md", "veps\\a.md", ""}) {
      assertThatThrownBy(() -> CHECK.at(path)).as(path).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
