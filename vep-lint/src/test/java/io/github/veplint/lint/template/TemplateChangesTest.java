package io.github.veplint.lint.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.template.TemplateChanges.Change;
import io.github.veplint.lint.template.TemplateChanges.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateChangesTest {

  private static String describe(Change change) {
    return change.kind()
        + " "
        + change.from().map(TemplateLayout.Heading::markdown).orElse("-")
        + " > "
        + change.to().map(TemplateLayout.Heading::markdown).orElse("-")
        + change.parent().map(p -> " under " + p.markdown()).orElse("");
  }

  @Test
  void fromTheMay2025TemplateToTodays() {
    var versions = TemplateHistory.builtInVersions();

    List<Change> changes =
        TemplateChanges.between(versions.get(2).layout(), versions.get(5).layout());

    assertThat(changes)
        .extracting(TemplateChangesTest::describe)
        .containsExactly(
            "MOVE ## Release Signoff Checklist > ### Release Signoff Checklist under ## VEP Status"
                + " Metadata",
            "ADD - > ## VEP Status Metadata",
            "RENAME ## Implementation Phases > ## Implementation History",
            "RENAME ## Feature lifecycle Phases > ## Graduation Requirements");
  }

  @Test
  void aSectionLeftOverWithoutReplacementIsRemovedAndANewOneAdded() {
    List<Change> changes =
        TemplateChanges.between(
            TemplateLayout.of("## Overview", "## Old", "## Design", "## Gone"),
            TemplateLayout.of("## Overview", "## New", "## Design"));

    assertThat(changes).extracting(Change::kind).containsExactly(Kind.RENAME, Kind.REMOVE);
    assertThat(changes.get(1).from()).contains(new TemplateLayout.Heading(2, "Gone"));
  }
}
