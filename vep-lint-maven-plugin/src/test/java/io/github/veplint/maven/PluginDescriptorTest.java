package io.github.veplint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin descriptor Maven generated from the mojos ({@code META-INF/maven/plugin.xml}): the
 * goals are thread-safe and documented, and every user-settable parameter has a description and a
 * {@code vep-lint.*} user property, so {@code mvn vep-lint:help -Ddetail} documents all of them.
 */
class PluginDescriptorTest {

  private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

  /** Parameters without a user property, and why. */
  private static final Map<String, String> NO_PROPERTY =
      Map.of("rules", "a map: the goal reads -Dvep-lint.rules=id=level,… itself");

  @Test
  void goalsAreThreadSafeAndEveryParameterIsDocumentedWithAUserProperty() throws Exception {
    Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
    assertThat(text(plugin.getDocumentElement(), "goalPrefix")).isEqualTo("vep-lint");
    Map<String, Element> mojos = new HashMap<>();
    NodeList list = plugin.getElementsByTagName("mojo");
    for (int i = 0; i < list.getLength(); i++) {
      Element mojo = (Element) list.item(i);
      mojos.put(text(mojo, "goal"), mojo);
    }
    assertThat(mojos).containsKeys("check", "report", "help");

    List<String> problems = new ArrayList<>();
    for (String goal : List.of("check", "report")) {
      Element mojo = mojos.get(goal);
      assertThat(text(mojo, "threadSafe")).as("%s is thread-safe", goal).isEqualTo("true");
      assertThat(text(mojo, "phase")).as("%s's default phase", goal).isEqualTo("validate");
      assertThat(text(mojo, "description")).as("%s's description", goal).isNotBlank();
      NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
      for (int i = 0; i < parameters.getLength(); i++) {
        Element parameter = (Element) parameters.item(i);
        String name = text(parameter, "name");
        if (!"true".equals(text(parameter, "editable"))) {
          continue; // ${session}, ${project}: not settable
        }
        if (text(parameter, "description").isBlank()) {
          problems.add(goal + "." + name + ": no description (Javadoc)");
        }
        String property = expression(mojo, name);
        if (!NO_PROPERTY.containsKey(name) && !property.equals("${vep-lint." + name + "}")) {
          problems.add(goal + "." + name + ": user property is '" + property + "', not ${vep-lint." + name + "}");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(parameterNames(mojos.get("check"))).contains("basedir", "configFile", "failOn", "rules", "formats",
        "today", "skip", "runInEveryModule", "paths");
    assertThat(parameterNames(mojos.get("report"))).contains("outputFile", "skip", "today", "rules")
        .doesNotContain("failOn", "formats");
  }

  @Test
  void theDefaultFormatsAreAnOrdinaryValueThisVersionCanWrite() throws Exception {
    // The goal treats its default like any value (as maven-checkstyle-plugin's outputFileFormat):
    // that only works if every format of the default exists, which this checks.
    Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
    NodeList list = plugin.getElementsByTagName("mojo");
    String defaults = null;
    for (int i = 0; i < list.getLength(); i++) {
      Element mojo = (Element) list.item(i);
      if (text(mojo, "goal").equals("check")) {
        Element formats = (Element) ((Element) mojo.getElementsByTagName("configuration").item(0))
            .getElementsByTagName("formats").item(0);
        defaults = formats.getAttribute("default-value");
      }
    }
    assertThat(defaults).isEqualTo("text=${project.build.directory}/vep-lint/vep-lint.txt,"
        + "sarif=${project.build.directory}/vep-lint/vep-lint.sarif");
    Path project = Path.of("/work/project").toAbsolutePath();
    Path build = project.resolve("target");
    List<String> entries = List.of(defaults.replace("${project.build.directory}", build.toString()).split(","));

    assertThat(CheckSettings.formats(entries, project, build.resolve(CheckSettings.REPORT_DIRECTORY)))
        .extracting(r -> r.format() + " " + project.relativize(r.file().orElseThrow()))
        .containsExactly("text target/vep-lint/vep-lint.txt", "sarif target/vep-lint/vep-lint.sarif");
  }

  private static List<String> parameterNames(Element mojo) {
    List<String> names = new ArrayList<>();
    NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
    for (int i = 0; i < parameters.getLength(); i++) {
      names.add(text((Element) parameters.item(i), "name"));
    }
    return names;
  }

  /** The {@code ${…}} expression of a parameter, from the mojo's {@code <configuration>}. */
  private static String expression(Element mojo, String name) {
    NodeList configuration = mojo.getElementsByTagName("configuration");
    if (configuration.getLength() == 0) {
      return "";
    }
    NodeList entries = ((Element) configuration.item(0)).getElementsByTagName(name);
    return entries.getLength() == 0 ? "" : entries.item(0).getTextContent().strip();
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getParentNode() == parent) {
        return nodes.item(i).getTextContent().strip();
      }
    }
    return "";
  }
}
