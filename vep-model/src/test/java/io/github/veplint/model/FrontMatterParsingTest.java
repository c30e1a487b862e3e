package io.github.veplint.model;

import io.github.veplint.model.read.VepParser;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.veplint.model.ParseProblem.Kind;
import io.github.veplint.model.YamlNode.ScalarType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The YAML front matter block: values, positions in file coordinates, and every way it can fail. */
class FrontMatterParsingTest {

  private static final String PATH = "veps/sig-compute/42-some-feature/vep.md";

  private static Vep parse(String text) {
    return VepParser.parse(PATH, text.getBytes(UTF_8));
  }

  private static SourcePosition at(int line, int column) {
    return new SourcePosition(line, column);
  }

  private static List<ParseProblem> problems(Vep vep, Kind kind) {
    return vep.problems(kind).toList();
  }

  private static final String VALID =
      """
      ---
      title: Network Binding Plugin
      vep-number: 307
      creation-date: "2024-05-22"
      status: provisional
      authors:
        - "@alice"
        - bob
      owning-sig: sig-network
      participating-sigs: []
      reviewers: [ "@r1", "@r2" ]
      feature-gate: NetworkBindingPlugins
      stage: alpha
      milestone:
        alpha: "TBD"
        beta: v1.9
        ga:
      replaces: ""
      ---

      # VEP #307: Network Binding Plugin

      ## Overview

      Text.
      """;

  @Test
  void validBlockIsReadWithValuePositionsInFileCoordinates() {
    Vep vep = parse(VALID);

    assertThat(vep.problems()).isEmpty();
    assertThat(vep.layout()).isEqualTo(Vep.Layout.FRONT_MATTER);
    FrontMatter frontMatter = vep.frontMatter().orElseThrow();
    assertThat(frontMatter.startLine()).isEqualTo(1);
    assertThat(frontMatter.endLine()).isEqualTo(19);
    assertThat(frontMatter.root().orElseThrow().position()).isEqualTo(at(2, 1));

    VepMetadata meta = vep.metadata();
    assertThat(meta.status()).contains(new Located<>("provisional", Origin.FRONT_MATTER, at(5, 9)));
    assertThat(meta.proposalStatus()).contains(VepStatus.PROVISIONAL);
    assertThat(meta.title())
        .contains(new Located<>("Network Binding Plugin", Origin.FRONT_MATTER, at(2, 8)));
    assertThat(meta.number()).contains(new Located<>(307, Origin.FRONT_MATTER, at(3, 13)));
    // A quoted value's position is its opening quote.
    assertThat(meta.creationDate())
        .contains(new Located<>("2024-05-22", Origin.FRONT_MATTER, at(4, 16)));
    assertThat(meta.authors())
        .containsExactly(
            new Located<>("@alice", Origin.FRONT_MATTER, at(7, 5)),
            new Located<>("bob", Origin.FRONT_MATTER, at(8, 5)));
    assertThat(meta.owningSig())
        .contains(new Located<>("sig-network", Origin.FRONT_MATTER, at(9, 13)));
    assertThat(meta.participatingSigs()).isEmpty();
    assertThat(meta.reviewers())
        .containsExactly(
            new Located<>("@r1", Origin.FRONT_MATTER, at(11, 14)),
            new Located<>("@r2", Origin.FRONT_MATTER, at(11, 21)));
    assertThat(meta.featureGate())
        .contains(new Located<>("NetworkBindingPlugins", Origin.FRONT_MATTER, at(12, 15)));
    assertThat(meta.stage()).contains(new Located<>("alpha", Origin.FRONT_MATTER, at(13, 8)));
    assertThat(meta.replaces()).isEmpty();
    assertThat(meta.supersededBy()).isEmpty();

    YamlNode.Entry status = frontMatter.entry("status").orElseThrow();
    assertThat(status.keyPosition()).isEqualTo(at(5, 1));
    YamlNode.Mapping milestone = (YamlNode.Mapping) frontMatter.get("milestone").orElseThrow();
    assertThat(milestone.position()).isEqualTo(at(15, 3));
    assertThat(milestone.entry("beta").orElseThrow().keyPosition()).isEqualTo(at(16, 3));

    // The body starts after the closing delimiter, with file line numbers.
    assertThat(vep.title().orElseThrow().position()).isEqualTo(at(21, 1));
    assertThat(vep.section("Overview").orElseThrow().position()).isEqualTo(at(23, 1));
  }

  @Test
  void milestoneValuesAreClassifiedAtTheirOwnPositions() {
    Milestones milestones = parse(VALID).metadata().milestones();

    assertThat(milestones.targets()).extracting(ReleaseTarget::stage).containsExactly("alpha", "beta", "ga");
    ReleaseTarget alpha = milestones.alpha().orElseThrow();
    assertThat(alpha.kind()).isEqualTo(ReleaseTarget.Kind.TBD);
    assertThat(alpha.rawValue()).isEqualTo("TBD");
    assertThat(alpha.origin()).isEqualTo(Origin.FRONT_MATTER);
    assertThat(alpha.position()).isEqualTo(at(15, 10));
    ReleaseTarget beta = milestones.beta().orElseThrow();
    assertThat(beta.kind()).isEqualTo(ReleaseTarget.Kind.VERSION);
    assertThat(beta.version()).contains(new ReleaseVersion(1, 9, -1));
    assertThat(beta.position()).isEqualTo(at(16, 9));
    // An empty value has no position of its own: the key's position stands in.
    ReleaseTarget ga = milestones.ga().orElseThrow();
    assertThat(ga.kind()).isEqualTo(ReleaseTarget.Kind.EMPTY);
    assertThat(ga.position()).isEqualTo(at(17, 3));
  }

  @Test
  void frontMatterMilestonesWinOverLegacyBullets() {
    Vep vep =
        parse(
            """
            ---
            milestone:
              alpha: v1.5
            ---
            # VEP #1: X

            ## Target releases

            - This VEP targets alpha for version: v1.6
            """);

    assertThat(vep.metadata().milestones().alpha().orElseThrow().rawValue()).isEqualTo("v1.5");
    assertThat(vep.metadata().milestones().alpha().orElseThrow().origin()).isEqualTo(Origin.FRONT_MATTER);
    // The prose is still read, so a rule can compare the two.
    assertThat(vep.legacy().targets().alpha().orElseThrow().rawValue()).isEqualTo("v1.6");
    assertThat(vep.legacy().targets().alpha().orElseThrow().position()).isEqualTo(at(9, 39));
  }

  @Test
  void unquotedDateIsKeptAsWrittenWithTimestampType() {
    Vep vep = parse("---\ncreation-date: 2024-05-22\n---\n# VEP #1: X\n");

    YamlNode.Scalar date = (YamlNode.Scalar) vep.frontMatter().orElseThrow().get("creation-date").orElseThrow();
    assertThat(date.value()).isEqualTo("2024-05-22");
    assertThat(date.type()).isEqualTo(ScalarType.TIMESTAMP);
    assertThat(date.position()).isEqualTo(at(2, 16));
    assertThat(vep.metadata().creationDate())
        .contains(new Located<>("2024-05-22", Origin.FRONT_MATTER, at(2, 16)));
  }

  @Test
  void scalarTypesFollowYamlImplicitResolution() {
    Vep vep = parse("---\na: 307\nb: \"307\"\nc: 1.5\nd: yes\ne: ~\nf:\ng: text\n---\n");
    FrontMatter fm = vep.frontMatter().orElseThrow();

    assertThat(((YamlNode.Scalar) fm.get("a").orElseThrow()).type()).isEqualTo(ScalarType.INTEGER);
    assertThat(((YamlNode.Scalar) fm.get("b").orElseThrow()).type()).isEqualTo(ScalarType.STRING);
    assertThat(((YamlNode.Scalar) fm.get("c").orElseThrow()).type()).isEqualTo(ScalarType.FLOAT);
    assertThat(((YamlNode.Scalar) fm.get("d").orElseThrow()).type()).isEqualTo(ScalarType.BOOLEAN);
    YamlNode.Scalar tilde = (YamlNode.Scalar) fm.get("e").orElseThrow();
    assertThat(tilde.type()).isEqualTo(ScalarType.NULL);
    assertThat(tilde.value()).isEmpty();
    assertThat(((YamlNode.Scalar) fm.get("f").orElseThrow()).type()).isEqualTo(ScalarType.NULL);
    assertThat(((YamlNode.Scalar) fm.get("g").orElseThrow()).type()).isEqualTo(ScalarType.STRING);
  }

  @Test
  void vepNumberQuotedWithLeadingZeroIsReadAsItsValue() {
    Vep vep = parse("---\nvep-number: \"0307\"\n---\n# VEP #1: X\n");

    YamlNode.Scalar raw = (YamlNode.Scalar) vep.frontMatter().orElseThrow().get("vep-number").orElseThrow();
    assertThat(raw.value()).isEqualTo("0307");
    assertThat(raw.type()).isEqualTo(ScalarType.STRING);
    assertThat(vep.metadata().number()).contains(new Located<>(307, Origin.FRONT_MATTER, at(2, 13)));
  }

  @Test
  void vepNumberPlainIntegerIsReadAsItsValue() {
    Vep vep = parse("---\nvep-number: 307\n---\n# VEP #1: X\n");

    YamlNode.Scalar raw = (YamlNode.Scalar) vep.frontMatter().orElseThrow().get("vep-number").orElseThrow();
    assertThat(raw.type()).isEqualTo(ScalarType.INTEGER);
    assertThat(vep.metadata().number()).contains(new Located<>(307, Origin.FRONT_MATTER, at(2, 13)));
  }

  @Test
  void vepNumberPlaceholderFallsBackToTitleThenPath() {
    Vep withTitle = parse("---\nvep-number: NNNN\n---\n# VEP #12: X\n");
    assertThat(withTitle.metadata().number()).contains(new Located<>(12, Origin.TITLE, at(4, 1)));

    Vep withoutTitle = parse("---\nvep-number: NNNN\n---\n# VEP #NNNN: X\n");
    assertThat(withoutTitle.title().orElseThrow().number()).isEmpty();
    assertThat(withoutTitle.metadata().number()).contains(new Located<>(42, Origin.PATH, SourcePosition.START));
    assertThat(withoutTitle.problems()).isEmpty();
  }

  @Test
  void unclosedBlockIsReportedAtTheOpeningLineAndTheBodyIsStillParsed() {
    Vep vep =
        parse(
            """
            ---
            title: Foo
            status: provisional

            # VEP #5: Foo

            ## Overview

            text
            """);

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.FRONT_MATTER_UNCLOSED);
              assertThat(p.position()).isEqualTo(at(1, 1));
              assertThat(p.isFrontMatterProblem()).isTrue();
            });
    assertThat(vep.frontMatter()).isEmpty();
    assertThat(vep.layout()).isEqualTo(Vep.Layout.LEGACY);
    assertThat(vep.metadata().status()).isEmpty();
    assertThat(vep.title().orElseThrow().position()).isEqualTo(at(5, 1));
    assertThat(vep.section("Overview").orElseThrow().position()).isEqualTo(at(7, 1));
  }

  @Test
  void invalidYamlIsReportedAtTheProblemMarkInFileCoordinates() {
    Vep vep =
        parse(
            """
            ---
            title: Foo
            status: [unclosed
            owning-sig: sig-network
            ---
            # VEP #5: Foo
            """);

    // SnakeYAML notices the error at the ':' after "owning-sig" (YAML line 3, column 11).
    assertThat(problems(vep, Kind.FRONT_MATTER_SYNTAX))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.position()).isEqualTo(at(4, 11));
              assertThat(p.message()).startsWith("front matter is not valid YAML: ");
            });
    assertThat(vep.problems()).hasSize(1);
    FrontMatter fm = vep.frontMatter().orElseThrow();
    assertThat(fm.endLine()).isEqualTo(5);
    assertThat(fm.root()).isEmpty();
    // Still a front matter VEP; the body is read from the line after the block.
    assertThat(vep.layout()).isEqualTo(Vep.Layout.FRONT_MATTER);
    assertThat(vep.title().orElseThrow().position()).isEqualTo(at(6, 1));
  }

  @Test
  void yamlThatEndsTooEarlyIsReportedOnTheClosingLine() {
    Vep vep = parse("---\ntitle: Foo\nstatus: [unclosed\n---\n# VEP #5: Foo\n");

    assertThat(problems(vep, Kind.FRONT_MATTER_SYNTAX))
        .singleElement()
        .extracting(ParseProblem::position)
        .isEqualTo(at(4, 1));
  }

  @Test
  void listIsNotAMapping() {
    Vep vep = parse("---\n- a\n- b\n---\n# VEP #1: X\n");

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.FRONT_MATTER_NOT_MAPPING);
              assertThat(p.position()).isEqualTo(at(2, 1));
              assertThat(p.message()).endsWith("not a list");
            });
    assertThat(vep.frontMatter().orElseThrow().root()).isEmpty();
    assertThat(vep.title().orElseThrow().position()).isEqualTo(at(5, 1));
  }

  @Test
  void scalarIsNotAMapping() {
    Vep vep = parse("---\n\n  just a sentence\n---\n# VEP #1: X\n");

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.FRONT_MATTER_NOT_MAPPING);
              assertThat(p.position()).isEqualTo(at(3, 3));
              assertThat(p.message()).endsWith("not a single value");
            });
  }

  @Test
  void emptyBlockIsNotAMapping() {
    for (String text : List.of("---\n---\n# VEP #1: X\n", "---\n\n  \n---\n# VEP #1: X\n")) {
      Vep vep = parse(text);
      assertThat(vep.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.kind()).isEqualTo(Kind.FRONT_MATTER_NOT_MAPPING);
                assertThat(p.position()).isEqualTo(at(1, 1));
                assertThat(p.message()).endsWith("not an empty block");
              });
      assertThat(vep.title()).isPresent();
    }
  }

  @Test
  void duplicateKeyIsReportedAtTheSecondKeyAndTheFirstValueKept() {
    Vep vep =
        parse(
            """
            ---
            title: Foo
            status: provisional
            owning-sig: sig-compute
            status: implementable
            ---
            # VEP #1: Foo
            """);

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.FRONT_MATTER_DUPLICATE_KEY);
              assertThat(p.position()).isEqualTo(at(5, 1));
              assertThat(p.message()).contains("'status'").contains("first on line 3");
            });
    assertThat(vep.metadata().status()).contains(new Located<>("provisional", Origin.FRONT_MATTER, at(3, 9)));
    assertThat(vep.metadata().owningSig()).map(Located::value).contains("sig-compute");
  }

  @Test
  void duplicateNestedKeyIsReportedAtItsOwnPosition() {
    Vep vep = parse("---\nmilestone:\n  alpha: v1.1\n  alpha: v1.2\n---\n");

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.FRONT_MATTER_DUPLICATE_KEY);
              assertThat(p.position()).isEqualTo(at(4, 3));
              assertThat(p.message()).contains("first on line 3");
            });
    assertThat(vep.metadata().milestones().targets()).singleElement()
        .extracting(ReleaseTarget::rawValue).isEqualTo("v1.1");
  }

  /** Would record its construction if the parser ever instantiated a class named by a YAML tag. */
  public static final class Gadget {
    static final AtomicInteger CREATED = new AtomicInteger();

    public Gadget() {
      CREATED.incrementAndGet();
    }

    public Gadget(Object ignored) {
      CREATED.incrementAndGet();
    }
  }

  @Test
  void globalTagOnAValueIsReportedAndItsValueDropped() {
    Vep vep =
        parse(
            """
            ---
            title: Foo
            x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost/"]]]]
            status: provisional
            ---
            # VEP #1: Foo
            """);

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.FRONT_MATTER_TAG);
              assertThat(p.position()).isEqualTo(at(3, 4));
              assertThat(p.message()).contains("!!javax.script.ScriptEngineManager");
            });
    FrontMatter fm = vep.frontMatter().orElseThrow();
    assertThat(fm.get("x")).isEmpty();
    // The rest of the block is still read.
    assertThat(vep.metadata().status()).contains(new Located<>("provisional", Origin.FRONT_MATTER, at(4, 9)));
    assertThat(vep.metadata().title()).map(Located::origin).contains(Origin.FRONT_MATTER);
  }

  @Test
  void globalTagOnTheWholeBlockIsReported() {
    Vep vep =
        parse(
            """
            ---
            !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost/"]]]]
            ---
            # VEP #1: Foo
            """);

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.FRONT_MATTER_TAG);
              assertThat(p.position()).isEqualTo(at(2, 1));
            });
    assertThat(vep.frontMatter().orElseThrow().root()).isEmpty();
  }

  @Test
  void taggedClassIsNeverInstantiated() {
    String gadget = "!!" + Gadget.class.getName();
    Vep vep =
        parse(
            "---\n"
                + "a: "
                + gadget
                + " {}\n"
                + "b: "
                + gadget
                + " [x]\n"
                + "c: "
                + gadget
                + " text\n"
                + gadget
                + " d: e\n"
                + "---\n");

    assertThat(Gadget.CREATED).hasValue(0);
    assertThat(vep.problems())
        .extracting(ParseProblem::kind, ParseProblem::position)
        .containsExactly(
            tuple(Kind.FRONT_MATTER_TAG, at(2, 4)),
            tuple(Kind.FRONT_MATTER_TAG, at(3, 4)),
            tuple(Kind.FRONT_MATTER_TAG, at(4, 4)),
            tuple(Kind.FRONT_MATTER_TAG, at(5, 1)));
    assertThat(vep.frontMatter().orElseThrow().root().orElseThrow().entries()).isEmpty();
  }

  @Test
  void localTagIsReported() {
    Vep vep = parse("---\nstatus: !custom provisional\nowning-sig: sig-a\n---\n");

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.FRONT_MATTER_TAG);
              assertThat(p.position()).isEqualTo(at(2, 9));
              assertThat(p.message()).contains("'!custom'");
            });
    assertThat(vep.metadata().status()).isEmpty();
    assertThat(vep.metadata().owningSig()).map(Located::position).contains(at(3, 13));
  }

  @Test
  void standardTagsAreAllowed() {
    Vep vep = parse("---\nvep-number: !!str 12\nstatus: !!str provisional\n---\n");

    assertThat(vep.problems()).isEmpty();
    YamlNode.Scalar number = (YamlNode.Scalar) vep.frontMatter().orElseThrow().get("vep-number").orElseThrow();
    assertThat(number.type()).isEqualTo(ScalarType.STRING);
    assertThat(number.value()).isEqualTo("12");
  }

  @Test
  void billionLaughsIsStoppedQuickly() {
    // Nine levels of nine aliases each: 9^9 strings if expanded.
    StringBuilder yaml =
        new StringBuilder("---\ntitle: Foo\na: &a [" + "\"lol\",".repeat(8) + "\"lol\"]\n");
    char previous = 'a';
    for (char c = 'b'; c <= 'i'; c++) {
      yaml.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = c;
    }
    yaml.append("---\n# VEP #1: Foo\n");

    Vep vep = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(yaml.toString()));

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.FRONT_MATTER_LIMIT);
              // SnakeYAML stops at the 11th alias: the second '*b' on c's line.
              assertThat(p.position().line()).isEqualTo(5);
            });
    assertThat(vep.frontMatter().orElseThrow().root()).isEmpty();
    assertThat(vep.title().orElseThrow().position()).isEqualTo(at(13, 1));
  }

  @Test
  void deepAliasChainIsStoppedQuickly() {
    StringBuilder yaml = new StringBuilder("---\nk0: &k0 [x]\n");
    for (int i = 1; i <= 40; i++) {
      yaml.append('k').append(i).append(": &k").append(i).append(" [*k").append(i - 1).append("]\n");
    }
    yaml.append("---\n# VEP #1: Foo\n");

    Vep vep = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(yaml.toString()));

    assertThat(vep.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.kind()).isIn(Kind.FRONT_MATTER_LIMIT, Kind.FRONT_MATTER_SYNTAX));
    assertThat(vep.frontMatter().orElseThrow().root()).isEmpty();
    assertThat(vep.title()).isPresent();
  }

  @Test
  void fewAliasesNestingTooDeepAfterExpansionAreStopped() {
    // Three aliases, each under SnakeYAML's own limits, that expand past the depth limit.
    String ten = "[".repeat(10) + "x" + "]".repeat(10);
    Vep vep =
        parse(
            "---\na: &a " + ten + "\nb: &b [[[[[[[[[[*a]]]]]]]]]]\nc: [[[[[[[[[[*b]]]]]]]]]]\nd: ok\n---\n");

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.FRONT_MATTER_LIMIT);
              assertThat(p.message()).contains("nested deeper than");
              // The node one level too deep: the 'x' inside a's anchored value, reached through *b.
              assertThat(p.position()).isEqualTo(at(2, 17));
            });
  }

  @Test
  void recursiveAliasIsReportedNotFollowed() {
    Vep vep =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> parse("---\ntitle: Foo\na: &a [1, *a]\n---\n# VEP #1: Foo\n"));

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.FRONT_MATTER_LIMIT);
              // The anchored sequence that contains its own alias.
              assertThat(p.position()).isEqualTo(at(3, 4));
            });
  }

  @Test
  void thousandDeepFlowSequenceIsAProblemNotAStackOverflow() {
    String deep = "[".repeat(1000) + "]".repeat(1000);

    Vep asValue =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> parse("---\ntitle: Foo\nx: " + deep + "\n---\n# VEP #1: Foo\n"));
    // Nesting is refused before any node exists: the line is where the reader stopped; the column
    // is as far as SnakeYAML's scanner had read ahead.
    assertThat(asValue.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.FRONT_MATTER_LIMIT);
              assertThat(p.position().line()).isEqualTo(3);
            });
    assertThat(asValue.title().orElseThrow().position()).isEqualTo(at(5, 1));

    Vep asRoot =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> parse("---\n" + deep + "\n---\n# VEP #1: Foo\n"));
    assertThat(asRoot.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.FRONT_MATTER_LIMIT);
              assertThat(p.position().line()).isEqualTo(2);
            });
  }

  @Test
  void tabIndentationIsAProblemNotAnException() {
    Vep vep = parse("---\ntitle: Foo\nmilestone:\n\talpha: v1.2\n---\n# VEP #1: Foo\n");

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.FRONT_MATTER_SYNTAX);
              assertThat(p.position()).isEqualTo(at(4, 1));
              assertThat(p.message()).contains("TAB");
            });
    assertThat(vep.title().orElseThrow().position()).isEqualTo(at(6, 1));
  }

  @Test
  void positionsCountUtf16UnitsNotCodePoints() {
    // U+1F600 takes two UTF-16 units; SnakeYAML counts it as one column.
    Vep vep = parse("---\nauthors: [\"\uD83D\uDE00\", \"@b\"]\nstatus: x\n---\n");

    assertThat(vep.metadata().authors())
        .extracting(Located::position)
        .containsExactly(at(2, 11), at(2, 17));
  }

  @Test
  void syntaxErrorAfterASupplementaryCharacterHasItsUtf16Column() {
    Vep vep = parse("---\ntitle: \"\uD83D\uDE00\" [\n---\n");

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.FRONT_MATTER_SYNTAX);
              assertThat(p.position()).isEqualTo(at(2, 13));
            });
  }

  @Test
  void unicodeLineSeparatorInAValueDoesNotShiftLaterLines() {
    // YAML 1.1 treats U+2028 and U+0085 as line breaks; the file's lines (and markdown's) do not.
    Vep separator = parse("---\ntitle: \"a\u2028b\"\nstatus: x\n---\n# VEP #1: X\n");
    assertThat(separator.lines()).hasSize(5);
    assertThat(separator.metadata().status()).map(Located::position).contains(at(3, 9));
    assertThat(separator.frontMatter().orElseThrow().entry("status").orElseThrow().keyPosition())
        .isEqualTo(at(3, 1));

    Vep nextLine = parse("---\ntitle: \"a\u0085b\"\nstatus: [x\n---\n# VEP #1: X\n");
    assertThat(nextLine.problems())
        .singleElement()
        .extracting(ParseProblem::position)
        .isEqualTo(at(4, 1));
  }

  @Test
  void crlfFrontMatterHasTheSamePositions() {
    Vep vep = parse(VALID.replace("\n", "\r\n"));

    assertThat(vep.problems()).isEmpty();
    assertThat(vep.metadata().status()).map(Located::position).contains(at(5, 9));
    assertThat(vep.metadata().milestones().alpha().orElseThrow().position()).isEqualTo(at(15, 10));
    assertThat(vep.frontMatter().orElseThrow().endLine()).isEqualTo(19);
  }

  @Test
  void documentEndMarkerClosesTheBlock() {
    Vep vep = parse("---\nstatus: provisional\n...\n# VEP #1: X\n");

    assertThat(vep.problems()).isEmpty();
    assertThat(vep.frontMatter().orElseThrow().endLine()).isEqualTo(3);
    assertThat(vep.title().orElseThrow().position()).isEqualTo(at(4, 1));
  }

  @Test
  void fileWithoutFrontMatterHasLegacyLayout() {
    Vep vep = parse("# VEP #1: X\n\n---\n\nstatus: provisional\n");

    assertThat(vep.layout()).isEqualTo(Vep.Layout.LEGACY);
    assertThat(vep.frontMatter()).isEmpty();
    assertThat(vep.metadata().status()).isEmpty();
    assertThat(vep.problems()).isEmpty();
  }

  @Test
  void nonScalarKeyIsASyntaxProblem() {
    Vep vep = parse("---\n? [a, b]\n: c\nstatus: x\n---\n");

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.FRONT_MATTER_SYNTAX);
              assertThat(p.position()).isEqualTo(at(2, 3));
            });
    assertThat(vep.metadata().status()).map(Located::value).contains("x");
  }
}
