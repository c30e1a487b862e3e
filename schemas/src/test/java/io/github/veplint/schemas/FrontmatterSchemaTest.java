package io.github.veplint.schemas;

import static io.github.veplint.schemas.FrontmatterSchema.Violation.at;
import static io.github.veplint.schemas.FrontmatterSchema.Violation.member;
import static io.github.veplint.schemas.FrontmatterSchema.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.veplint.schemas.FrontmatterSchema.Violation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrontmatterSchemaTest {

  /**
   * In the spirit of VEP 307: deferred before implementation started, so no stage and alpha TBD.
   */
  private static final String DEFERRED =
      """
      title: Network Binding Plugin for vhostuser Interfaces
      vep-number: 307
      creation-date: "2024-05-22"
      status: deferred
      authors:
        - "@bgaussen"
      owning-sig: sig-network
      participating-sigs: []
      reviewers:
        - "@alicefr"
        - "@ormergi"
      approvers:
        - "@EdDev"
      feature-gate: NetworkBindingPlugins
      milestone:
        alpha: "TBD"
      replaces: ""
      superseded-by: ""
      """;

  private static final String PROVISIONAL_MINIMAL =
      """
      title: Live update of instance types
      vep-number: "412"
      creation-date: 2025-01-09
      status: provisional
      authors: ["@octocat"]
      owning-sig: sig-compute
      reviewers: [TBD, TBD]
      approvers: [TBD]
      """;

  private static final String IMPLEMENTABLE =
      """
      title: Persistent reservation for hotplugged disks
      vep-number: 358
      creation-date: "2025-02-03"
      status: implementable
      authors: ["@octocat", "@hubot"]
      owning-sig: sig-storage
      participating-sigs: [sig-compute, sig-observability]
      reviewers: ["@alicefr"]
      approvers: ["@mhenriks"]
      feature-gate: PersistentReservation
      stage: alpha
      milestone:
        alpha: v1.9
        beta: TBD
        ga: "N/A"
      replaces: 101
      superseded-by: ""
      """;

  private static final String REPLACED =
      """
      title: Old approach to vhostuser
      vep-number: 101
      creation-date: "2023-11-30"
      status: replaced
      authors: ["@octocat"]
      owning-sig: sig-network
      reviewers: ["@ormergi"]
      approvers: ["@EdDev"]
      replaces: ""
      superseded-by: "358"
      """;

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void acceptsValidFrontmatter(String name, String yaml) {
    assertThat(violationsOf(FrontmatterYaml.parse(yaml))).as(name).isEmpty();
  }

  static Stream<Arguments> validDocuments() {
    return Stream.of(
        Arguments.of("deferred, like VEP 307", DEFERRED),
        Arguments.of(
            "provisional with only the required fields and TBD commitments", PROVISIONAL_MINIMAL),
        Arguments.of("implementable with named people and an alpha release", IMPLEMENTABLE),
        Arguments.of("replaced by another VEP", REPLACED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void reportsExactlyTheBrokenRule(String name, ObjectNode frontmatter, Violation[] expected) {
    assertThat(violationsOf(frontmatter)).as(name).containsExactlyInAnyOrder(expected);
  }

  static Stream<Arguments> invalidDocuments() {
    return Stream.of(
        invalid(
            "status outside the seven states",
            with(DEFERRED, "status: accepted"),
            at("enum", "/status")),
        invalid(
            "stage outside alpha/beta/ga", with(DEFERRED, "stage: stable"), at("enum", "/stage")),
        invalid(
            "release without the v prefix",
            with(DEFERRED, "milestone: {alpha: \"1.9\"}"),
            at("pattern", "/milestone/alpha")),
        invalid(
            "release without a minor version",
            with(DEFERRED, "milestone: {alpha: v1}"),
            at("pattern", "/milestone/alpha")),
        invalid(
            "release left unquoted so YAML reads a number",
            with(DEFERRED, "milestone: {beta: 1.9}"),
            at("type", "/milestone/beta")),
        invalid(
            "author handle without @",
            with(DEFERRED, "authors: [bgaussen]"),
            at("pattern", "/authors/0")),
        invalid("no authors", with(DEFERRED, "authors: []"), at("minItems", "/authors")),
        invalid(
            "reviewers as a single string",
            with(DEFERRED, "reviewers: \"@alicefr\""),
            at("type", "/reviewers")),
        invalid(
            "owning-sig missing",
            without(DEFERRED, "owning-sig"),
            member("required", "", "owning-sig")),
        invalid(
            "owning-sig without the sig- prefix",
            with(DEFERRED, "owning-sig: network"),
            at("pattern", "/owning-sig")),
        invalid(
            "same participating SIG twice",
            with(DEFERRED, "participating-sigs: [sig-storage, sig-storage]"),
            at("uniqueItems", "/participating-sigs")),
        invalid(
            "unknown top-level key",
            with(DEFERRED, "reviewer: \"@alicefr\""),
            member("unevaluatedProperties", "", "reviewer")),
        invalid(
            "unknown milestone key",
            with(DEFERRED, "milestone: {alpha: TBD, rc: v1.9}"),
            member("unevaluatedProperties", "/milestone", "rc")),
        invalid(
            "feature gate not in Go identifier style",
            with(DEFERRED, "feature-gate: network-binding-plugins"),
            at("pattern", "/feature-gate")),
        invalid(
            "creation-date that is no calendar day",
            with(DEFERRED, "creation-date: \"2024-13-45\""),
            at("format", "/creation-date")),
        invalid(
            "creation-date in day/month/year order",
            with(DEFERRED, "creation-date: \"22/05/2024\""),
            at("pattern", "/creation-date"),
            at("format", "/creation-date")),
        invalid(
            "vep-number still the template placeholder",
            with(DEFERRED, "vep-number: NNNN"),
            at("pattern", "/vep-number")),
        invalid("vep-number zero", with(DEFERRED, "vep-number: 0"), at("minimum", "/vep-number")),
        invalid(
            "empty title",
            with(DEFERRED, "title: \"\""),
            at("minLength", "/title"),
            at("pattern", "/title")),
        invalid(
            "replaces a VEP that is no number",
            with(DEFERRED, "replaces: vep-101"),
            at("pattern", "/replaces")),
        invalid(
            "implementable with a TBD reviewer",
            with(IMPLEMENTABLE, "reviewers: [\"@alicefr\", TBD]"),
            at("pattern", "/reviewers/1")),
        invalid(
            "implementable with a TBD approver",
            with(IMPLEMENTABLE, "approvers: [TBD]"),
            at("pattern", "/approvers/0")),
        invalid(
            "implemented with a TBD reviewer",
            with(IMPLEMENTABLE, "{status: implemented, reviewers: [TBD]}"),
            at("pattern", "/reviewers/0")),
        invalid(
            "implementable without a milestone",
            without(IMPLEMENTABLE, "milestone"),
            member("required", "", "milestone")),
        invalid(
            "implementable without milestone.alpha",
            with(IMPLEMENTABLE, "milestone: {beta: v1.10}"),
            member("required", "/milestone", "alpha")),
        invalid(
            "implementable with milestone.alpha TBD",
            with(IMPLEMENTABLE, "milestone: {alpha: TBD}"),
            at("pattern", "/milestone/alpha")),
        invalid(
            "implementable with milestone.alpha N/A",
            with(IMPLEMENTABLE, "milestone: {alpha: N/A}"),
            at("pattern", "/milestone/alpha")),
        invalid(
            "replaced without superseded-by",
            without(REPLACED, "superseded-by"),
            member("required", "", "superseded-by")),
        invalid(
            "replaced with an empty superseded-by",
            with(REPLACED, "superseded-by: \"\""),
            at("pattern", "/superseded-by")));
  }

  @Test
  void acceptsUnquotedCreationDateAsWritten() {
    ObjectNode frontmatter = FrontmatterYaml.parse(PROVISIONAL_MINIMAL);

    assertThat(frontmatter.get("creation-date").textValue()).isEqualTo("2025-01-09");
    assertThat(violationsOf(frontmatter)).isEmpty();
  }

  private static Arguments invalid(String name, ObjectNode frontmatter, Violation... expected) {
    return Arguments.of(name, frontmatter, expected);
  }

  /** The base document with each top-level key of {@code overrides} replaced wholesale. */
  private static ObjectNode with(String baseYaml, String overrides) {
    ObjectNode document = FrontmatterYaml.parse(baseYaml);
    document.setAll(FrontmatterYaml.parse(overrides));
    return document;
  }

  private static ObjectNode without(String baseYaml, String key) {
    ObjectNode document = FrontmatterYaml.parse(baseYaml);
    document.remove(key);
    return document;
  }
}
