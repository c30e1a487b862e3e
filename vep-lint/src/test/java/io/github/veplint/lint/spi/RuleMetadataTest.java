package io.github.veplint.lint.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.Vep;
import org.junit.jupiter.api.Test;

/** How {@link Rule}'s default methods read {@link RuleInfo} and the {@code <id>.md} resource. */
class RuleMetadataTest {

  /** Its explanation is {@code io/github/veplint/lint/spi/documented-rule.md} in the test resources. */
  @RuleInfo(id = "documented-rule", severity = Severity.WARNING, summary = "Checks nothing, documented",
      tags = {"template", "links"}, fixable = true)
  static final class Documented implements DocumentRule {
    @Override
    public void check(VepFile file, FindingSink sink) {}
  }

  @RuleInfo(id = "undocumented-rule", severity = Severity.INFO, summary = "Checks nothing, without a resource")
  static final class Undocumented implements DocumentRule {
    @Override
    public void check(VepFile file, FindingSink sink) {}
  }

  /** Written before {@link RuleInfo}: every metadata method overridden, no annotation. */
  static final class Overriding implements DocumentRule {
    @Override
    public String id() {
      return "documented-rule";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public String summary() {
      return "Overrides everything";
    }

    @Override
    public String description() {
      return "Its own text.";
    }

    @Override
    public void check(VepFile file, FindingSink sink) {}
  }

  /** Overrides only the id: the default description still finds {@code documented-rule.md}. */
  static final class OverridingTheIdOnly implements DocumentRule {
    @Override
    public String id() {
      return "documented-rule";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public String summary() {
      return "Overrides the metadata, not the description";
    }

    @Override
    public void check(VepFile file, FindingSink sink) {}
  }

  static final class Bare implements DocumentRule {
    @Override
    public void check(VepFile file, FindingSink sink) {}
  }

  @Test
  void theAnnotationDeclaresTheMetadataAndTheResourceTheExplanation() {
    Rule rule = new Documented();

    assertThat(rule.id()).isEqualTo("documented-rule");
    assertThat(rule.defaultSeverity()).isEqualTo(Severity.WARNING);
    assertThat(rule.summary()).isEqualTo("Checks nothing, documented");
    assertThat(rule.tags()).containsExactly("template", "links");
    assertThat(rule.canFix()).isTrue();
    assertThat(rule.description()).startsWith("A test rule's explanation").contains("Bad:", "Good:");
  }

  @Test
  void withoutAResourceTheExplanationIsTheSummary() {
    Rule rule = new Undocumented();

    assertThat(rule.description()).isEqualTo("Checks nothing, without a resource");
    assertThat(rule.tags()).isEmpty();
    assertThat(rule.canFix()).isFalse();
  }

  @Test
  void aRuleThatOverridesTheMethodsNeedsNoAnnotation() {
    Rule rule = new Overriding();

    assertThat(rule.id()).isEqualTo("documented-rule");
    assertThat(rule.defaultSeverity()).isEqualTo(Severity.ERROR);
    assertThat(rule.summary()).isEqualTo("Overrides everything");
    assertThat(rule.description()).isEqualTo("Its own text.");
    assertThat(rule.tags()).isEmpty();
    assertThat(rule.canFix()).isFalse();
    assertThat(new OverridingTheIdOnly().description()).startsWith("A test rule's explanation");
  }

  @Test
  void aRuleWithNeitherSaysWhatIsMissing() {
    Rule rule = new Bare();

    assertThatThrownBy(rule::id).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(Bare.class.getName()).hasMessageContaining("@RuleInfo");
    assertThatThrownBy(rule::summary).isInstanceOf(IllegalStateException.class);
    assertThat(rule.tags()).isEmpty();
  }
}
