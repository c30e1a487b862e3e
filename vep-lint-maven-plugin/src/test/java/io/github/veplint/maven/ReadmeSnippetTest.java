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
 * VEP fails the build" is tested, not hoped. Likewise the {@code <reporting>} snippet of
 * docs/ci.md is the {@code site-report} invoker build's, which runs {@code mvn site} with it.
 */
class ReadmeSnippetTest {

  private static final Path README = Path.of("README.md");
  private static final Path IT_POM = Path.of("src/it/readme-snippet/pom.xml");
  private static final Pattern XML_BLOCK = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern BUILD = Pattern.compile("^ *<build>.*</build>", Pattern.DOTALL | Pattern.MULTILINE);
  private static final Path CI_DOC = Path.of("../docs/ci.md");
  private static final Path SITE_IT_POM = Path.of("src/it/site-report/pom.xml");
  private static final Pattern REPORTING =
      Pattern.compile("^ *<reporting>.*</reporting>", Pattern.DOTALL | Pattern.MULTILINE);

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

  @Test
  void ciDocsReportingSnippetIsTheSiteBuildsReportingSection() throws IOException {
    Matcher doc = REPORTING.matcher(Files.readString(CI_DOC));
    assertThat(doc.find()).as("a <reporting> snippet in %s", CI_DOC).isTrue();
    Matcher it = REPORTING.matcher(Files.readString(SITE_IT_POM));
    assertThat(it.find()).as("<reporting> in %s", SITE_IT_POM).isTrue();

    assertThat(lines(it.group()))
        .as("%s's <reporting> must be the snippet of %s; copy it over after changing the docs", SITE_IT_POM, CI_DOC)
        .isEqualTo(lines(doc.group()));
    assertThat(doc.group()).contains("<artifactId>vep-lint-maven-plugin</artifactId>")
        .contains("<version>" + System.getProperty("vep.plugin.version") + "</version>");
  }

  /** Lines without indentation or blank lines: the IT pom indents the snippet one level deeper. */
  private static List<String> lines(String xml) {
    return xml.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
