package org.example.sigrules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.MainFileRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;

/**
 * A SIG's own rule, written as a plug-in author writes one (README, "Adding your own rules"): a
 * public class against the SPI only, in a package of its own, listed in {@code
 * META-INF/services/io.github.veplint.lint.spi.Rule}. A main file without a {@code ## Risks}
 * section is a warning on its title. It is vep-lint's {@code PluginRuleTest} rule, which that test
 * compiles into a jar; here it is tested with the kit, as its author would test it.
 */
public final class RequireRisksSection extends MainFileRule {

  /** The public no-argument constructor {@link java.util.ServiceLoader} needs. */
  public RequireRisksSection() {}

  @Override
  public String id() {
    return "require-risks";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "Our SIG wants a Risks section";
  }

  @Override
  public String description() {
    return "Bad: no Risks. Good: ## Risks";
  }

  @Override
  protected void checkMainFile(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    if (vep.section("Risks").isEmpty()) {
      sink.report(vep.title().map(t -> t.position()).orElse(SourcePosition.START), "add a '## Risks' section");
    }
  }
}
