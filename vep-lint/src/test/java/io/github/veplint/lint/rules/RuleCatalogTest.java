package io.github.veplint.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.spi.Rule;
import io.github.veplint.lint.spi.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule declares its metadata once, in {@link RuleInfo}, and its explanation once, in
 * {@code <id>.md} next to the class: nothing to keep in step by hand but the README table ({@code
 * ReadmeRuleTableTest}).
 */
class RuleCatalogTest {

  private static final Path SOURCES = Path.of("src/main/java/io/github/veplint/lint/rules");
  private static final Path DOCS = Path.of("src/main/resources/io/github/veplint/lint/rules");
  private static final Set<String> TAGS = Set.of("template", "front-matter", "governance", "release", "links", "files");
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  /** The rules that offer fixes; a rule joins when it gets a fix with a test of what it writes. */
  private static final Set<String> FIXABLE = Set.of(
      "dir-name", "missing-section", "participating-sigs", "section-level", "target-release", "title-format");

  private static final Set<String> METADATA = Set.of("id", "defaultSeverity", "summary", "description", "tags", "canFix");

  private static final List<Rule> RULES = VepLinter.discoverRules(RuleCatalogTest.class.getClassLoader());

  @Test
  void everyRuleClassOfThePackageIsRegistered() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      List<String> classes = files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith("Rule.java"))
          .map(n -> "io.github.veplint.lint.rules." + n.substring(0, n.length() - ".java".length()))
          .sorted().toList();
      assertThat(RULES).extracting(r -> r.getClass().getName()).containsExactlyInAnyOrderElementsOf(classes);
    }
  }

  @Test
  void everyRuleDeclaresItsMetadataInTheAnnotationOnly() {
    for (Rule rule : RULES) {
      RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
      String name = rule.getClass().getSimpleName();
      assertThat(info).as("%s carries @RuleInfo", name).isNotNull();
      assertThat(info.id()).as(name).matches(KEBAB).isEqualTo(rule.id());
      assertThat(rule.defaultSeverity()).as(name).isEqualTo(info.severity());
      assertThat(info.summary()).as(name).isNotBlank().doesNotContain("\n").isEqualTo(rule.summary());
      assertThat(rule.tags()).as("%s's tags, from RuleInfo's vocabulary", name).doesNotHaveDuplicates().isSubsetOf(TAGS);
      assertThat(rule.canFix()).as("%s can fix", name).isEqualTo(FIXABLE.contains(info.id()));
      List<String> overridden = Arrays.stream(rule.getClass().getDeclaredMethods())
          .map(Method::getName).filter(METADATA::contains).toList();
      assertThat(overridden).as("%s overrides no metadata method: the annotation and %s.md say it once", name, info.id())
          .isEmpty();
    }
  }

  @Test
  void everyRuleExplainsItselfInAMarkdownResourceWithABadAndAGoodExample() throws IOException {
    for (Rule rule : RULES) {
      String resource = rule.id() + ".md";
      String text;
      try (InputStream in = rule.getClass().getResourceAsStream(resource)) {
        assertThat(in).as("%s next to %s", resource, rule.getClass().getSimpleName()).isNotNull();
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(text).as(resource).isNotBlank().endsWith("\n").doesNotContain("\r", "\t");
      assertThat(text).as("%s has a bad example", resource).containsPattern("(?m)^Bad\\b");
      assertThat(text).as("%s has a good example", resource).containsPattern("(?m)^Good\\b");
      assertThat(text.indexOf("\nBad")).as("%s: the bad example comes first", resource).isLessThan(text.indexOf("\nGood"));
      assertThat(fences(text) % 2).as("%s closes every code fence", resource).isZero();
      assertThat(rule.description()).as("description() of %s is the resource", rule.id()).isEqualTo(text);
    }
  }

  @Test
  void everyMarkdownResourceBelongsToARule() throws IOException {
    try (Stream<Path> files = Files.list(DOCS)) {
      List<String> docs = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
      assertThat(docs).containsExactlyElementsOf(RULES.stream().map(r -> r.id() + ".md").sorted().toList());
    }
  }

  private static long fences(String text) {
    return text.lines().filter(line -> line.startsWith("```")).count();
  }
}
