package io.github.veplint.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Validates the front matter of real VEPs from the shared corpus checkout. */
class FrontmatterCorpusTest {

  private static final Path VEP_307 =
      Path.of(
          "kubevirt-enhancements", "veps", "sig-network", "307-vhostuser-binding-plugin", "vep.md");

  @Test
  void vep307FrontmatterIsValid() throws IOException {
    Path vep = corpusFile(VEP_307);
    ObjectNode frontmatter = FrontmatterYaml.parse(FrontmatterYaml.extract(Files.readString(vep)));

    assertThat(frontmatter.path("vep-number").intValue()).isEqualTo(307);
    assertThat(FrontmatterSchema.violationsOf(frontmatter)).isEmpty();
  }

  private static Path corpusFile(Path relative) {
    Optional<Path> file =
        corpusCandidates()
            .map(corpus -> corpus.resolve(relative))
            .filter(Files::isRegularFile)
            .findFirst();
    if (file.isEmpty() && Boolean.getBoolean("vep.corpus.required")) {
      fail(
          "vep.corpus.required is set but "
              + relative
              + " is in none of the corpus candidates "
              + corpusCandidates().toList());
    }
    assumeTrue(file.isPresent(), () -> "corpus not available, skipping: " + relative);
    return file.get();
  }

  private static Stream<Path> corpusCandidates() {
    Path workingDirectory = Path.of(System.getProperty("user.dir"));
    Stream<Path> configured =
        Optional.ofNullable(System.getProperty("vep.corpus"))
            .filter(value -> !value.isBlank())
            .map(Path::of)
            .stream();
    return Stream.concat(
            configured,
            Stream.of(
                workingDirectory.resolve("../shared/corpus"),
                workingDirectory.resolve("../../shared/corpus")))
        .map(Path::normalize);
  }
}
