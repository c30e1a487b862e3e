package io.github.veplint.lint.internal;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.model.HtmlComment;
import io.github.veplint.model.SourcePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline suppressions of one file: {@code <!-- vep-lint-disable RULE[,RULE] -->} …
 * {@code <!-- vep-lint-enable -->} and {@code <!-- vep-lint-disable-next-line RULE -->}. Remembers
 * which directives suppressed something, so the unused ones can be reported.
 */
public final class Suppressions {

  private static final Pattern DIRECTIVE =
      Pattern.compile("^vep-lint-(disable-next-line|disable|enable)(?:\\s+(.*))?$", Pattern.DOTALL);

  /**
   * One directive.
   *
   * @param kind what it does
   * @param rules the rule ids it names; empty means every rule
   * @param position where the comment starts
   * @param fromLine the first line it covers
   * @param toLine the last line it covers
   */
  record Directive(Kind kind, Set<String> rules, SourcePosition position, int fromLine, int toLine) {
    boolean covers(Finding finding) {
      return finding.line() >= fromLine
          && finding.line() <= toLine
          && (rules.isEmpty() || rules.contains(finding.ruleId()));
    }
  }

  enum Kind {
    DISABLE,
    NEXT_LINE
  }

  /**
   * An unused or unknown suppression, to be reported.
   *
   * @param position where the directive is
   * @param message what to do about it
   */
  public record Unused(SourcePosition position, String message) {}

  private final List<Directive> directives;
  private final boolean[] used;
  private final List<Unused> unknown;

  private Suppressions(List<Directive> directives, List<Unused> unknown) {
    this.directives = directives;
    this.used = new boolean[directives.size()];
    this.unknown = unknown;
  }

  /** Reads the directives among a file's HTML comments. */
  public static Suppressions parse(List<HtmlComment> comments, Set<String> knownRuleIds, int lastLine) {
    List<Directive> directives = new ArrayList<>();
    List<Unused> unknown = new ArrayList<>();
    List<Integer> openIndexes = new ArrayList<>();
    for (HtmlComment comment : comments) {
      Matcher m = DIRECTIVE.matcher(comment.text().strip());
      if (!m.matches()) {
        continue;
      }
      Set<String> rules = new LinkedHashSet<>();
      if (m.group(2) != null) {
        Arrays.stream(m.group(2).split("[,\\s]+")).filter(s -> !s.isBlank()).forEach(rules::add);
      }
      for (String rule : rules) {
        if (!knownRuleIds.contains(rule)) {
          unknown.add(new Unused(comment.position(),
              "'" + rule + "' is not a vep-lint rule: fix the id (see 'vep-lint rules') or remove it"));
        }
      }
      switch (m.group(1)) {
        case "disable-next-line" -> directives.add(
            new Directive(Kind.NEXT_LINE, rules, comment.position(), comment.endLine() + 1, comment.endLine() + 1));
        case "disable" -> {
          directives.add(new Directive(Kind.DISABLE, rules, comment.position(), comment.position().line(), lastLine));
          openIndexes.add(directives.size() - 1);
        }
        default -> closeOpen(directives, openIndexes, rules, comment.position().line());
      }
    }
    return new Suppressions(directives, unknown);
  }

  /** Ends the open regions an enable closes: all of them, or those whose rules it names. */
  private static void closeOpen(List<Directive> directives, List<Integer> open, Set<String> rules, int line) {
    for (var iterator = open.iterator(); iterator.hasNext(); ) {
      int index = iterator.next();
      Directive d = directives.get(index);
      if (rules.isEmpty() || (!d.rules().isEmpty() && rules.containsAll(d.rules()))) {
        directives.set(index, new Directive(d.kind(), d.rules(), d.position(), d.fromLine(), line));
        iterator.remove();
      }
    }
  }

  /** Whether a finding is suppressed; marks the directives that suppress it as used. */
  public synchronized boolean suppresses(Finding finding) {
    boolean suppressed = false;
    for (int i = 0; i < directives.size(); i++) {
      if (directives.get(i).covers(finding)) {
        used[i] = true;
        suppressed = true;
      }
    }
    return suppressed;
  }

  /** Directives that suppressed nothing, and rule ids no rule has. */
  public synchronized List<Unused> unused() {
    List<Unused> result = new ArrayList<>(unknown);
    for (int i = 0; i < directives.size(); i++) {
      if (!used[i]) {
        Directive d = directives.get(i);
        String what = d.rules().isEmpty() ? "all rules" : String.join(", ", d.rules());
        result.add(new Unused(d.position(),
            "this suppression of " + what + " suppresses nothing: remove the comment"));
      }
    }
    return result;
  }

  /** Whether the file has no directives at all. */
  public boolean isEmpty() {
    return directives.isEmpty() && unknown.isEmpty();
  }
}
