package io.github.veplint.lint.cli;

import io.github.veplint.lint.config.RuleSetting;
import io.github.veplint.lint.config.RunOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Options the linting commands share, parsed by {@link RunOptions} into usage errors that name the option. */
final class CliOptions {

  private CliOptions() {}

  /** The {@code --rule RULE=LEVEL} values as settings. */
  static Map<String, RuleSetting> ruleSettings(CommandLine.Model.CommandSpec spec, Map<String, String> rules) {
    Map<String, RuleSetting> settings = new LinkedHashMap<>();
    rules.forEach((id, level) ->
        settings.put(id, option(spec, "--rule " + id + "=" + level, () -> RunOptions.ruleLevel(level))));
    return settings;
  }

  /** A value parsed by {@link RunOptions}, or a usage error naming the option. */
  static <T> T option(CommandLine.Model.CommandSpec spec, String name, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (RunOptions.InvalidOption e) {
      throw new CommandLine.ParameterException(spec.commandLine(), name + ": " + e.getMessage());
    }
  }
}
