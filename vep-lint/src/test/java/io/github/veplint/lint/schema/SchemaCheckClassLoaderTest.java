package io.github.veplint.lint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The schemas compile whatever the calling thread's context class loader is. In a Maven plugin the
 * first lint of a run may happen on a common-pool thread whose context loader cannot see the
 * vep-schemas jar; that once failed the {@code report} goal's build. A fresh JVM, because the
 * compiled schemas are cached for the life of the class.
 */
class SchemaCheckClassLoaderTest {

  @Test
  void schemasCompileOnAThreadWhoseContextLoaderSeesNothing() throws Exception {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", classPath, Probe.class.getName())
        .redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes());

    assertThat(output.lines().filter(l -> !l.startsWith("SLF4J")).toList()).isEqualTo(List.of("compiled"));
    assertThat(process.exitValue()).isZero();
  }

  /** Compiles both schemas with a context class loader that has no parent and no resources. */
  static final class Probe {
    public static void main(String[] args) {
      Thread.currentThread().setContextClassLoader(new ClassLoader(null) {});
      SchemaCheck.frontMatter();
      SchemaCheck.config();
      System.out.println("compiled");
    }
  }
}
