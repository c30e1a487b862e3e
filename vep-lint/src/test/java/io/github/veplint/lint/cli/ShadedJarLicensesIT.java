package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CLI jar's licence entries against the artifacts it bundles (see {@code src/shade/README.md}):
 * every bundled artifact is in {@code META-INF/THIRD-PARTY.txt} with its version and licence, the
 * text of that licence is in the jar, every bundled NOTICE is in the merged {@code META-INF/NOTICE},
 * every other licence file a bundled jar carries is kept byte for byte, vep-lint's own LICENSE is
 * {@code META-INF/LICENSE}, and nothing else (a dependency's README or third-party list, a licence
 * file outside {@code META-INF/}) rides along.
 *
 * <p>The bundled artifacts are the {@code META-INF/maven/…/pom.properties} the shaded jar holds,
 * cross-checked with the jars on this test's class path: a class path jar any of whose classes is in
 * the CLI jar must be one of them.
 */
class ShadedJarLicensesIT {

  private static final Path JAR = Path.of(System.getProperty("vep.lint.jar", "target/vep-lint.jar"));
  private static final Path OWN_LICENSE = Path.of("../LICENSE");
  private static final Pattern THIRD_PARTY_LINE =
      Pattern.compile("^\\s+\\((?<licenses>[^)]*)\\) .* \\((?<gav>[^: ]+:[^: ]+:[^ ]+) - .*\\)$");
  /** A phrase each licence's text has, so a wrong or empty file is caught. */
  private static final Map<String, String> LICENSE_PHRASES = Map.of(
      "Apache-2.0", "Apache License",
      "BSD-2-Clause", "Redistribution and use in source and binary forms",
      "BSD-3-Clause", "Redistribution and use in source and binary forms",
      "EDL-1.0", "Redistribution and use in source and binary forms",
      "MIT", "Permission is hereby granted");
  private static final Pattern LICENSE_FILE =
      Pattern.compile("(?i)(^|.*/)([^/]*(licen[cs]e|copying|notice)[^/]*|about\\.html)$");
  private static final Set<String> GENERATED = Set.of(
      "META-INF/MANIFEST.MF", "META-INF/LICENSE", "META-INF/NOTICE", "META-INF/THIRD-PARTY.txt");

  private static ZipFile shaded;
  /** groupId:artifactId to version, from the shaded jar's pom.properties (vep-lint itself left out). */
  private static final Map<String, String> bundled = new TreeMap<>();
  /** The class path jars whose classes the shaded jar holds, by groupId:artifactId. */
  private static final Map<String, ZipFile> bundledJars = new TreeMap<>();
  private static final List<ZipFile> classPathJars = new ArrayList<>();

  @BeforeAll
  static void open() throws IOException {
    assertThat(JAR).as("the CLI jar (mvn package)").isRegularFile();
    shaded = new ZipFile(JAR.toFile());
    for (ZipEntry entry : entries(shaded)) {
      if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
        Properties pom = properties(shaded, entry);
        String ga = pom.getProperty("groupId") + ":" + pom.getProperty("artifactId");
        if (!ga.equals("io.github.veplint:vep-lint")) {
          bundled.put(ga, pom.getProperty("version"));
        }
      }
    }
    for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(element);
      if (Files.isRegularFile(path) && element.endsWith(".jar")) {
        ZipFile jar = new ZipFile(path.toFile());
        classPathJars.add(jar);
        boolean inShaded = entries(jar).stream()
            .anyMatch(e -> e.getName().endsWith(".class") && !e.getName().endsWith("module-info.class")
                && shaded.getEntry(e.getName()) != null);
        if (inShaded) {
          String gav = coordinates(jar).orElseGet(() -> repositoryCoordinates(path));
          if (!gav.startsWith("io.github.veplint:vep-lint:")) {
            String ga = gav.substring(0, gav.lastIndexOf(':'));
            bundledJars.put(ga, jar);
            // A jar built without pom.properties (JetBrains annotations) is named by its path.
            bundled.putIfAbsent(ga, gav.substring(gav.lastIndexOf(':') + 1));
          }
        }
      }
    }
  }

  @AfterAll
  static void close() throws IOException {
    for (ZipFile jar : classPathJars) {
      jar.close();
    }
    shaded.close();
  }

  @Test
  void everyJarWhoseClassesAreBundledIsAnArtifactTheJarNames() {
    assertThat(bundledJars).as("class path jars found in the CLI jar").isNotEmpty();
    assertThat(bundled.keySet()).containsAll(bundledJars.keySet());
    // The test's class path holds what the CLI bundles, at the same versions.
    bundledJars.forEach((ga, jar) -> coordinates(jar).ifPresent(gav ->
        assertThat(gav).isEqualTo(ga + ":" + bundled.get(ga))));
    assertThat(bundledJars.keySet()).as("every artifact the CLI jar names is on the class path")
        .containsAll(bundled.keySet());
    assertThat(bundled).containsKeys("org.eclipse.jgit:org.eclipse.jgit", "info.picocli:picocli",
        "org.yaml:snakeyaml", "com.vladsch.flexmark:flexmark", "org.slf4j:slf4j-api");
  }

  @Test
  void thirdPartyListNamesEveryBundledArtifactWithAKnownLicenceWhoseTextIsInTheJar() throws IOException {
    Map<String, List<String>> listed = thirdParty();
    assertThat(listed.keySet())
        .as("META-INF/THIRD-PARTY.txt against the bundled pom.properties")
        .containsExactlyInAnyOrderElementsOf(bundled.entrySet().stream()
            .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.toList()));
    listed.forEach((gav, licenses) -> {
      String groupId = gav.substring(0, gav.indexOf(':'));
      assertThat(licenses).as(gav).isNotEmpty();
      boolean carried = licenses.stream().anyMatch(license -> {
        String phrase = LICENSE_PHRASES.get(license);
        if (phrase == null) {
          return false;
        }
        if (license.equals("Apache-2.0")) {
          return text("META-INF/LICENSE").contains(phrase);
        }
        return entries(shaded).stream()
            .filter(e -> e.getName().startsWith("META-INF/licenses/" + groupId + "/"))
            .anyMatch(e -> text(e.getName()).contains(phrase));
      });
      assertThat(carried)
          .as("%s (%s): its licence text under META-INF/licenses/%s/ (or META-INF/LICENSE for Apache-2.0)",
              gav, licenses, groupId)
          .isTrue();
    });
  }

  @Test
  void metaInfLicenseIsVepLintsOwn() throws IOException {
    assertThat(bytes("META-INF/LICENSE")).isEqualTo(Files.readAllBytes(OWN_LICENSE));
  }

  @Test
  void everyBundledNoticeIsInTheMergedNotice() {
    String notice = text("META-INF/NOTICE");
    bundledJars.forEach((ga, jar) -> {
      for (ZipEntry entry : entries(jar)) {
        if (entry.getName().matches("(?i)META-INF/NOTICE(\\.txt|\\.md)?")) {
          for (String line : read(jar, entry).split("\\R")) {
            assertThat(notice).as("%s %s", ga, entry.getName()).contains(line.strip());
          }
        }
      }
    });
  }

  @Test
  void everyOtherLicenceFileOfABundledJarIsKeptByteForByte() {
    bundledJars.forEach((ga, jar) -> {
      String groupId = ga.substring(0, ga.indexOf(':'));
      for (ZipEntry entry : entries(jar)) {
        String name = entry.getName();
        if (entry.isDirectory() || !LICENSE_FILE.matcher(name).matches() || name.endsWith(".class")
            || name.matches("(?i)META-INF/NOTICE(\\.txt|\\.md)?")) {
          continue;
        }
        byte[] content = readBytes(jar, entry);
        boolean apacheText = name.matches("(?i)META-INF/LICENSE(\\.txt|\\.md)?")
            && new String(content, StandardCharsets.UTF_8).matches("(?s).*Apache.*License.*2\\.0.*")
            && thirdParty().get(ga + ":" + bundled.get(ga)).contains("Apache-2.0");
        if (apacheText) {
          continue; // An Apache-2.0 licence text or statement: META-INF/LICENSE is the full text.
        }
        boolean kept = (shaded.getEntry(name) != null && Arrays.equals(bytes(name), content))
            || entries(shaded).stream()
                .filter(e -> e.getName().startsWith("META-INF/licenses/" + groupId + "/"))
                .anyMatch(e -> Arrays.equals(bytes(e.getName()), content));
        assertThat(kept).as("%s of %s in the CLI jar", name, ga).isTrue();
      }
    });
  }

  @Test
  void nothingStray() {
    // Directories on the class path (a module's classes when it is not packaged) count as bundled files.
    Set<String> fromClassPath = new TreeSet<>();
    for (ZipFile jar : classPathJars) {
      entries(jar).forEach(e -> fromClassPath.add(e.getName()));
    }
    for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path dir = Path.of(element);
      if (Files.isDirectory(dir)) {
        try (var files = Files.walk(dir)) {
          files.filter(Files::isRegularFile)
              .forEach(f -> fromClassPath.add(dir.relativize(f).toString().replace(File.separatorChar, '/')));
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      }
    }
    List<String> stray = new ArrayList<>();
    for (ZipEntry entry : entries(shaded)) {
      String name = entry.getName();
      if (entry.isDirectory() || GENERATED.contains(name) || name.startsWith("META-INF/licenses/")
          || name.startsWith("META-INF/services/")) {
        continue;
      }
      String fileName = name.substring(name.lastIndexOf('/') + 1);
      boolean unknown = !fromClassPath.contains(name);
      boolean readmeOrList = fileName.matches("(?i)(readme|third-party)([.].*)?");
      boolean licenceOutsideMetaInf = !name.startsWith("META-INF/") && !name.endsWith(".class")
          && LICENSE_FILE.matcher(name).matches();
      if (unknown || readmeOrList || licenceOutsideMetaInf) {
        stray.add(name);
      }
    }
    assertThat(stray).as("entries of the CLI jar that are not a bundled file or a licence file").isEmpty();
  }

  private static Map<String, List<String>> thirdParty() {
    Map<String, List<String>> listed = new LinkedHashMap<>();
    for (String line : text("META-INF/THIRD-PARTY.txt").split("\\R")) {
      Matcher m = THIRD_PARTY_LINE.matcher(line);
      if (m.matches()) {
        listed.put(m.group("gav"), Arrays.stream(m.group("licenses").split("\\) \\(")).map(String::strip)
            .collect(Collectors.toList()));
      }
    }
    assertThat(listed).as("entries of META-INF/THIRD-PARTY.txt").isNotEmpty();
    return listed;
  }

  private static java.util.Optional<String> coordinates(ZipFile jar) {
    return entries(jar).stream()
        .filter(e -> e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties"))
        .findFirst()
        .map(e -> {
          Properties pom = properties(jar, e);
          return pom.getProperty("groupId") + ":" + pom.getProperty("artifactId") + ":"
              + pom.getProperty("version");
        });
  }

  /** groupId:artifactId:version of a jar in a Maven repository layout (…/group/path/artifact/version/…jar). */
  private static String repositoryCoordinates(Path jar) {
    Path versionDir = jar.toAbsolutePath().getParent();
    Path artifactDir = versionDir.getParent();
    List<String> group = new ArrayList<>();
    for (Path dir = artifactDir.getParent(); dir != null && dir.getFileName() != null
        && !dir.getFileName().toString().equals("repository") && !dir.getFileName().toString().equals("local-repo");
        dir = dir.getParent()) {
      group.add(0, dir.getFileName().toString());
    }
    return String.join(".", group) + ":" + artifactDir.getFileName() + ":" + versionDir.getFileName();
  }

  private static List<? extends ZipEntry> entries(ZipFile zip) {
    return zip.stream().collect(Collectors.toList());
  }

  private static Properties properties(ZipFile zip, ZipEntry entry) {
    Properties properties = new Properties();
    try (InputStream in = zip.getInputStream(entry)) {
      properties.load(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return properties;
  }

  private static byte[] bytes(String name) {
    ZipEntry entry = shaded.getEntry(name);
    assertThat(entry).as(name + " in the CLI jar").isNotNull();
    return readBytes(shaded, entry);
  }

  private static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  private static String read(ZipFile zip, ZipEntry entry) {
    return new String(readBytes(zip, entry), StandardCharsets.UTF_8);
  }

  private static byte[] readBytes(ZipFile zip, ZipEntry entry) {
    try (InputStream in = zip.getInputStream(entry)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
