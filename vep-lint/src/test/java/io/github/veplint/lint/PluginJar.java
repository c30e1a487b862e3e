package io.github.veplint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A third party's rule jar, as a SIG would ship it: {@code org.example.veprules.RequireRisksSection}
 * compiled against the SPI on the test class path, registered in {@code META-INF/services}, with
 * any resources beside it.
 */
final class PluginJar {

  private static final String RULE_CLASS = "org/example/veprules/RequireRisksSection";

  private PluginJar() {}

  /** Compiles {@code source} (the class above) in {@code work} and jars it with {@code resources}. */
  static Path build(Path work, String source, Map<String, String> resources) throws IOException {
    Path sources = Files.createDirectories(work.resolve("src/org/example/veprules"));
    Path file = Files.writeString(sources.resolve("RequireRisksSection.java"), source);
    Path classes = Files.createDirectories(work.resolve("classes"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    int status = compiler.run(null, null, null,
        "--release", "17", "-classpath", System.getProperty("java.class.path"),
        "-d", classes.toString(), file.toString());
    assertThat(status).as("plugin compiles against the SPI").isZero();
    Path jar = work.resolve("my-sig-rules.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      add(out, RULE_CLASS + ".class", Files.readAllBytes(classes.resolve(RULE_CLASS + ".class")));
      for (Map.Entry<String, String> resource : resources.entrySet()) {
        add(out, resource.getKey(), resource.getValue().getBytes(StandardCharsets.UTF_8));
      }
      add(out, "META-INF/services/io.github.veplint.lint.spi.Rule",
          (RULE_CLASS.replace('/', '.') + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return jar;
  }

  private static void add(JarOutputStream jar, String name, byte[] content) throws IOException {
    jar.putNextEntry(new JarEntry(name));
    jar.write(content);
    jar.closeEntry();
  }
}
