package io.github.veplint.lint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line run in the test's JVM, with its standard output and error captured. */
final class InProcessCli {

  /** What a run did. */
  record Run(int status, String out, String err) {}

  private InProcessCli() {}

  /** Runs {@code vep-lint ARGS}. */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = VepLintCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }
}
