package io.github.veplint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code <plugin>} snippet in README.md is what the {@code readme-snippet} invoker build uses,
 * line for line, and names this plugin's coordinates: so "copy the snippet into a pom and a broken
 * VEP fails the build" is tested, not hoped.
 */
class ReadmeSnippetTest {

  private static final Path README = Path.of("README.md");
  private static final Path IT_POM = Path.of("src/it/readme-snippet/pom.xml");
  private static final Pattern XML_BLOCK = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern BUILD = Pattern.compile("^ *<build>.*</build>", Pattern.DOTALL | Pattern.MULTILINE);

  @Test
  void readmeSnippetIsTheInvokerBuildsPluginSection() throws IOException {
    Matcher block = XML_BLOCK.matcher(Files.readString(README));
    assertThat(block.find()).as("a ```xml block in %s", README).isTrue();
    String snippet = block.group(1);
    Matcher itBuild = BUILD.matcher(Files.readString(IT_POM));
    assertThat(itBuild.find()).as("<build> in %s", IT_POM).isTrue();

    assertThat(lines(itBuild.group()))
        .as("%s's <build> must be the README snippet; copy it over after changing the README", IT_POM)
        .isEqualTo(lines(snippet));
  }

  @Test
  void readmeSnippetNamesThisPluginAndVersion() throws IOException {
    String snippet = XML_BLOCK.matcher(Files.readString(README)).results().findFirst().orElseThrow().group(1);

    assertThat(snippet).contains("<groupId>io.github.veplint</groupId>")
        .contains("<artifactId>vep-lint-maven-plugin</artifactId>")
        .contains("<version>" + System.getProperty("vep.plugin.version") + "</version>")
        .contains("<goal>check</goal>");
  }

  /** Lines without indentation or blank lines: the IT pom indents the snippet one level deeper. */
  private static List<String> lines(String xml) {
    return xml.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
