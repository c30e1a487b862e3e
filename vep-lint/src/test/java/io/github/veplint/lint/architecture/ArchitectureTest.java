package io.github.veplint.lint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code: no package-level cycle, every package in a layer that imports only from
 * the layers below it, and rules that see nothing but the SPI, the model and their helpers.
 */
class ArchitectureTest {

  /**
   * The layers, lowest first. A package may use its own layer and the ones below; a new package
   * must be placed here before it is used.
   */
  private static final List<List<String>> LAYERS = List.of(
      List.of("io.github.veplint.schemas..", "io.github.veplint.model", "io.github.veplint.model.internal..",
          "io.github.veplint.model.read..", "io.github.veplint.model.schedule.."),
      List.of("io.github.veplint.lint.finding.."),
      List.of("io.github.veplint.lint.template.."),
      List.of("io.github.veplint.lint.spi..", "io.github.veplint.lint.schema.."),
      List.of("io.github.veplint.lint.config.."),
      // github: a GitHub API client over java.net.http and Jackson, beneath the release view that uses it.
      List.of("io.github.veplint.lint.files..", "io.github.veplint.lint.github.."),
      List.of("io.github.veplint.lint.internal.."),
      List.of("io.github.veplint.lint.rules.."),
      // Above the engine, which it runs on the base revision; below LintResult, which carries it.
      List.of("io.github.veplint.lint.baseline.."),
      List.of("io.github.veplint.lint"),
      List.of("io.github.veplint.lint.report.."),
      List.of("io.github.veplint.lint.fix..", "io.github.veplint.lint.migrate..", "io.github.veplint.lint.release.."),
      List.of("io.github.veplint.lint.cli..", "io.github.veplint.model.tools.."));

  private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // vep-model's test jar (its Corpus helper) is on the class path as a jar in a full build.
        .withImportOption(location -> !location.matches(TEST_JAR))
        .importPackages("io.github.veplint");
  }

  @Test
  void noPackageLevelCycle() {
    slices().matching("io.github.veplint.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void everyPackageHasALayer() {
    List<String> all = LAYERS.stream().flatMap(List::stream).toList();
    classes().should().resideInAnyPackage(all.toArray(String[]::new)).check(classes);
  }

  @Test
  void noPackageImportsFromALayerAboveItsOwn() {
    for (int layer = 0; layer < LAYERS.size() - 1; layer++) {
      List<String> above = new ArrayList<>();
      LAYERS.subList(layer + 1, LAYERS.size()).forEach(above::addAll);
      noClasses().that().resideInAnyPackage(LAYERS.get(layer).toArray(String[]::new))
          .should().dependOnClassesThat().resideInAnyPackage(above.toArray(String[]::new))
          .check(classes);
    }
  }

  @Test
  void rulesSeeOnlyTheSpiTheModelAndTheirHelpers() {
    classes().that().resideInAPackage("io.github.veplint.lint.rules..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "io.github.veplint.lint.rules..", "io.github.veplint.lint.spi..", "io.github.veplint.lint.finding..",
            "io.github.veplint.lint.template..", "io.github.veplint.lint.schema..", "io.github.veplint.model..",
            "java..", "com.fasterxml.jackson..")
        .check(classes);
  }
}
