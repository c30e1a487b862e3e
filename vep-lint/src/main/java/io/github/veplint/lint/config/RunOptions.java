package io.github.veplint.lint.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of a run that the command line, the Maven plugin and the GitHub Action all take
 * ({@code fail-on}, {@code today}, rule levels), parsed in one place so that each accepts the same
 * values and says the same thing about a bad one. Each method throws {@link InvalidOption} naming
 * what is wrong with the value; the caller puts in front the option's name as its user writes it
 * ({@code --fail-on}, {@code failOn}, …).
 */
public final class RunOptions {

  private RunOptions() {}

  /** A value an option does not accept; the message says why, without the option's name. */
  public static final class InvalidOption extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidOption(String message) {
      super(message);
    }
  }

  /** {@code error}, {@code warning} or {@code never}, ignoring surrounding blanks. */
  public static FailOn failOn(String value) {
    return FailOn.parse(value.strip())
        .orElseThrow(() -> new InvalidOption("'" + value + "' is not one of error, warning, never"));
  }

  /** A date such as {@code 2026-11-25}, ignoring surrounding blanks. */
  public static LocalDate today(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidOption("'" + value + "' is not a date like 2026-11-25 (YYYY-MM-DD)");
    }
  }

  /** {@code error}, {@code warning}, {@code info} or {@code off}, ignoring surrounding blanks. */
  public static RuleSetting ruleLevel(String value) {
    return RuleSetting.parse(value == null ? "" : value.strip())
        .orElseThrow(() -> new InvalidOption("the level must be error, warning, info or off"));
  }

  /**
   * Rule levels written as one string, {@code id=level,id=level} (a Maven user property, an Action
   * input), in order; blank entries are skipped.
   */
  public static Map<String, String> ruleList(String value) {
    Map<String, String> rules = new LinkedHashMap<>();
    for (String entry : Optional.ofNullable(value).orElse("").split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int equals = entry.indexOf('=');
      if (equals <= 0) {
        throw new InvalidOption("'" + entry.strip() + "' is not RULE=LEVEL (e.g. title-format=warning)");
      }
      rules.put(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
    }
    return rules;
  }
}
