package io.github.veplint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
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
 * Every {@code ```java} block of docs/embedding.md compiles against the real API and runs on
 * {@code examples/}: each block becomes the body of a {@code main} method (with the imports it
 * starts with, else the imports a reader would add), its {@code "path/to/enhancements"} becomes the
 * examples repository, and it must finish without an exception and print something (the examples
 * have findings and VEPs).
 */
class ReadmeJavaExamplesTest {

  private static final Path README = Path.of("../docs/embedding.md");
  private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern LEADING_IMPORTS = Pattern.compile("(?:import [\\w.*]+;\\n)+");
  private static final String PLACEHOLDER = "\"path/to/enhancements\"";
  private static final String IMPORTS = """
      import io.github.veplint.lint.*;
      import io.github.veplint.lint.finding.*;
      import io.github.veplint.lint.report.*;
      import io.github.veplint.model.*;
      import io.github.veplint.model.read.*;
      import java.io.*;
      import java.nio.file.*;
      import java.time.*;
      import java.util.*;
      """;

  @TempDir Path work;

  @Test
  void everyJavaBlockCompilesAndRunsOnTheExamples() throws Exception {
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(Files.readString(README));
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).as("```java blocks in docs/embedding.md").hasSizeGreaterThanOrEqualTo(2);
    assertThat(EXAMPLES.resolve("veps")).isDirectory();

    List<Path> sources = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      String block = blocks.get(i);
      assertThat(block).as("block %d names the repository as %s", i + 1, PLACEHOLDER).contains(PLACEHOLDER);
      String body = block.replace(PLACEHOLDER, '"' + EXAMPLES.toString().replace("\\", "\\\\") + '"');
      // A block that starts with its imports uses exactly those.
      String imports = IMPORTS;
      Matcher leading = LEADING_IMPORTS.matcher(body);
      if (leading.lookingAt()) {
        imports = leading.group();
        body = body.substring(leading.end());
      }
      Path source = work.resolve("src/ReadmeExample" + (i + 1) + ".java");
      Files.createDirectories(source.getParent());
      Files.writeString(source, imports + "public class ReadmeExample" + (i + 1)
          + " {\n  public static void main(String[] args) throws Exception {\n" + body + "\n  }\n}\n");
      sources.add(source);
    }

    Path classes = work.resolve("classes");
    Files.createDirectories(classes);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      boolean compiled = compiler.getTask(null, files, diagnostics,
          List.of("-classpath", testClassPath(), "-d", classes.toString(), "--release", "17", "-Xlint:all", "-Werror"),
          null, files.getJavaFileObjectsFromPaths(sources)).call();
      assertThat(compiled).as("README examples compile: %s", diagnostics.getDiagnostics()).isTrue();
    }

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      for (int i = 0; i < blocks.size(); i++) {
        Method main = loader.loadClass("ReadmeExample" + (i + 1)).getMethod("main", String[].class);
        String printed = runCapturingStandardOutput(main);
        assertThat(printed).as("what README example %d prints on examples/", i + 1).isNotBlank();
      }
    }
  }

  /** The test class path: Surefire may hide it behind a manifest-only jar, but says it in a property. */
  private static String testClassPath() {
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    assertThat(path.split(File.pathSeparator)).anyMatch(p -> p.contains("vep-model"));
    return path;
  }

  private static String runCapturingStandardOutput(Method main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
