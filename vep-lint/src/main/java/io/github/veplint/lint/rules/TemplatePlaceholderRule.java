package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.MainFileRule;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.Fact;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.FrontMatter;
import io.github.veplint.model.HtmlComment;
import io.github.veplint.model.Section;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import io.github.veplint.model.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text left over from the VEP template: the placeholder title, {@code NNNN}, {@code <LINK>}, {@code
 * $SIG}, and the template's prompts pasted as prose instead of kept as HTML comments. Only the
 * VEP's {@link io.github.veplint.model.Prose} is looked at, never comments or code, so a prompt
 * kept as {@code <!-- -->} or a placeholder in a YAML example is fine; front matter values are
 * checked for the placeholders.
 */
@RuleInfo(
    id = "template-placeholder",
    severity = Severity.ERROR,
    summary = "No placeholder text or pasted prompts left over from the VEP template",
    tags = "template")
public final class TemplatePlaceholderRule extends MainFileRule {

  /** Placeholder tokens and what to put instead. Searched in prose only. */
  private static final List<Token> TOKENS =
      List.of(
          new Token(
              Pattern.compile("Your short, descriptive title", Pattern.CASE_INSENSITIVE),
              ", descriptive title",
              "is the template's placeholder title: write the VEP's own short title, as on its"
                  + " tracking issue"),
          // NNNN-vep-template is the template directory's real name, which VEPs may link to.
          new Token(
              Pattern.compile("(?<![A-Za-z0-9_])NNNN(?![A-Za-z0-9_]|-vep-template)"),
              "NNNN",
              "is the template's placeholder for the VEP number: write the number of the VEP's"
                  + " tracking issue"),
          new Token(
              Pattern.compile("<LINK>", Pattern.CASE_INSENSITIVE),
              "<link>",
              "is a template placeholder: put the real link (e.g. the PR's URL) here"),
          new Token(
              Pattern.compile("\\$SIG\\b"),
              "$SIG",
              "is a template placeholder: name the SIG, e.g. sig-compute"),
          new Token(
              Pattern.compile("\\$ASSIGNEE\\b"),
              "$ASSIGNEE",
              "is a template placeholder: name the person, e.g. @octocat"));

  /**
   * Template prompts that are always recognized, also when the repository's template differs:
   * today's template's prompts, those of older template generations, and the example graduation
   * criteria whose "X and Y" mark them as placeholders.
   */
  static final List<String> BUILT_IN_PROMPTS =
      List.of(
          "Provide a brief overview of the topic",
          "Why this enhancement is important",
          "The desired outcome",
          "Why this enhancement is important Limitations to the scope of the design",
          "Who is this feature set intended for",
          "List of user stories this design aims to solve",
          "List of repose this design impacts",
          "This should be brief and concise. We want just enough to get the point across",
          "Tangible API examples used for discussion",
          "Outline any alternative designs that have been considered",
          "Overview of how the design scales",
          "Does this impact update compatibility and how?",
          "An overview on the approaches used to functional test this design",
          "The requirements for graduating to each stage.",
          "How/if this design will get broken up into multiple phases",
          "How and when will the feature progress through the Alpha, Beta and GA lifecycle phases",
          "Initial implementation supporting only X and Y use-cases",
          "Implementation supports all X use-cases");

  /** A prompt needs this many words, so that short phrases like "For example:" never match. */
  private static final int MIN_PROMPT_WORDS = 3;

  private static final Pattern MARKDOWN_STRUCTURE =
      Pattern.compile("^(?:[#>|*+-]|\\d+[.)]\\s|\\[)");

  /** Normalized prompt to the prompt as written: the built-in ones plus the template's comments; once per run. */
  private static final Fact<LintContext, Prompts> PROMPTS =
      Fact.of("template prompts", context -> Prompts.of(computePrompts(context)));

  /**
   * A placeholder pattern, a fragment every match contains, and the advice. The fragment's first
   * character is found exactly and the rest compared ignoring case (fragments of case-insensitive
   * patterns start with a character that has no case), so lines without it skip the matcher: a scan
   * for one character instead of a regex per token and line.
   */
  private record Token(Pattern pattern, String fragment, String advice) {
    boolean mayOccurIn(String line) {
      char first = fragment.charAt(0);
      for (int at = line.indexOf(first); at >= 0; at = line.indexOf(first, at + 1)) {
        if (line.regionMatches(true, at, fragment, 0, fragment.length())) {
          return true;
        }
      }
      return false;
    }
  }

  @Override
  protected void checkMainFile(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    LintContext context = file.context();
    reportFrontMatterPlaceholders(vep, sink);
    Prompts prompts = file.run().get(PROMPTS);
    List<String> prose = vep.prose().lines();
    boolean inPromptRun = false;
    for (int index = 0; index < prose.size(); index++) {
      String line = prose.get(index);
      int contentStart = contentStart(line);
      String wholeLinePrompt = prompts.find(line, contentStart);
      if (wholeLinePrompt != null) {
        // Consecutive pasted prompt lines are one mistake: report the first.
        if (!inPromptRun) {
          sink.report(
              new SourcePosition(index + 1, contentStart + 1),
              "leftover template prompt '"
                  + wholeLinePrompt.strip()
                  + "': replace it with this"
                  + " VEP's own text (write N/A if the section does not apply), or keep it as an"
                  + " HTML comment");
        }
        inPromptRun = true;
        continue;
      }
      inPromptRun = false;
      reportParenthesisedPrompts(line, index + 1, prompts, sink);
      if (isTitleLine(vep, index + 1) && reportPlaceholderTitle(vep, line, index + 1, sink)) {
        continue;
      }
      for (Token token : TOKENS) {
        if (!token.mayOccurIn(line)) {
          continue;
        }
        Matcher matcher = token.pattern().matcher(line);
        while (matcher.find()) {
          sink.report(
              new SourcePosition(index + 1, matcher.start() + 1),
              "'" + matcher.group() + "' " + token.advice());
        }
      }
    }
  }

  private static boolean isTitleLine(Vep vep, int line) {
    return vep.title().map(t -> t.position().line() == line).orElse(false);
  }

  /**
   * A title heading left as the template wrote it ({@code # VEP #NNNN: Your short, descriptive
   * title}) is one mistake, not one per placeholder in it: reported once, at the heading, with the
   * title to write. Other title lines are checked token by token.
   *
   * @return whether the line was reported
   */
  private static boolean reportPlaceholderTitle(
      Vep vep, String line, int lineNumber, FindingSink sink) {
    int matched = 0;
    for (Token token : TOKENS) {
      if (token.mayOccurIn(line) && token.pattern().matcher(line).find()) {
        matched++;
      }
    }
    if (matched < 2) {
      return false;
    }
    String number =
        vep.metadata().number().map(n -> String.valueOf(n.value())).orElse("<number>");
    sink.report(
        vep.title().orElseThrow().position(),
        "the title is still the template's placeholder '"
            + line.strip()
            + "': write '# VEP #"
            + number
            + ": <title>' with the VEP's own short title, as on its tracking issue");
    return true;
  }

  /**
   * Placeholders in top-level front matter values, such as {@code title: Your short, descriptive
   * title}. Values only: YAML comments are notes, not content.
   */
  private static void reportFrontMatterPlaceholders(Vep vep, FindingSink sink) {
    List<YamlNode.Entry> entries =
        vep.frontMatter()
            .flatMap(FrontMatter::root)
            .map(YamlNode.Mapping::entries)
            .orElse(List.of());
    for (YamlNode.Entry entry : entries) {
      if (!(entry.value() instanceof YamlNode.Scalar scalar)) {
        continue;
      }
      for (Token token : TOKENS) {
        Matcher matcher = token.pattern().matcher(scalar.value());
        if (matcher.find()) {
          sink.report(
              scalar.position(),
              "'" + matcher.group() + "' in front matter '" + entry.key() + "' " + token.advice());
        }
      }
    }
  }

  private static void reportParenthesisedPrompts(
      String line, int lineNumber, Prompts prompts, FindingSink sink) {
    for (int[] span : parenthesised(line)) {
      String prompt = prompts.find(line.substring(span[0] + 1, span[1] - 1), 0);
      if (prompt != null) {
        sink.report(
            new SourcePosition(lineNumber, span[0] + 1),
            "leftover template prompt '"
                + line.substring(span[0], span[1])
                + "': replace it with this VEP's"
                + " own text (write N/A if the section does not apply)");
      }
    }
  }

  /**
   * The spans (start, end exclusive) of parenthesised text of at least 8 characters without
   * parentheses inside, left to right: what {@code \(([^()]{8,})\)} finds, scanned by hand
   * because it runs on every prose line with a parenthesis.
   */
  static List<int[]> parenthesised(String line) {
    int open = line.indexOf('(');
    if (open < 0) {
      return List.of();
    }
    List<int[]> spans = new ArrayList<>(1);
    while (open >= 0) {
      int close = open + 1;
      while (close < line.length() && line.charAt(close) != '(' && line.charAt(close) != ')') {
        close++;
      }
      if (close < line.length() && line.charAt(close) == ')' && close - open - 1 >= 8) {
        spans.add(new int[] {open, close + 1});
        open = line.indexOf('(', close + 1);
      } else {
        open = line.indexOf('(', open + 1);
      }
    }
    return spans;
  }

  /**
   * Where a line's content starts after block quote markers, a list marker and a task box: the
   * regular expression {@code ^[\s>]*(?:(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?)?}, scanned by hand
   * because it runs on every prose line.
   */
  static int contentStart(String line) {
    int length = line.length();
    int i = 0;
    while (i < length && (isSpace(line.charAt(i)) || line.charAt(i) == '>')) {
      i++;
    }
    int marker = i;
    if (marker < length && "-*+".indexOf(line.charAt(marker)) >= 0) {
      marker++;
    } else {
      while (marker < length && line.charAt(marker) >= '0' && line.charAt(marker) <= '9') {
        marker++;
      }
      if (marker == i || marker >= length || (line.charAt(marker) != '.' && line.charAt(marker) != ')')) {
        return i;
      }
      marker++;
    }
    int afterMarker = skipSpaces(line, marker);
    if (afterMarker == marker) {
      return i;
    }
    if (afterMarker + 2 < length
        && line.charAt(afterMarker) == '['
        && " xX".indexOf(line.charAt(afterMarker + 1)) >= 0
        && line.charAt(afterMarker + 2) == ']') {
      int afterBox = skipSpaces(line, afterMarker + 3);
      if (afterBox > afterMarker + 3) {
        return afterBox;
      }
    }
    return afterMarker;
  }

  private static int skipSpaces(String line, int from) {
    int i = from;
    while (i < line.length() && isSpace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@code \s} of {@link Pattern}: ASCII white space only. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /**
   * The prompts by their {@link Section#normalize normalized} form, with the sorted {@link
   * String#hashCode hash codes} of their first {@code prefixLength} normalized characters: a line
   * whose normalized start hashes to none of them is rejected without normalizing the whole line
   * or making a string, which is what almost every prose line is. A hash that matches only leads
   * to the exact lookup.
   */
  static final class Prompts {
    private final Map<String, String> byKey;
    private final int[] prefixHashes;
    private final int prefixLength;

    private Prompts(Map<String, String> byKey, int[] prefixHashes, int prefixLength) {
      this.byKey = byKey;
      this.prefixHashes = prefixHashes;
      this.prefixLength = prefixLength;
    }

    static Prompts of(Map<String, String> byKey) {
      int prefixLength = byKey.keySet().stream().mapToInt(String::length).min().orElse(0);
      int[] hashes =
          byKey.keySet().stream().mapToInt(k -> k.substring(0, prefixLength).hashCode()).distinct().sorted().toArray();
      return new Prompts(Map.copyOf(byKey), hashes, prefixLength);
    }

    /** The prompt as written whose normalized form equals that of {@code text} from {@code from}. */
    String find(String text, int from) {
      if (byKey.isEmpty()) {
        return null;
      }
      // The ASCII part of Section.normalize, for the first characters only; anything else falls
      // back to the full normalization, so the outcome is always that of normalize.
      int hash = 0;
      int filled = 0;
      for (int i = from; i < text.length() && filled < prefixLength; i++) {
        char c = text.charAt(i);
        if (c >= 0x80) {
          return byKey.get(Section.normalize(text.substring(from)));
        }
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          hash = 31 * hash + c;
          filled++;
        } else if (c >= 'A' && c <= 'Z') {
          hash = 31 * hash + (c + ('a' - 'A'));
          filled++;
        }
      }
      if (filled < prefixLength || Arrays.binarySearch(prefixHashes, hash) < 0) {
        return null;
      }
      return byKey.get(Section.normalize(text.substring(from)));
    }
  }

  private static Map<String, String> computePrompts(LintContext context) {
    Map<String, String> prompts = new HashMap<>();
    BUILT_IN_PROMPTS.forEach(p -> addPrompt(prompts, p));
    context
        .template()
        .ifPresent(
            template -> {
              for (HtmlComment comment : template.comments()) {
                for (String line : comment.text().split("\\R")) {
                  String candidate = line.strip();
                  // List items, headings and tables in a comment are examples of content, not
                  // prompts
                  // ("- [ ] Feature gate guards all code changes" is a fine real requirement).
                  if (!MARKDOWN_STRUCTURE.matcher(candidate).find()
                      && !candidate.contains("<LINK>")) {
                    addPrompt(prompts, candidate);
                  }
                }
              }
            });
    return prompts;
  }

  private static void addPrompt(Map<String, String> prompts, String prompt) {
    String normalized = Section.normalize(prompt);
    if (prompt.strip().split("\\s+").length >= MIN_PROMPT_WORDS && !normalized.isEmpty()) {
      prompts.putIfAbsent(normalized, prompt);
    }
  }
}
