package io.github.veplint.lint.fix;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** A unified diff of what a fix run changed in one file, as {@code git diff} prints it. */
public final class FixDiff {

  private FixDiff() {}

  /** The diff of one change, with {@code a/} and {@code b/} paths; empty when nothing changed. */
  public static String of(VepFixer.FileChange change) {
    RawText before = new RawText(change.before());
    RawText after = new RawText(change.after());
    EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
        .diff(RawTextComparator.DEFAULT, before, after);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter formatter = new DiffFormatter(out)) {
      out.write(("--- a/" + change.file() + "\n+++ b/" + change.path() + "\n").getBytes(StandardCharsets.UTF_8));
      formatter.format(edits, before, after);
      formatter.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return edits.isEmpty() && !change.moved() ? "" : out.toString(StandardCharsets.UTF_8);
  }
}
