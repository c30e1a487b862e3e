package io.github.veplint.lint.config;

import io.github.veplint.lint.template.TemplateSettings;
import io.github.veplint.lint.spi.StatusTransitions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings of a run, from {@code .vep-lint.yaml} (see {@code vep-lint-config.schema.json}) and
 * overridden by command-line options or Maven parameters.
 *
 * @param source the file the settings were read from, when any
 * @param vepRoots VEP roots relative to the repository root
 * @param template the template file relative to the repository root, when configured
 * @param sigs the valid SIG names, when configured (else the SIG directories found)
 * @param rules severity or {@code off} per rule id
 * @param overrides per-path rule settings, later entries winning
 * @param schedule the release schedule source, when configured
 * @param freezeExceptions per release ({@code vX.Y}), the VEP numbers excepted from the VEP Freeze
 * @param today the date for date-based checks, when fixed
 * @param failOn the lowest severity that fails the run, when configured
 * @param templateSettings older template files and when a VEP must meet today's template
 * @param freezeExceptionLabel the pull request label that lifts the VEP Freeze ({@code
 *     freeze-exception} unless configured)
 * @param statusTransitions the status changes a pull request may make ({@link
 *     StatusTransitions#COMMUNITY} with the configured rows)
 * @param sigsFrom where the SIG list is read from when {@code sigs} is not given ({@code
 *     sigs-from}): a kubevirt/community-style {@code sigs.yaml} in the repository (relative to its
 *     root) or a URL; see {@link SigList}
 * @param baseline the baseline file relative to the repository root ({@code baseline}, like {@code
 *     check --baseline}, which wins over it)
 */
public record LintConfig(
    Optional<Path> source,
    List<String> vepRoots,
    Optional<String> template,
    Optional<List<String>> sigs,
    Map<String, RuleSetting> rules,
    List<PathOverride> overrides,
    Optional<String> schedule,
    Map<String, Set<Integer>> freezeExceptions,
    Optional<LocalDate> today,
    Optional<FailOn> failOn,
    TemplateSettings templateSettings,
    String freezeExceptionLabel,
    StatusTransitions statusTransitions,
    Optional<String> sigsFrom,
    Optional<String> baseline) {

  /** The name of the configuration file looked for at the repository root. */
  public static final String FILE_NAME = ".vep-lint.yaml";

  /** The label kubevirt/enhancements' maintainers add to a pull request granted a freeze exception. */
  public static final String DEFAULT_FREEZE_EXCEPTION_LABEL = "freeze-exception";

  /** The settings used when there is no configuration file. */
  public static final LintConfig DEFAULTS =
      new LintConfig(
          Optional.empty(), List.of("veps"), Optional.empty(), Optional.empty(), Map.of(), List.of(),
          Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), TemplateSettings.NONE,
          DEFAULT_FREEZE_EXCEPTION_LABEL, StatusTransitions.COMMUNITY, Optional.empty(), Optional.empty());

  /** Copies the collections so the record stays immutable. */
  public LintConfig {
    vepRoots = List.copyOf(vepRoots);
    sigs = sigs.map(List::copyOf);
    rules = Map.copyOf(rules);
    overrides = List.copyOf(overrides);
    freezeExceptions = Map.copyOf(freezeExceptions);
  }

  /** The same settings with some rule settings replaced (command-line {@code --rule} options). */
  public LintConfig withRules(Map<String, RuleSetting> extra) {
    Map<String, RuleSetting> merged = new java.util.HashMap<>(rules);
    merged.putAll(extra);
    return new LintConfig(source, vepRoots, template, sigs, merged, overrides, schedule,
        freezeExceptions, today, failOn, templateSettings, freezeExceptionLabel, statusTransitions, sigsFrom, baseline);
  }

  /** The same settings with a fixed date. */
  public LintConfig withToday(LocalDate date) {
    return new LintConfig(source, vepRoots, template, sigs, rules, overrides, schedule,
        freezeExceptions, Optional.of(date), failOn, templateSettings, freezeExceptionLabel,
        statusTransitions, sigsFrom, baseline);
  }

  /** The same settings with the lowest severity that fails the run. */
  public LintConfig withFailOn(FailOn level) {
    return new LintConfig(source, vepRoots, template, sigs, rules, overrides, schedule,
        freezeExceptions, today, Optional.of(level), templateSettings, freezeExceptionLabel,
        statusTransitions, sigsFrom, baseline);
  }

  /** The same settings with another release schedule source. */
  public LintConfig withSchedule(String scheduleSource) {
    return new LintConfig(source, vepRoots, template, sigs, rules, overrides,
        Optional.of(scheduleSource), freezeExceptions, today, failOn, templateSettings, freezeExceptionLabel,
        statusTransitions, sigsFrom, baseline);
  }

  /** The setting for a rule in a file: the last matching override, else the global setting. */
  public Optional<RuleSetting> settingFor(String ruleId, String relativePath) {
    Optional<RuleSetting> setting = Optional.ofNullable(rules.get(ruleId));
    for (PathOverride override : overrides) {
      if (override.rules().containsKey(ruleId) && override.matches(relativePath)) {
        setting = Optional.of(override.rules().get(ruleId));
      }
    }
    return setting;
  }
}
