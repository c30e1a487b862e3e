package io.github.veplint.lint.template;

import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the template's versions once per run, in order of preference: the git history of the
 * template file in the repository being linted, the template files listed in the configuration, or
 * the repository's current template (matched against vep-lint's record of the kubevirt/enhancements
 * template when there is no history). Git is read only when the repository root holds {@code .git};
 * JGit's classes are not loaded otherwise.
 */
public final class TemplateHistoryLoader {

  private TemplateHistoryLoader() {}

  /** A template file the configuration lists does not exist: the message names it and the setting. */
  public static final class MissingTemplateFile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingTemplateFile(String message) {
      super(message);
    }
  }

  /**
   * Loads the template history.
   *
   * @param root the repository root
   * @param templatePath the template's path relative to the root, when there is one
   * @param template the current template, parsed, when there is one
   * @param settings the {@code template:} configuration
   * @throws MissingTemplateFile when a file of {@code template.generations} does not exist
   */
  public static TemplateHistory load(
      Path root, Optional<String> templatePath, Optional<Vep> template, TemplateSettings settings) {
    Optional<TemplateGitHistory.Result> git = Optional.empty();
    if (Files.exists(root.resolve(".git"))) {
      try {
        git = TemplateGitHistory.read(root, templatePath.orElse("veps/NNNN-vep-template/vep.md"));
      } catch (IOException | RuntimeException e) {
        git = Optional.empty(); // a broken or foreign repository: lint as a plain copy
      }
    }
    Map<String, java.time.LocalDate> added =
        git.map(TemplateGitHistory.Result::addedDates).orElse(Map.of());
    if (git.isPresent() && !git.get().templateVersions().isEmpty()) {
      List<TemplateVersion> versions = new ArrayList<>();
      for (TemplateGitHistory.FileVersion version : git.get().templateVersions()) {
        Vep parsed =
            VepParser.parse(
                templatePath.orElse("veps/NNNN-vep-template/vep.md"), version.content());
        versions.add(
            new TemplateVersion(
                Optional.of(version.date()), version.commit(), TemplateLayout.of(parsed)));
      }
      return TemplateHistory.of(TemplateHistory.Source.GIT, versions, added);
    }
    if (!settings.generations().isEmpty()) {
      List<TemplateVersion> versions = new ArrayList<>();
      for (TemplateSettings.Generation configured : settings.generations()) {
        Path file = root.resolve(configured.file()).normalize();
        if (!Files.isRegularFile(file)) {
          throw new MissingTemplateFile(
              configured.file() + ": template file listed in 'template.generations' not found");
        }
        Vep parsed = VepParser.parse(root, root, file);
        versions.add(
            new TemplateVersion(configured.date(), configured.file(), TemplateLayout.of(parsed)));
      }
      if (template.isPresent()) {
        TemplateLayout current = TemplateLayout.of(template.get());
        if (!versions.get(versions.size() - 1).layout().sameAs(current)) {
          versions.add(
              new TemplateVersion(
                  Optional.empty(), template.get().location().relativePath(), current));
        }
      }
      return TemplateHistory.of(TemplateHistory.Source.CONFIGURED, versions, added);
    }
    TemplateHistory fallback = TemplateHistory.withoutGit(template);
    return added.isEmpty()
        ? fallback
        : new TemplateHistory(fallback.source(), fallback.generations(), added);
  }
}
