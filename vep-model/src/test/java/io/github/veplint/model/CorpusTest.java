package io.github.veplint.model;

import io.github.veplint.model.read.VepDirectory;
import io.github.veplint.model.read.VepParser;
import io.github.veplint.model.read.VepRepository;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.model.ReleaseTarget.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The parser on every real VEP, and facts a maintainer would check by reading them. */
class CorpusTest {

  static Stream<String> everyMarkdownFile() throws IOException {
    Path root = Corpus.enhancements();
    try (Stream<Path> files = Files.walk(root.resolve("veps"))) {
      return files
          .filter(p -> p.toString().endsWith(".md"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyMarkdownFile")
  void parsesWithoutProblems(String relativePath) throws IOException {
    Vep vep = parse(relativePath);

    assertThat(vep.problems()).isEmpty();
    assertThat(vep.lines()).isNotEmpty();
    assertThat(vep.allSections()).isNotEmpty();
    boolean template = relativePath.contains("NNNN-vep-template");
    if (vep.location().isMainFile() && !template) {
      assertThat(vep.metadata().number()).as("VEP number").isPresent();
      assertThat(vep.sectionsAtLevel(2)).as("## sections").isNotEmpty();
    }
  }

  @Test
  void corpusHasAllItsMarkdownFiles() throws IOException {
    assertThat(everyMarkdownFile()).hasSize(69);
  }

  @Test
  void draDevicesReadsTitleNumberSigAndTargets() throws IOException {
    Vep vep = parse("veps/sig-compute/10-dra-devices/vep.md");
    VepMetadata meta = vep.metadata();

    assertThat(vep.layout()).isEqualTo(Vep.Layout.LEGACY);
    assertThat(meta.number().orElseThrow())
        .isEqualTo(new Located<>(10, Origin.TITLE, new SourcePosition(1, 1)));
    assertThat(meta.title().orElseThrow().value()).isEqualTo("Support GPUs with DRA in KubeVirt");
    assertThat(meta.owningSig().orElseThrow())
        .isEqualTo(new Located<>("sig-compute", Origin.PATH, SourcePosition.START));
    ReleaseTarget alpha = meta.milestones().alpha().orElseThrow();
    assertThat(alpha.version()).map(Object::toString).contains("v1.6");
    assertThat(alpha.past()).isTrue();
    assertThat(alpha.note()).isEqualTo("(VMI-status based design)");
    assertThat(alpha.position()).isEqualTo(new SourcePosition(7, 40));
    assertThat(meta.milestones().stage("alpha2").orElseThrow().rawValue()).isEqualTo("v1.8");
    assertThat(meta.milestones().beta().orElseThrow().rawValue()).isEqualTo("v1.9");
    assertThat(meta.milestones().beta().orElseThrow().position()).isEqualTo(new SourcePosition(9, 38));
    assertThat(meta.milestones().ga().orElseThrow().kind()).isEqualTo(Kind.TBD);
    assertThat(vep.legacy().checklist())
        .extracting(ChecklistItem::checked)
        .containsExactly(true, true, false, false);
    assertThat(vep.legacy().checklist().get(1).stage()).contains("alpha");
  }

  @Test
  void persistentReservationHasBetaExplicitlyNotTargeted() throws IOException {
    Milestones milestones = parse("veps/sig-storage/277-persistent-reservation/vep.md").metadata().milestones();

    assertThat(milestones.alpha().orElseThrow().rawValue()).isEqualTo("v1.0.0");
    assertThat(milestones.beta().orElseThrow().kind()).isEqualTo(Kind.NOT_TARGETED);
    assertThat(milestones.beta().orElseThrow().position()).isEqualTo(new SourcePosition(8, 1));
    assertThat(milestones.ga().orElseThrow().rawValue()).isEqualTo("v1.9.0");
    assertThat(milestones.ga().orElseThrow().kind()).isEqualTo(Kind.VERSION);
  }

  @Test
  void vhostuserHasFrontMatterWithPositions() throws IOException {
    Vep vep = parse("veps/sig-network/307-vhostuser-binding-plugin/vep.md");
    VepMetadata meta = vep.metadata();

    assertThat(vep.layout()).isEqualTo(Vep.Layout.FRONT_MATTER);
    assertThat(vep.frontMatter().orElseThrow().endLine()).isEqualTo(26);
    assertThat(meta.proposalStatus()).contains(VepStatus.DEFERRED);
    assertThat(meta.status().orElseThrow().position()).isEqualTo(new SourcePosition(5, 9));
    assertThat(meta.number().orElseThrow().origin()).isEqualTo(Origin.FRONT_MATTER);
    assertThat(meta.number().orElseThrow().value()).isEqualTo(307);
    assertThat(meta.reviewers()).extracting(Located::value).containsExactly("@alicefr", "@ormergi");
    assertThat(meta.reviewers().get(1).position()).isEqualTo(new SourcePosition(15, 5));
    assertThat(meta.approvers()).extracting(Located::value).containsExactly("@EdDev");
    assertThat(meta.featureGate().orElseThrow().value()).isEqualTo("NetworkBindingPlugins");
    assertThat(meta.owningSig().orElseThrow().origin()).isEqualTo(Origin.FRONT_MATTER);
    ReleaseTarget alpha = meta.milestones().alpha().orElseThrow();
    assertThat(alpha.kind()).isEqualTo(Kind.TBD);
    assertThat(alpha.origin()).isEqualTo(Origin.FRONT_MATTER);
    assertThat(alpha.position()).isEqualTo(new SourcePosition(22, 10));
    assertThat(meta.stage()).isEmpty();
    assertThat(meta.replaces()).isEmpty();
    assertThat(meta.creationDate().orElseThrow().value()).isEqualTo("2024-05-22");
    assertThat(vep.title().orElseThrow().position()).isEqualTo(new SourcePosition(28, 1));
  }

  @Test
  void ibmZSecureExecutionHasNoTitleHeading() throws IOException {
    Vep vep = parse("veps/sig-compute/19-ibm-z-secure-execution/vep.md");

    assertThat(vep.title()).isEmpty();
    assertThat(vep.metadata().title()).isEmpty();
    assertThat(vep.metadata().number().orElseThrow())
        .isEqualTo(new Located<>(19, Origin.PATH, SourcePosition.START));
    assertThat(vep.metadata().milestones().ga().orElseThrow().rawValue()).isEqualTo("v1.9");
  }

  @Test
  void governanceVepIsAProcessVepWithGaOnly() throws IOException {
    Vep vep = parse("veps/meta-VEPs/282-vep-proposal-governance/vep.md");
    Milestones milestones = vep.metadata().milestones();

    assertThat(vep.isProcessVep()).isTrue();
    assertThat(vep.metadata().owningSig()).isEmpty();
    assertThat(milestones.alpha().orElseThrow().kind()).isEqualTo(Kind.NOT_APPLICABLE);
    assertThat(milestones.beta().orElseThrow().kind()).isEqualTo(Kind.NOT_APPLICABLE);
    assertThat(milestones.ga().orElseThrow().rawValue()).isEqualTo("v1.9");
    assertThat(vep.legacy().checklist())
        .extracting(ChecklistItem::checked, ChecklistItem::stage)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(true, java.util.Optional.empty()),
            org.assertj.core.groups.Tuple.tuple(true, java.util.Optional.of("ga")));
  }

  @Test
  void titleVariantsOfTheCorpus() throws IOException {
    VepTitle padded = parse("veps/sig-compute/171-cold-reboot-guest/vep.md").title().orElseThrow();
    assertThat(padded.numberText()).contains("0171");
    assertThat(padded.number()).contains(171);
    assertThat(padded.isWellFormed()).isTrue();

    VepTitle noHash = parse("veps/sig-compute/104-allow-disabling-feature-gates/vep.md").title().orElseThrow();
    assertThat(noHash.number()).contains(104);
    assertThat(noHash.text()).isEqualTo("Allow disabling feature gates");

    VepTitle noNumber = parse("veps/sig-compute/24-decentralized-migration/vep.md").title().orElseThrow();
    assertThat(noNumber.number()).isEmpty();
    assertThat(noNumber.text()).isEqualTo("Decentralized live migration");

    VepTitle bare = parse("veps/sig-compute/207-pause-probes/vep.md").title().orElseThrow();
    assertThat(bare.number()).isEmpty();
    assertThat(bare.separator()).isEqualTo(":");
    assertThat(bare.text()).isEqualTo("Probe Proxy for Manual Probe Control");
  }

  @Test
  void releaseValueVariantsOfTheCorpus() throws IOException {
    ReleaseTarget withoutV =
        parse("veps/sig-compute/191-decentralized-migration-proxy/vep.md").metadata().milestones().alpha().orElseThrow();
    assertThat(withoutV.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(withoutV.version()).map(Object::toString).contains("v1.9");

    ReleaseTarget trailingPeriod =
        parse("veps/sig-compute/190-kubevirt-structured-plugins/vep.md").metadata().milestones().alpha().orElseThrow();
    assertThat(trailingPeriod.kind()).isEqualTo(Kind.VERSION);
    assertThat(trailingPeriod.rawValue()).isEqualTo("v1.9");

    Milestones ship = parse("veps/sig-compute/104-allow-disabling-feature-gates/vep.md").metadata().milestones();
    assertThat(ship.targets()).extracting(ReleaseTarget::stage, ReleaseTarget::rawValue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ship", "v1.8"));

    Milestones twoGates = parse("veps/sig-compute/80-tdx-sev-snp/vep.md").metadata().milestones();
    assertThat(twoGates.targets()).hasSize(6);
    assertThat(twoGates.targets().get(3).position().line()).isEqualTo(31);
  }

  @Test
  void templateSectionsComeOutInTemplateOrder() throws IOException {
    Vep template = parse("veps/NNNN-vep-template/vep.md");

    assertThat(template.sectionsAtLevel(2))
        .extracting(Section::text)
        .containsExactly(
            "VEP Status Metadata", "Overview", "Motivation", "Goals", "Non Goals",
            "Definition of Users", "User Stories", "Repos", "Design", "API Examples",
            "Alternatives", "Scalability", "Update/Rollback Compatibility",
            "Functional Testing Approach", "Implementation History", "Graduation Requirements");
    Section overview = template.section("Overview").orElseThrow();
    assertThat(overview.isEmpty()).isTrue();
    assertThat(overview.startLine()).isEqualTo(29);
    assertThat(overview.endLine()).isEqualTo(34);
    Section graduation = template.section("Graduation Requirements").orElseThrow();
    assertThat(graduation.children()).extracting(Section::text).containsExactly("Alpha", "Beta", "GA");
    assertThat(graduation.child("Beta").orElseThrow().children())
        .extracting(Section::text)
        .containsExactly("On-By-Default Readiness");
  }

  @Test
  void repositoryScanFindsVepsAttachmentsTemplateAndSigs() {
    VepRepository repository = VepRepository.scan(Corpus.enhancements());

    assertThat(repository.template().map(repository::relativize))
        .contains("veps/NNNN-vep-template/vep.md");
    assertThat(repository.sigs())
        .containsExactly("sig-compute", "sig-network", "sig-observability", "sig-release", "sig-storage");
    assertThat(repository.directories()).hasSize(64);
    assertThat(repository.directories()).allSatisfy(d -> assertThat(d.mainFile()).isPresent());
    VepDirectory passt =
        repository.directories().stream().filter(d -> d.name().equals("21-passt")).findFirst().orElseThrow();
    assertThat(passt.attachments()).extracting(repository::relativize)
        .containsExactly("veps/sig-network/21-passt/passt-beta.md");
    assertThat(repository.singleFileVeps()).isEmpty();
    assertThat(repository.problems()).isEmpty();
    assertThat(repository.markdownFiles()).hasSize(68);
  }

  private static Vep parse(String relativePath) throws IOException {
    Path file = Corpus.enhancements().resolve(relativePath);
    return VepParser.parse(relativePath, Files.readAllBytes(file));
  }

}
