package io.github.veplint.lint.migrate;

import io.github.veplint.lint.migrate.FrontMatterMigration.FileResult;
import io.github.veplint.lint.migrate.FrontMatterMigration.Outcome;
import io.github.veplint.lint.migrate.FrontMatterMigration.ToFill;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code vep-lint migrate} prints: per file what was added and, as {@code path:line:col}
 * lines, each field the author or the owning SIG must still fill in; optionally a unified-style
 * diff of the insertion; then a summary line.
 */
public final class MigrationOutput {

  private MigrationOutput() {}

  /** Prints one file's result; {@code diff} adds a unified-style preview of the insertion. */
  public static void print(FileResult result, boolean dryRun, boolean diff, PrintWriter out) {
    String path = result.relativePath();
    switch (result.outcome()) {
      case ALREADY_MIGRATED -> out.println(path + ": already has front matter; unchanged");
      case SKIPPED -> out.println(path + ": skipped: " + result.reason());
      case FAILED -> out.println(path + ": not migrated: " + result.reason());
      case MIGRATED -> {
        var plan = result.plan().orElseThrow();
        out.println(path + ": " + (dryRun ? "would add" : "added") + " front matter (lines 1-"
            + (plan.lineCount() - 1) + "); the rest of the file is unchanged"
            + (plan.notes().isEmpty() ? "" : "; read " + String.join(", ", plan.notes())));
        for (ToFill f : plan.toFill()) {
          out.println(path + ":" + f.line() + ":1  to fill in by the " + f.who() + ": " + f.key() + ": " + f.what());
        }
        if (diff) {
          printDiff(result, out);
        }
      }
    }
  }

  /** The summary line. */
  public static void summary(List<FileResult> results, boolean dryRun, PrintWriter out) {
    long migrated = results.stream().filter(r -> r.outcome() == Outcome.MIGRATED).count();
    long already = results.stream().filter(r -> r.outcome() == Outcome.ALREADY_MIGRATED).count();
    long skipped = results.stream().filter(r -> r.outcome() == Outcome.SKIPPED).count();
    long failed = results.stream().filter(r -> r.outcome() == Outcome.FAILED).count();
    out.println("migrate: " + migrated + (dryRun ? " VEP(s) would get" : " VEP(s) got") + " front matter, "
        + already + " already had it, " + skipped + " skipped" + (failed > 0 ? ", " + failed + " failed to write" : "")
        + (dryRun ? " (dry run: nothing written)" : ""));
  }

  /** Prints one file's result of {@code migrate --drop-legacy}. */
  public static void printDrop(FileResult result, boolean dryRun, PrintWriter out) {
    String path = result.relativePath();
    switch (result.outcome()) {
      case ALREADY_MIGRATED -> out.println(path + ": no legacy metadata sections; unchanged");
      case SKIPPED -> out.println(path + ": skipped: " + result.reason());
      case FAILED -> out.println(path + ": not changed: " + result.reason());
      case MIGRATED -> {
        var plan = result.plan().orElseThrow();
        long kept = plan.block().isEmpty() ? 0 : plan.block().split("\n", -1).length;
        out.println(path + ": " + (dryRun ? "would remove " : "removed ") + String.join(", ", plan.notes())
            + (kept == 0 ? "; the front matter says all they said"
                : "; kept " + kept + (kept == 1 ? " line" : " lines") + " the front matter does not say in an HTML comment"));
      }
    }
  }

  /** The summary line of {@code migrate --drop-legacy}. */
  public static void dropSummary(List<FileResult> results, boolean dryRun, PrintWriter out) {
    long dropped = results.stream().filter(r -> r.outcome() == Outcome.MIGRATED).count();
    long none = results.stream().filter(r -> r.outcome() == Outcome.ALREADY_MIGRATED).count();
    long skipped = results.stream().filter(r -> r.outcome() == Outcome.SKIPPED).count();
    long failed = results.stream().filter(r -> r.outcome() == Outcome.FAILED).count();
    out.println("migrate --drop-legacy: " + dropped + (dryRun ? " VEP(s) would lose" : " VEP(s) lost")
        + " their legacy metadata sections, " + none + " had none, " + skipped + " skipped"
        + (failed > 0 ? ", " + failed + " failed to write" : "") + (dryRun ? " (dry run: nothing written)" : ""));
  }

  private static void printDiff(FileResult result, PrintWriter out) {
    String block = result.plan().orElseThrow().block();
    List<String> added = Arrays.asList(block.split("\n", -1)).subList(0, block.split("\n", -1).length - 1);
    byte[] before = result.before();
    int skip = FrontMatterMigration.startsWithBom(before) ? 3 : 0;
    String text = new String(before, skip, before.length - skip, StandardCharsets.UTF_8);
    List<String> context = text.lines().limit(3).toList();
    out.println("--- a/" + result.relativePath());
    out.println("+++ b/" + result.relativePath());
    int k = context.size();
    out.println("@@ -" + (k == 0 ? "0,0" : "1," + k) + " +1," + (added.size() + k) + " @@");
    added.forEach(l -> out.println("+" + l));
    context.forEach(l -> out.println(" " + l));
  }
}
