package io.github.veplint.lint.rules;

import io.github.veplint.lint.Severity;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.model.FrontMatter;
import io.github.veplint.model.HtmlComment;
import io.github.veplint.model.Section;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import io.github.veplint.model.YamlNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text left over from the VEP template: the placeholder title, {@code NNNN}, {@code <LINK>}, {@code
 * $SIG}, and the template's prompts pasted as prose instead of kept as HTML comments. Comments and
 * code are never looked at, so a prompt kept as {@code <!-- -->} or a placeholder in a YAML example
 * is fine; front matter values are checked for the placeholders.
 */
public final class TemplatePlaceholderRule implements DocumentRule {

  /** Placeholder tokens and what to put instead. Searched in prose only. */
  private static final List<Token> TOKENS =
      List.of(
          new Token(
              Pattern.compile("Your short, descriptive title", Pattern.CASE_INSENSITIVE),
              ',',
              "is the template's placeholder title: write the VEP's own short title, as on its"
                  + " tracking issue"),
          // NNNN-vep-template is the template directory's real name, which VEPs may link to.
          new Token(
              Pattern.compile("(?<![A-Za-z0-9_])NNNN(?![A-Za-z0-9_]|-vep-template)"),
              'N',
              "is the template's placeholder for the VEP number: write the number of the VEP's"
                  + " tracking issue"),
          new Token(
              Pattern.compile("<LINK>", Pattern.CASE_INSENSITIVE),
              '<',
              "is a template placeholder: put the real link (e.g. the PR's URL) here"),
          new Token(
              Pattern.compile("\\$SIG\\b"),
              '$',
              "is a template placeholder: name the SIG, e.g. sig-compute"),
          new Token(
              Pattern.compile("\\$ASSIGNEE\\b"),
              '$',
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
  private static final Pattern LINE_MARKERS =
      Pattern.compile("^[\\s>]*(?:(?:[-*+]|\\d+[.)])\\s+(?:\\[[ xX]\\]\\s+)?)?");
  private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]{8,})\\)");

  /**
   * A placeholder pattern, a character every match contains (rare in prose, case-exact), and the
   * advice. Lines without that character skip the matcher: a cheap scan instead of a regex per token
   * and line.
   */
  private record Token(Pattern pattern, char required, String advice) {
    boolean mayOccurIn(String line) {
      return line.indexOf(required) >= 0;
    }
  }

  @Override
  public String id() {
    return "template-placeholder";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "No placeholder text or pasted prompts left over from the VEP template";
  }

  @Override
  public String description() {
    return """
           The VEP template holds placeholders (`NNNN`, "Your short, descriptive title", \
           `<LINK>`, `$SIG`) and prompts inside `<!-- -->` comments that say what each section \
           should contain. Placeholders left in the text, or prompts pasted as visible text, show \
           that a section was never written; approvers of the owning SIG will send the VEP back. \
           Prompts are matched as whole lines or parenthesised text, ignoring case and \
           punctuation; they are taken from the repository's template plus a built-in list. Text \
           inside HTML comments and code is never reported.

           Bad:
           ```markdown
           # VEP #NNNN: Your short, descriptive title

           ## User Stories

           (list of user stories this design aims to solve)
           ```

           Good:
           ```markdown
           # VEP #42: Hotplug CPUs into running VMs

           ## User Stories

           - As a VM owner, I want to add vCPUs without restarting my VM.
           ```
           """;
  }

  @Override
  public void check(Vep vep, LintContext context, FindingSink sink) {
    if (!vep.location().isMainFile()) {
      return;
    }
    reportFrontMatterPlaceholders(vep, sink);
    Map<String, String> prompts = prompts(context);
    List<String> prose = ProseLines.of(vep);
    boolean inPromptRun = false;
    for (int index = 0; index < prose.size(); index++) {
      String line = prose.get(index);
      Matcher markers = LINE_MARKERS.matcher(line);
      int contentStart = markers.lookingAt() ? markers.end() : 0;
      String wholeLinePrompt = prompts.get(Section.normalize(line.substring(contentStart)));
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
      String line, int lineNumber, Map<String, String> prompts, FindingSink sink) {
    if (line.indexOf('(') < 0) {
      return;
    }
    Matcher parenthesised = PARENTHESISED.matcher(line);
    while (parenthesised.find()) {
      String prompt = prompts.get(Section.normalize(parenthesised.group(1)));
      if (prompt != null) {
        sink.report(
            new SourcePosition(lineNumber, parenthesised.start() + 1),
            "leftover template prompt '"
                + parenthesised.group()
                + "': replace it with this VEP's"
                + " own text (write N/A if the section does not apply)");
      }
    }
  }

  /** The prompts of the last template seen, by identity: one template per run, many files. */
  private static volatile PromptCache promptCache;

  private record PromptCache(Object template, Map<String, String> prompts) {}

  /** Normalized prompt to the prompt as written: the built-in ones plus the template's comments. */
  private static Map<String, String> prompts(LintContext context) {
    Object key = context.template().isPresent() ? context.template().get() : BUILT_IN_PROMPTS;
    PromptCache cached = promptCache;
    if (cached != null && cached.template() == key) {
      return cached.prompts();
    }
    Map<String, String> prompts = Map.copyOf(computePrompts(context));
    promptCache = new PromptCache(key, prompts);
    return prompts;
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
