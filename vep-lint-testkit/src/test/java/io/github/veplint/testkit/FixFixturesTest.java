package io.github.veplint.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.VepLinter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixable built-in rules' fixes through the kit: {@link RuleCheck#fixed} of a rule's bad
 * fixture is its hand-reviewed {@code <fixture>.fixed.md}, and the fixed text is a good fixture (a
 * second look finds nothing to fix). After a reviewed change of a fix, {@code
 * -Dvep.fixtures.update=true} rewrites the {@code .fixed.md} files; review their diff.
 */
class FixFixturesTest {

  private static final String TODAY = "2026-11-25";
  private static final String TEMPLATE = "veps/NNNN-vep-template/vep.md";

  static Stream<Arguments> fixtures() {
    Supplier<RuleCheck> sectionLevel = () -> check("section-level").file(TEMPLATE, resource("fixtures/missing-section/template.md"));
    Supplier<RuleCheck> missingSection = () -> check("missing-section").file(TEMPLATE, resource("fixtures/missing-section/template.md"));
    Supplier<RuleCheck> participating = () -> check("participating-sigs").at("veps/sig-network/1-example/vep.md")
        .config("sigs: [sig-compute, sig-network, sig-storage]\n");
    return Stream.of(
        Arguments.of("section-level", "bad", sectionLevel),
        Arguments.of("missing-section", "bad", missingSection),
        Arguments.of("target-release", "bad", (Supplier<RuleCheck>) () -> check("target-release")),
        Arguments.of("target-release", "bad-prose", (Supplier<RuleCheck>) () -> check("target-release")),
        Arguments.of("title-format", "bad-no-number", (Supplier<RuleCheck>) () -> check("title-format")),
        Arguments.of("title-format", "bad-separator", (Supplier<RuleCheck>) () -> check("title-format")),
        Arguments.of("title-format", "bad-not-a-vep-title", (Supplier<RuleCheck>) () -> check("title-format")),
        Arguments.of("participating-sigs", "bad", participating),
        Arguments.of("dir-name", "bad-in-sig-directory",
            (Supplier<RuleCheck>) () -> check("dir-name").at("veps/sig-network/decouple-nad.md")));
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("fixtures")
  void theFixWritesTheReviewedText(String rule, String fixture, Supplier<RuleCheck> check) throws IOException {
    String fixed = check.get().fixed(resource("fixtures/" + rule + "/" + fixture + ".md"));
    String expectedResource = "fixtures/" + rule + "/" + fixture + ".fixed.md";
    if (Boolean.getBoolean("vep.fixtures.update")) {
      Files.writeString(Path.of("src/test/resources").resolve(expectedResource), fixed, StandardCharsets.UTF_8);
    }
    assertThat(fixed).isEqualTo(resource(expectedResource));
    assertThat(check.get().fixed(fixed)).as("a second fix changes nothing").isEqualTo(fixed);
  }

  private static RuleCheck check(String ruleId) {
    return RuleCheck.of(VepLinter.builder().build().rule(ruleId).orElseThrow()).today(TODAY);
  }

  private static String resource(String name) {
    try (InputStream in = FixFixturesTest.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new AssertionError("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
