package io.github.veplint.lint.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.veplint.lint.config.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the {@code .vep-lint.yaml} reader (safe YAML, schema validation, rule
 * settings, overrides). Any input either loads or fails with a {@link ConfigurationException}
 * naming the file and line. Runs over {@code ConfigLoaderFuzzTestInputs/} in every build; {@code
 * fuzz/run.sh ConfigLoaderFuzzTest SECONDS} fuzzes it.
 */
class ConfigLoaderFuzzTest {

  private static final Path FILE = Path.of("repo", ".vep-lint.yaml");
  private static final Set<String> KNOWN = Set.of("broken-link", "empty-section", "title-format");

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void parse(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    try {
      LintConfig config = ConfigLoader.parse(FILE, text, KNOWN);
      assertThat(config.vepRoots()).isNotNull();
    } catch (ConfigurationException e) {
      assertThat(e.getMessage())
          .startsWith(FILE + ":")
          .matches("(?s)[^:]+:\\d+:\\d+: .+")
          .doesNotContain("\n");
    }
  }
}
