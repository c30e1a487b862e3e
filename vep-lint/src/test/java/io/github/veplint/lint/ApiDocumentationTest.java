package io.github.veplint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's promises to embedders, checked on the sources of every module: each package has a
 * documented package-info.java, each public top-level type has Javadoc, packages named internal say
 * they are not API, and library code (everything but the command line, the model's tools and the
 * Maven plugin, whose job is to talk to the user) neither exits the JVM nor prints.
 */
class ApiDocumentationTest {

  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
  private static final List<String> MODULES = List.of("schemas", "vep-model", "vep-lint", "vep-lint-maven-plugin");
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^public (?:final |abstract |sealed )*(?:class|interface|record|enum|@interface) (\\w+)", Pattern.MULTILINE);
  private static final Pattern EXIT_OR_PRINT = Pattern.compile(
      "System\\.(exit|out|err)\\b|\\.printStackTrace\\(\\)");

  private static List<Path> sources() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (String module : MODULES) {
      try (Stream<Path> files = Files.walk(PROJECT.resolve(module).resolve("src/main/java"))) {
        files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(sources::add);
      }
    }
    assertThat(sources).hasSizeGreaterThan(50);
    return sources;
  }

  @Test
  void everyPackageHasADocumentedPackageInfo() throws IOException {
    List<String> problems = new ArrayList<>();
    sources().stream().map(Path::getParent).distinct().forEach(directory -> {
      Path info = directory.resolve("package-info.java");
      try {
        if (!Files.isRegularFile(info)) {
          problems.add(PROJECT.relativize(directory) + ": no package-info.java");
        } else {
          String text = Files.readString(info);
          if (!text.contains("/**")) {
            problems.add(PROJECT.relativize(info) + ": no Javadoc");
          }
          if (directory.endsWith("internal") && !text.contains("Not API")) {
            problems.add(PROJECT.relativize(info) + ": an internal package must say 'Not API'");
          }
        }
      } catch (IOException e) {
        problems.add(info + ": " + e.getMessage());
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyPublicTopLevelTypeHasJavadoc() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path source : sources()) {
      String text = Files.readString(source);
      Matcher type = PUBLIC_TYPE.matcher(text);
      if (type.find() && !javadocPrecedes(text, type.start())) {
        problems.add(PROJECT.relativize(source) + ": public type " + type.group(1) + " has no Javadoc");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void libraryCodeNeitherExitsNorPrints() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path source : sources()) {
      String path = PROJECT.relativize(source).toString().replace('\\', '/');
      if (path.contains("/lint/cli/") || path.contains("/model/tools/") || path.startsWith("vep-lint-maven-plugin/")) {
        continue;
      }
      List<String> lines = Files.readAllLines(source);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        boolean comment = line.startsWith("*") || line.startsWith("//") || line.startsWith("/*");
        if (!comment && EXIT_OR_PRINT.matcher(line).find()) {
          problems.add(path + ":" + (i + 1) + ": " + line);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Whether the declaration at {@code start} is preceded by a Javadoc comment, annotations between. */
  private static boolean javadocPrecedes(String text, int start) {
    String before = text.substring(0, start).stripTrailing();
    // Skip annotations, including multi-line ones like picocli's @Command(...).
    while (true) {
      int lineStart = before.lastIndexOf('\n') + 1;
      String last = before.substring(lineStart).strip();
      if (before.endsWith("*/")) {
        int open = before.lastIndexOf("/*");
        return open >= 0 && before.startsWith("/**", open);
      }
      if (last.startsWith("@") || last.endsWith(")") || last.endsWith(",") || last.endsWith("{") || last.endsWith("}")
          || last.startsWith("\"") || last.startsWith("}") || last.isEmpty()) {
        if (lineStart == 0) {
          return false;
        }
        // An annotation or one of its argument lines: look at the line above.
        if (last.startsWith("import ") || last.startsWith("package ")) {
          return false;
        }
        before = before.substring(0, lineStart).stripTrailing();
        continue;
      }
      return false;
    }
  }
}
