package io.github.veplint.lint.cli;

import io.github.veplint.lint.config.ConfigurationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The {@code vep-lint} command line: {@code check}, {@code fix}, {@code new}, {@code migrate}, {@code
 * report}, {@code rules}, {@code explain}. Exit status 0
 * when nothing reaches {@code --fail-on}, 1 when something does, 2 for usage, configuration and I/O
 * errors (one line on standard error; {@code --debug} adds the stack trace).
 */
@Command(
    name = "vep-lint",
    mixinStandardHelpOptions = true,
    versionProvider = VepLintCommand.Version.class,
    description = "Lints KubeVirt Enhancement Proposals (VEPs).",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:nothing at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage, configuration or I/O error"
    })
public final class VepLintCommand implements Runnable {

  /** Exit status when nothing reaches the threshold. */
  public static final int OK = 0;
  /** Exit status when findings reach the threshold. */
  public static final int FINDINGS = 1;
  /** Exit status for usage, configuration and I/O errors. */
  public static final int TOOL_ERROR = 2;

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Show stack traces of errors.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: use check, fix, new, report, migrate, rules or explain");
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    // The schema validator logs through SLF4J; without a provider SLF4J prints three warning lines.
    // The CLI has no logging to show, so it asks for slf4j-api's own no-op provider, quietly.
    System.setProperty("slf4j.internal.verbosity", "ERROR");
    System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** The subcommands, in the order {@code --help} lists them. */
  private static final List<Map.Entry<String, Supplier<Object>>> SUBCOMMANDS =
      List.of(
          Map.entry("check", CheckCommand::new),
          Map.entry("rules", RulesCommand::new),
          Map.entry("explain", ExplainCommand::new),
          Map.entry("report", ReleaseReportCommand::new),
          Map.entry("migrate", MigrateCommand::new),
          Map.entry("new", NewCommand::new),
          Map.entry("fix", FixCommand::new),
          Map.entry("baseline", BaselineCommand::new),
          Map.entry("help", CommandLine.HelpCommand::new));

  /**
   * The command line for {@code args}: with only the subcommand that {@code args} starts with, or
   * with all of them when it starts with none (or with {@code help}), so that usage help, "did you
   * mean" and {@code help COMMAND} see every one. picocli works out each registered subcommand's
   * options by reflection when the command line is made, which a run that names its subcommand
   * does not need to pay for the others.
   */
  static CommandLine commandLine(String[] args) {
    CommandLine commandLine = new CommandLine(new VepLintCommand());
    String first = args.length == 0 ? "" : args[0];
    boolean named = !first.equals("help") && SUBCOMMANDS.stream().anyMatch(s -> s.getKey().equals(first));
    for (Map.Entry<String, Supplier<Object>> subcommand : SUBCOMMANDS) {
      if (!named || subcommand.getKey().equals(first)) {
        commandLine.addSubcommand(subcommand.getKey(), subcommand.getValue().get());
      }
    }
    return commandLine;
  }

  /** Runs the command line with the given streams and returns the exit status (for tests and embedding). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = commandLine(args);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      err.println("vep-lint: " + e.getMessage());
      err.println("Run 'vep-lint " + e.getCommandLine().getCommandName().replace("vep-lint", "").trim()
          + (e.getCommandLine().getParent() == null ? "" : " ") + "--help' for usage.");
      return TOOL_ERROR;
    });
    commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
      boolean debug = parseResult.hasMatchedOption("--debug")
          || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
      err.println("vep-lint: " + oneLine(e));
      if (debug) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        err.print(trace);
      }
      return TOOL_ERROR;
    });
    int status = commandLine.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  private static String oneLine(Exception e) {
    if (e instanceof ConfigurationException) {
      // One line even when the message quotes a value or path holding a line break.
      return e.getMessage().replace("\r", "\\r").replace("\n", "\\n");
    }
    String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ");
    return "internal error (" + e.getClass().getSimpleName() + message + "); rerun with --debug and report it";
  }

  /** The version from the jar manifest, or {@code dev} when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"vep-lint " + version()};
    }

    static String version() {
      String version = VepLintCommand.class.getPackage().getImplementationVersion();
      return version == null ? "dev" : version;
    }
  }
}
