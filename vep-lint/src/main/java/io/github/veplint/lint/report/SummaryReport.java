package io.github.veplint.lint.report;

import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.config.RuleSetting;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.Rule;
import io.github.veplint.lint.spi.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pull request summary, in GitHub Markdown: what the GitHub Action writes to the job summary and
 * posts as the pull request comment. A verdict line with the counts (the files checked, the base,
 * what was checked), the checks that could not run for want of a base or a release schedule ({@link
 * RuleInfo#needs()}), how many findings {@code vep-lint fix} would fix, then one entry per file:
 * per linted file when only the changed files were linted, else per file with errors or warnings.
 * An entry lists every check that ran on a main {@code vep.md} with pass or fail, each finding with
 * its line and how to fix it; the checks that passed fold away when more than five files are listed.
 *
 * <p>When only new findings fail ({@code --new-only} against a base, or a baseline file), the
 * findings that were there before are kept apart: the verdict line and the entries count and list
 * only the new ones, a line says how many findings were there before (for a pull request: "N
 * findings were there before this PR; {@code vep-lint fix} fixes M of them"), and they follow the
 * entries in one collapsed {@code <details>} table. A check of an entry whose findings were all
 * there before is shown as pre-existing, never as passed.
 *
 * <p>Text from the VEPs and their file names (messages quote them) goes through {@link Markdown}:
 * shown literally, with no line break, cell separator, HTML, link or {@code @mention}. The summary stops before {@value #MAX_LENGTH} characters, as a
 * GitHub comment holds at most 65 536. File names are relative to {@code GITHUB_WORKSPACE}, as
 * annotations name them ({@link GithubReport}).
 */
public final class SummaryReport implements ReportWriter {

  /** A GitHub comment holds at most 65 536 characters; the summary stops well before. */
  static final int MAX_LENGTH = 60_000;
  /** Entries with at most this many files list each passed check; more fold them away. */
  private static final int OPEN_PASSED_UP_TO = 5;

  private final Optional<Path> workspace;

  /** A summary for the workflow run this process is part of (file names relative to {@code GITHUB_WORKSPACE}). */
  public SummaryReport() {
    this(GithubReport.workspace());
  }

  /** A summary whose file names are relative to {@code workspace} when the repository lies inside it. */
  public SummaryReport(Optional<Path> workspace) {
    this.workspace = workspace;
  }

  @Override
  public String format() {
    return "summary";
  }

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    String prefix = GithubReport.pathPrefix(workspace, result);
    boolean base = result.settings().base().isPresent();
    boolean changedOnly = result.settings().changedOnly();
    boolean schedule = result.config().schedule().isPresent();
    List<String> files = result.files();
    // Only new findings fail: the pre-existing ones are kept apart, else every finding is the run's own.
    List<Finding> preExisting = result.comparison().newOnly() ? result.preExistingFindings() : List.of();
    Set<Finding> old = Set.copyOf(preExisting);
    List<Finding> findings = result.findings().stream().filter(f -> !old.contains(f)).toList();
    boolean apart = !preExisting.isEmpty();
    Map<Severity, Integer> counts = counts(findings);

    StringBuilder md = new StringBuilder("## vep-lint\n\n");
    md.append(result.fails() ? ":x:" : ":white_check_mark:").append(' ').append(files.size())
        .append(changedOnly ? " changed" : "").append(files.size() == 1 ? " file" : " files").append(" checked");
    result.settings().base().ifPresent(b -> md.append(" against `").append(b, 0, Math.min(12, b.length())).append('`'));
    md.append(": ").append(plural(counts.get(Severity.ERROR), "error")).append(", ")
        .append(plural(counts.get(Severity.WARNING), "warning")).append(", ")
        .append(counts.get(Severity.INFO)).append(" info").append(apart ? " new" : "");
    context.subject().ifPresent(s -> md.append(" (").append(cell(s)).append(')'));
    md.append(".\n");
    if (apart) {
      long fixable = preExisting.stream().filter(f -> f.fix().isPresent()).count();
      md.append("\n:information_source: ").append(preExisting.size())
          .append(preExisting.size() == 1 ? " finding was " : " findings were ").append(before(result, context));
      if (fixable > 0) {
        md.append("; `vep-lint fix` fixes ").append(preExisting.size() == 1 ? "it" : fixable + " of them");
      }
      md.append(". ").append(preExisting.size() == 1 ? "It fails" : "They fail")
          .append(" nothing and ").append(preExisting.size() == 1 ? "is" : "are").append(" listed at the end.\n");
    }
    if (!base) {
      notRun(md, context, RuleInfo.Need.BASE, "No base revision", " and the checks of what is new");
    }
    if (!schedule) {
      notRun(md, context, RuleInfo.Need.SCHEDULE, "No release schedule", "");
    }
    long fixable = findings.stream().filter(f -> f.fix().isPresent()).count();
    if (fixable > 0) {
      md.append("\n:wrench: ").append(plural((int) fixable, apart ? "new finding" : "finding"))
          .append(fixable == 1 ? " has" : " have")
          .append(" a mechanical fix: run `vep-lint fix` (`java -jar vep-lint.jar fix`) on your branch and push,")
          .append(" or `vep-lint fix --dry-run --diff` to see it first.\n");
    }

    List<String> entries = new ArrayList<>();
    for (String file : files) {
      if (changedOnly || findings.stream().anyMatch(f -> f.file().equals(file) && f.severity() != Severity.INFO)) {
        entries.add(file);
      }
    }
    if (findings.stream().anyMatch(f -> f.file().isEmpty())) {
      entries.add("");
    }
    if (!changedOnly && entries.size() < files.size()) {
      md.append("\n").append(files.size() - entries.size()).append(" files without ").append(apart ? "new " : "")
          .append("errors or warnings are not listed.\n");
    }
    int shown = 0;
    for (String file : entries) {
      StringBuilder entry = new StringBuilder();
      entry(entry, file, prefix, findings, preExisting, result, context, entries.size() <= OPEN_PASSED_UP_TO);
      if (md.length() + entry.length() > MAX_LENGTH) {
        md.append("\n… ").append(entries.size() - shown)
            .append(" more entries cut to fit; the annotations and the log have every finding.\n");
        out.write(md.toString());
        return;
      }
      md.append(entry);
      shown++;
    }
    if (apart) {
      preExisting(md, prefix, preExisting, result, context);
    }
    out.write(md.toString());
  }

  /** How the summary says where the pre-existing findings were: before the pull request, or in the base or baseline. */
  private static String before(LintResult result, ReportContext context) {
    if (context.subject().filter(s -> s.startsWith("pull request")).isPresent()) {
      return "there before this PR";
    }
    return "already there in " + cell(result.comparison().against().orElse("the base"));
  }

  /**
   * The findings that were there before, in one collapsed table after the entries (cut, row by row,
   * where the summary would outgrow {@link #MAX_LENGTH}).
   */
  private static void preExisting(StringBuilder md, String prefix, List<Finding> preExisting, LintResult result,
      ReportContext context) {
    md.append("\n<details><summary>").append(preExisting.size())
        .append(preExisting.size() == 1 ? " finding was " : " findings were ").append(before(result, context))
        .append(" (").append(preExisting.size() == 1 ? "it fails" : "they fail").append(" nothing)</summary>\n\n")
        .append("| file | check | was | finding | how to fix |\n| --- | --- | --- | --- | --- |\n");
    String end = "\n</details>\n";
    int listed = 0;
    for (Finding finding : preExisting) {
      StringBuilder row = new StringBuilder("| ")
          .append(finding.file().isEmpty() ? "the repository as a whole"
              : Markdown.code(prefix + finding.file()) + " line " + finding.line() + ":" + finding.column())
          .append(" | `").append(finding.ruleId()).append("` | ").append(finding.severity().label())
          .append(" | ").append(cell(finding.message())).append(" | ")
          .append(finding.fix().isPresent() ? "`vep-lint fix`" : howToFix(finding.ruleId(), context)).append(" |\n");
      if (md.length() + row.length() + end.length() + 120 > MAX_LENGTH) {
        md.append("\n… ").append(preExisting.size() - listed)
            .append(" more cut to fit; the annotations and the log have every finding.\n");
        break;
      }
      md.append(row);
      listed++;
    }
    md.append(end);
  }

  /** How many of {@code findings} there are of each severity (every severity present, zero included). */
  private static Map<Severity, Integer> counts(List<Finding> findings) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return counts;
  }

  /** A line naming the checks that did not run for want of {@code need}, most severe first. */
  private static void notRun(StringBuilder md, ReportContext context, RuleInfo.Need need, String lacking,
      String more) {
    List<String> rules = context.rules().stream().filter(r -> r.needs().contains(need))
        .sorted(Comparator.comparing((Rule r) -> r.defaultSeverity().ordinal()).thenComparing(Rule::id))
        .map(r -> "`" + r.id() + "`").toList();
    if (!rules.isEmpty()) {
      md.append("\n_").append(lacking).append(": ").append(String.join(" and ", rules)).append(more)
          .append(" did not run._\n");
    }
  }

  private static void entry(StringBuilder md, String file, String prefix, List<Finding> findings,
      List<Finding> preExisting, LintResult result, ReportContext context, boolean openPassed) {
    List<Finding> mine = findings.stream().filter(f -> f.file().equals(file)).toList();
    List<String> before = preExisting.stream().filter(f -> f.file().equals(file)).map(Finding::ruleId).toList();
    String icon = mine.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? "❌"
        : mine.stream().anyMatch(f -> f.severity() == Severity.WARNING) ? "⚠️" : "✅";
    md.append("\n### ").append(icon).append(' ')
        .append(file.isEmpty() ? "the repository as a whole" : Markdown.code(prefix + file)).append("\n\n");
    // The checks that ran: every enabled rule for a main vep.md (those that need a base or a
    // schedule only when the run had one), the rules with findings for any other file.
    List<String> ran = new ArrayList<>();
    if (file.endsWith("/vep.md") || file.equals("vep.md")) {
      for (Rule rule : context.rules()) {
        boolean off = result.config().settingFor(rule.id(), file).map(s -> s == RuleSetting.OFF).orElse(false);
        if (!off && ranWith(rule, result)) {
          ran.add(rule.id());
        }
      }
    }
    for (Finding finding : mine) {
      if (!ran.contains(finding.ruleId())) {
        ran.add(finding.ruleId());
      }
    }
    for (String rule : before) {
      if (!ran.contains(rule)) {
        ran.add(rule);
      }
    }
    md.append("| check | result | finding | how to fix |\n| --- | --- | --- | --- |\n");
    List<String> passed = new ArrayList<>();
    for (String rule : ran) {
      List<Finding> found = mine.stream().filter(f -> f.ruleId().equals(rule)).toList();
      long old = before.stream().filter(rule::equals).count();
      if (found.isEmpty() && old == 0) {
        passed.add(rule);
        continue;
      }
      String fix = howToFix(rule, context);
      for (Finding finding : found) {
        String where = file.isEmpty() ? "" : "line " + finding.line() + ":" + finding.column() + ": ";
        md.append("| `").append(rule).append("` | ").append(verdict(finding.severity())).append(" | ").append(where)
            .append(cell(finding.message())).append(" | ").append(fix).append(" |\n");
      }
      if (found.isEmpty()) {
        md.append("| `").append(rule).append("` | ➖ pre-existing | ").append(plural((int) old, "finding"))
            .append(old == 1 ? " was" : " were").append(" there before, listed at the end | |\n");
      }
    }
    if (mine.isEmpty() && before.isEmpty() && passed.isEmpty()) {
      md.append("| (none) | ✅ pass | no findings | |\n");
    }
    if (!passed.isEmpty()) {
      if (openPassed) {
        passed.forEach(rule -> md.append("| `").append(rule).append("` | ✅ pass | | |\n"));
      } else {
        md.append("\n<details><summary>").append(passed.size()).append(" checks passed</summary>\n\n")
            .append(String.join(", ", passed.stream().map(r -> "`" + r + "`").toList()))
            .append("\n\n</details>\n");
      }
    }
  }

  /** A finding's verdict in a table: fail for an error, else its severity. */
  private static String verdict(Severity severity) {
    return switch (severity) {
      case ERROR -> "❌ fail";
      case WARNING -> "⚠️ warning";
      case INFO -> "ℹ️ info";
    };
  }

  /** How to fix a rule's findings: the rule's requirement and where it is explained. */
  private static String howToFix(String rule, ReportContext context) {
    return context.rule(rule).map(r -> cell(r.summary()) + " (`vep-lint explain " + rule + "`)").orElse("see the message");
  }

  /** Whether the run had what the rule needs (a base, a release schedule). */
  private static boolean ranWith(Rule rule, LintResult result) {
    return rule.needs().stream().allMatch(need -> switch (need) {
      case BASE -> result.settings().base().isPresent();
      case SCHEDULE -> result.config().schedule().isPresent();
    });
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** Text for a Markdown table cell: shown literally ({@link Markdown#text}). */
  static String cell(String text) {
    return Markdown.text(text);
  }
}
