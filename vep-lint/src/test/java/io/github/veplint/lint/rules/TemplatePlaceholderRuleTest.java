package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.RuleTester.tester;
import static io.github.veplint.lint.rules.VepFixtures.SHORT_TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TemplatePlaceholderRuleTest {

  private static final String PATH = "veps/sig-compute/19-ibm-z-secure-execution/vep.md";
  private final TemplatePlaceholderRule rule = new TemplatePlaceholderRule();

  @Test
  void acceptsPromptsKeptAsCommentsAndPlaceholdersInCode() {
    String markdown =
        """
        # VEP #19: IBM Secure Execution

        ## User Stories

        <!--
        List of user stories this design aims to solve
        -->

        - As a VM owner I want my memory encrypted.

        ## Implementation History

        <!--
        01-02-1921: Implemented mechanism for doing great stuff. PR: <LINK>.
        -->

        ```yaml
        vep-number: NNNN
        ```

        The template lives in [NNNN-vep-template](../../NNNN-vep-template/vep.md); see `$SIG`.
        """;

    assertThat(tester().template(SHORT_TEMPLATE).check(rule, PATH, markdown)).isEmpty();
  }

  /**
   * The template's title line kept as it is (VEP 45 of 2026) is one mistake: one finding at the
   * heading with the title to write, not one per placeholder (title-format leaves it alone).
   */
  @Test
  void reportsTheTemplatesTitleLineOnceWithTheTitleToWrite() {
    String path = "veps/sig-compute/45-in-place-hotplug/vep.md";
    List<Finding> findings =
        tester()
            .check(
                rule, path, "# VEP #NNNN: Your short, descriptive title\n\n## Overview\n\nText.\n");

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("template-placeholder");
              assertThat(f.position()).isEqualTo(new SourcePosition(1, 1));
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message())
                  .isEqualTo(
                      "the title is still the template's placeholder '# VEP #NNNN: Your short,"
                          + " descriptive title': write '# VEP #45: <title>' with the VEP's own"
                          + " short title, as on its tracking issue");
            });
    assertThat(tester().check(new TitleFormatRule(), path, "# VEP #NNNN: Your short, descriptive title\n"))
        .isEmpty();
  }

  @Test
  void reportsOnePlaceholderOfATitleWhereItStands() {
    List<Finding> findings =
        tester().check(rule, PATH, "# VEP #NNNN: Hotplug\n\n## Overview\n\nText.\n");

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(1, 8));
              assertThat(f.message())
                  .startsWith("'NNNN' is the template's placeholder for the VEP number")
                  .contains("tracking issue");
            });
  }

  @Test
  void reportsAPromptPastedAsTextInParentheses() {
    // sig-compute/19 has exactly this under "## User Stories".
    String markdown =
        """
        # VEP #19: IBM Secure Execution

        ## User Stories
        (list of user stories this design aims to solve)

        ## Repos
        Owners: $SIG, see <LINK>
        """;

    List<Finding> findings = tester().check(rule, PATH, markdown);

    assertThat(findings).hasSize(3);
    assertThat(findings.get(0))
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(4, 1));
              assertThat(f.message())
                  .isEqualTo(
                      "leftover template prompt 'List of user stories this design aims to solve':"
                          + " replace it with this VEP's own text (write N/A if the section does"
                          + " not apply), or keep it as an HTML comment");
            });
    assertThat(findings.get(1).position()).isEqualTo(new SourcePosition(7, 9));
    assertThat(findings.get(1).message()).startsWith("'$SIG' is a template placeholder");
    assertThat(findings.get(2).position()).isEqualTo(new SourcePosition(7, 19));
    assertThat(findings.get(2).message()).startsWith("'<LINK>' is a template placeholder");
  }

  @Test
  void takesPromptsFromTheRepositoryTemplateAndReportsAPastedRunOnce() {
    String template =
        SHORT_TEMPLATE.replace(
            "Provide a brief overview of the topic",
            "Describe the feature in two paragraphs\nfor SIG reviewers");
    String markdown =
        """
        # VEP #19: IBM Secure Execution

        ## Overview

        - Describe the feature in two paragraphs
        - For SIG reviewers.

        We encrypt guest memory (describe the feature in two paragraphs).
        """;

    List<Finding> findings = tester().template(template).check(rule, PATH, markdown);

    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).position()).isEqualTo(new SourcePosition(5, 3));
    assertThat(findings.get(0).message())
        .startsWith("leftover template prompt 'Describe the feature in two paragraphs'");
    assertThat(findings.get(1).position()).isEqualTo(new SourcePosition(8, 25));
    assertThat(findings.get(1).message())
        .startsWith("leftover template prompt '(describe the feature in two paragraphs)'");
  }

  @Test
  void reportsPlaceholdersInFrontMatterValuesButNotInYamlComments() {
    String markdown =
        """
        ---
        title: Your short, descriptive title
        vep-number: 19  # was NNNN until the tracking issue existed
        ---
        # VEP #19: IBM Secure Execution
        """;

    assertThat(tester().check(rule, PATH, markdown))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(2, 8));
              assertThat(f.message())
                  .startsWith(
                      "'Your short, descriptive title' in front matter 'title' is the"
                          + " template's placeholder title");
            });
  }

  @Test
  void ignoresAttachments() {
    assertThat(
            tester()
                .check(
                    rule, "veps/sig-compute/19-ibm-z-secure-execution/notes.md", "# VEP #NNNN\n"))
        .isEmpty();
  }

  /** The regular expression {@link TemplatePlaceholderRule#contentStart} replaces. */
  private static final Pattern LINE_MARKERS =
      Pattern.compile("^[\\s>]*(?:(?:[-*+]|\\d+[.)])\\s+(?:\\[[ xX]\\]\\s+)?)?");

  @Test
  void contentStartIsWhereTheLineMarkerExpressionEnds() {
    List<String> lines = new ArrayList<>(List.of(
        "", "text", "  > > - [x] done", "1. item", "12) item", "1.item", "- ", "-", "* [ ]",
        "* [ ]  x", "+ [X]\tx", "> 3. [y] no", "\t-\t[ ] x", "-[ ] x", "99.  [x]x"));
    lines.addAll(randomLines(7, " \t>-*+19.)[]xX a", 12));
    for (String line : lines) {
      Matcher markers = LINE_MARKERS.matcher(line);
      int expected = markers.lookingAt() ? markers.end() : 0;
      assertThat(TemplatePlaceholderRule.contentStart(line)).as("'%s'", line).isEqualTo(expected);
    }
  }

  @Test
  void promptLookupAgreesWithNormalizingTheWholeLine() {
    Map<String, String> byKey = new HashMap<>();
    for (String prompt : List.of("Why this enhancement is important", "Who is this for?", "Über die Größe")) {
      byKey.put(Section.normalize(prompt), prompt);
    }
    TemplatePlaceholderRule.Prompts prompts = TemplatePlaceholderRule.Prompts.of(byKey);
    List<String> lines = new ArrayList<>(List.of(
        "Why this enhancement is important", "why-this Enhancement, is important!", "WHO is this for",
        "Who is this", "Who is this for? Nobody", "über die größe", "Über die Größe.", "- Who is this for",
        ""));
    lines.addAll(randomLines(11, "WhoisthfrÜbedGöße ,.-?!", 20));
    for (String line : lines) {
      assertThat(prompts.find(line, 0)).as("'%s'", line).isEqualTo(byKey.get(Section.normalize(line)));
    }
    assertThat(prompts.find("x Who is this for", 2)).isEqualTo("Who is this for?");
  }

  @Test
  void parenthesisedSpansAreWhatTheExpressionFinds() {
    Pattern parenthesised = Pattern.compile("\\(([^()]{8,})\\)");
    for (String line : randomLines(13, "(()) abcdefgh", 40)) {
      List<String> expected = new ArrayList<>();
      Matcher matcher = parenthesised.matcher(line);
      while (matcher.find()) {
        expected.add(matcher.start() + "-" + matcher.end());
      }
      assertThat(TemplatePlaceholderRule.parenthesised(line).stream().map(s -> s[0] + "-" + s[1]))
          .as("'%s'", line).containsExactlyElementsOf(expected);
    }
  }

  /** 20 000 lines of up to {@code maxLength - 1} characters from {@code alphabet}, reproducibly. */
  private static List<String> randomLines(long seed, String alphabet, int maxLength) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (int n = 0; n < 20_000; n++) {
      StringBuilder line = new StringBuilder();
      for (int k = random.nextInt(maxLength); k > 0; k--) {
        line.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
