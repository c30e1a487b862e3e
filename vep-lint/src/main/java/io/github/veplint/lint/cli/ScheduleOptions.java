package io.github.veplint.lint.cli;

import io.github.veplint.lint.VepLinter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --schedule} and {@code --allow-network}, shared by {@code check} and {@code report}. */
final class ScheduleOptions {

  @Option(names = "--schedule", paramLabel = "SOURCE",
      description = "Release schedules: a kubevirt/sig-release checkout, a schedule.yaml, or a URL pattern with {release} (default: 'schedule' in the configuration).")
  String schedule;

  @Option(names = "--allow-network", description = "Allow fetching a URL schedule source (network use is opt-in).")
  boolean allowNetwork;

  /** Sets the options on a builder; a path is relative to the current directory, a URL stays as is. */
  void applyTo(VepLinter.Builder builder) {
    builder.allowNetwork(allowNetwork);
    if (schedule != null) {
      builder.schedule(schedule.startsWith("http://") || schedule.startsWith("https://")
          ? schedule
          : Path.of(schedule).toAbsolutePath().normalize().toString());
    }
  }
}
