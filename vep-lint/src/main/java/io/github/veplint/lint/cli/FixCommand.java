package io.github.veplint.lint.cli;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Fix;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.config.RunOptions;
import io.github.veplint.lint.fix.FixDiff;
import io.github.veplint.lint.fix.VepFixer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code vep-lint fix [--dry-run] [--diff] PATH…}: applies the fixes rules offer. */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description = {
      "Fix what is mechanical: a template section's heading level, a release written 1.9 (v1.9),"
          + " the title line (# VEP #N: Title), a missing template section (inserted in template order"
          + " with the template's prompt), the owning SIG listed in participating-sigs, and a VEP file"
          + " lying directly in its SIG directory (moved to N-slug/vep.md, links into it rewritten).",
      "Files are rewritten atomically, keep their line endings, byte-order mark and permissions, and"
          + " are left alone when they changed on disk since they were linted; a second run changes"
          + " nothing. 'vep-lint rules' shows which rules can fix. What is left is listed by 'vep-lint check'."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:nothing at or above --fail-on is left",
      "1:findings at or above --fail-on are left (or would be, with --dry-run)",
      "2:usage, configuration or I/O error"
    })
final class FixCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "What to fix (default: the current directory).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--dry-run", description = "Write nothing; print what would be fixed.")
  boolean dryRun;

  @Option(names = "--diff", description = "Print the changes as a unified diff.")
  boolean diff;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .vep-lint.yaml at the repository root).")
  Path config;

  @Option(names = "--rule", paramLabel = "RULE=LEVEL",
      description = "Set a rule's severity, or 'off' to neither report nor fix it; repeatable.")
  Map<String, String> rules = new LinkedHashMap<>();

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Lowest severity left unfixed that makes the exit status 1: error (default), warning or never.")
  String failOn;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The date date-based rules measure against (default: today).")
  String today;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    VepLinter.Builder builder = VepLinter.builder().ruleSettings(CliOptions.ruleSettings(spec, rules));
    if (config != null) {
      builder.configFile(config);
    }
    if (today != null) {
      builder.today(CliOptions.option(spec, "--today", () -> RunOptions.today(today)));
    }
    if (failOn != null) {
      builder.failOn(CliOptions.option(spec, "--fail-on", () -> RunOptions.failOn(failOn)));
    }
    VepFixer.Report report = new VepFixer(builder.build()).fix(paths, dryRun);
    PrintWriter out = spec.commandLine().getOut();
    print(report, diff, out);
    out.flush();
    return report.after().failOn().isReachedBy(left(report)) ? VepLintCommand.FINDINGS : VepLintCommand.OK;
  }

  /** The findings no fix removes: after the run, or (dry run) before it less those it would fix. */
  static List<Finding> left(VepFixer.Report report) {
    if (report.written()) {
      return report.after().findings();
    }
    Set<Finding> fixed = new HashSet<>();
    report.changes().forEach(c -> fixed.addAll(c.fixed()));
    return report.before().findings().stream().filter(f -> !fixed.contains(f)).toList();
  }

  /** One block per changed file, the skipped fixes, and a summary line. */
  static void print(VepFixer.Report report, boolean diff, PrintWriter out) {
    String verb = report.written() ? "fixed" : "would fix";
    for (VepFixer.FileChange change : report.changes()) {
      out.println(change.file() + (change.moved() ? " -> " + change.path() : "") + ": "
          + (change.fixed().isEmpty()
              ? (report.written() ? "links" : "would rewrite links") + " into a moved file"
                  + (report.written() ? " rewritten" : "")
              : verb + " " + count(change.fixed().size(), "finding")));
      // Findings that share a fix (the sections missing from one gap) are one line.
      Map<Fix, List<Finding>> byFix = new LinkedHashMap<>();
      change.fixed().forEach(f -> byFix.computeIfAbsent(f.fix().orElseThrow(), x -> new ArrayList<>()).add(f));
      byFix.forEach((fix, findings) -> {
        Finding first = findings.get(0);
        out.println("  " + first.line() + ":" + first.column() + "  " + first.ruleId() + "  " + fix.description()
            + (findings.size() > 1 ? " (" + findings.size() + " findings)" : ""));
      });
      if (diff) {
        out.print(FixDiff.of(change));
      }
    }
    for (VepFixer.Skipped skipped : report.skipped()) {
      Finding finding = skipped.finding();
      out.println(finding.file() + ":" + finding.line() + ":" + finding.column() + ": not fixed ("
          + finding.ruleId() + "): " + skipped.reason());
    }
    List<Finding> left = left(report);
    out.println(verb + " " + count(report.fixedCount(), "finding") + " in " + count(report.changes().size(), "file")
        + "; " + count(left.size(), "finding") + " left"
        + (left.isEmpty() ? "" : " ('vep-lint check' lists them)"));
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
