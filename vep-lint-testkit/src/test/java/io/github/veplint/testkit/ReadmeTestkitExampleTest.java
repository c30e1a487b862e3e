package io.github.veplint.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Testing your rules" example of docs/embedding.md is a third party's test as written: the {@code java
 * testkit} block is compiled with javac next to a rule compiled the same way (the rule of {@code
 * PluginRuleTest}, in a package of its own, against the SPI only), loaded by a class loader of its
 * own with its fixture as a resource, and each of its {@code @Test} methods must pass. (vep-lint's
 * {@code ReadmeJavaExamplesTest} runs the plain {@code java} blocks on the examples instead.)
 */
class ReadmeTestkitExampleTest {

  private static final Path README = Path.of("../docs/embedding.md");
  private static final Pattern TESTKIT_BLOCK = Pattern.compile("```java testkit\\n(.*?)```", Pattern.DOTALL);

  private static final String RULE = """
      package org.example.veprules;

      import io.github.veplint.lint.finding.Severity;
      import io.github.veplint.lint.spi.MainFileRule;
      import io.github.veplint.lint.spi.FindingSink;
      import io.github.veplint.lint.spi.VepFile;
      import io.github.veplint.model.SourcePosition;
      import io.github.veplint.model.Vep;

      public final class RequireRisksSection extends MainFileRule {
        public String id() { return "require-risks"; }
        public Severity defaultSeverity() { return Severity.WARNING; }
        public String summary() { return "Our SIG wants a Risks section"; }
        public String description() { return "Bad: no Risks. Good: ## Risks"; }
        protected void checkMainFile(VepFile file, FindingSink sink) {
          Vep vep = file.vep();
          if (vep.section("Risks").isEmpty()) {
            sink.report(vep.title().map(t -> t.position()).orElse(SourcePosition.START), "add a '## Risks' section");
          }
        }
      }
      """;

  /** The resource the example reads: the Risks section is missing, an error by its configuration. */
  private static final String BAD_FIXTURE = """
      <!-- expect: require-risks severity=error "add a '## Risks' section" -->
      # VEP #2: Two

      ## Overview

      Text.
      """;

  @TempDir Path work;

  @Test
  void theExampleCompilesAndItsTestsPass() throws Exception {
    Matcher block = TESTKIT_BLOCK.matcher(Files.readString(README));
    assertThat(block.find()).as("a ```java testkit block in docs/embedding.md").isTrue();
    Path src = work.resolve("src/org/example/veprules");
    Files.createDirectories(src);
    List<Path> sources = new ArrayList<>();
    sources.add(Files.writeString(src.resolve("RequireRisksSection.java"), RULE));
    sources.add(Files.writeString(src.resolve("RequireRisksSectionTest.java"),
        "package org.example.veprules;\n\nimport io.github.veplint.testkit.*;\nimport org.junit.jupiter.api.Test;\n\n"
            + block.group(1)));
    Path classes = Files.createDirectories(work.resolve("classes"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      boolean compiled = compiler.getTask(null, files, diagnostics,
          List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), "--release", "17"),
          null, files.getJavaFileObjectsFromPaths(sources)).call();
      assertThat(compiled).as("README example compiles: %s", diagnostics.getDiagnostics()).isTrue();
    }
    Path resource = classes.resolve("fixtures/require-risks/bad.md");
    Files.createDirectories(resource.getParent());
    Files.writeString(resource, BAD_FIXTURE);

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> testClass = loader.loadClass("org.example.veprules.RequireRisksSectionTest");
      Constructor<?> constructor = testClass.getDeclaredConstructor();
      constructor.setAccessible(true);
      Object test = constructor.newInstance();
      List<String> ran = new ArrayList<>();
      for (Method method : testClass.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Test.class)) {
          method.setAccessible(true);
          try {
            method.invoke(test);
          } catch (InvocationTargetException e) {
            throw new AssertionError("README example " + method.getName() + " failed", e.getCause());
          }
          ran.add(method.getName());
        }
      }
      assertThat(ran).containsExactlyInAnyOrder("asksForARisksSection", "readsFixturesFromTestResources");
    }
  }
}
