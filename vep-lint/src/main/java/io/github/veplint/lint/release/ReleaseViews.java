package io.github.veplint.lint.release;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.config.LintConfig;
import io.github.veplint.lint.spi.ReleaseCalendar;
import io.github.veplint.model.Located;
import io.github.veplint.model.ReleaseTarget;
import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepDirectory;
import io.github.veplint.model.read.VepParser;
import io.github.veplint.model.read.VepRepository;
import io.github.veplint.model.VepStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Builds {@link ReleaseView}s: lints the repository, then picks the VEPs that target a release. */
public final class ReleaseViews {

  private ReleaseViews() {}

  /**
   * The view of {@code release} for the repository at {@code path}.
   *
   * @param linter the linter (its configuration, schedule source and date apply)
   * @param path the repository root, or a path inside it
   * @param release the release; only its minor part counts ({@code v1.9.2} is {@code v1.9})
   */
  public static ReleaseView build(VepLinter linter, Path path, ReleaseVersion release) {
    return build(linter.lint(List.of(path)), release);
  }

  /**
   * The view of {@code release} from a lint result the caller already has (e.g. to write the whole
   * report as well, without linting twice), with the configuration, date and release calendar that
   * run used.
   *
   * @param result a lint run of the whole repository
   * @param release the release; only its minor part counts
   */
  public static ReleaseView build(LintResult result, ReleaseVersion release) {
    return build(result, release, java.util.Set.of());
  }

  /**
   * The view of {@code release}, with also the VEPs numbered {@code onBoard} whatever release their
   * stages target (the VEPs the project board lists for it).
   */
  public static ReleaseView build(LintResult result, ReleaseVersion release, java.util.Set<Integer> onBoard) {
    ReleaseVersion minor = release.minorRelease();
    Path root = Path.of(result.repositoryRoot());
    LintConfig config = result.config();
    ReleaseCalendar calendar = result.settings().calendar();
    LocalDate today = config.today().orElse(LocalDate.now());
    Optional<LocalDate> freeze = calendar.schedules().flatMap(s -> s.freezeDate(minor));
    VepRepository repository = VepRepository.scan(root, config.vepRoots());
    List<Path> mains = new ArrayList<>();
    for (VepDirectory directory : repository.directories()) {
      directory.mainFile().ifPresent(mains::add);
    }
    mains.addAll(repository.singleFileVeps());
    List<ReleaseView.Item> items = new ArrayList<>();
    for (Path file : mains) {
      Vep vep = VepParser.parse(root, repository.vepRootOf(file).orElse(root), file);
      List<String> stages = vep.metadata().milestones().targets().stream()
          .filter(t -> t.version().map(v -> v.minorRelease().equals(minor)).orElse(false))
          .filter(t -> t.kind() == ReleaseTarget.Kind.VERSION || t.kind() == ReleaseTarget.Kind.MALFORMED)
          .map(ReleaseTarget::stage)
          .distinct()
          .toList();
      Optional<Integer> number = vep.metadata().number().map(Located::value);
      if (stages.isEmpty() && !number.map(onBoard::contains).orElse(false)) {
        continue;
      }
      String relative = vep.location().relativePath();
      String directory = relative.contains("/") && vep.location().vepDirectory().isPresent()
          ? relative.substring(0, relative.lastIndexOf('/') + 1)
          : relative;
      List<Finding> findings = result.findings().stream()
          .filter(f -> f.file().equals(relative) || f.file().startsWith(directory) && directory.endsWith("/"))
          .toList();
      boolean olderLayout = vep.layout() == Vep.Layout.LEGACY;
      items.add(new ReleaseView.Item(
          number,
          vep.metadata().title().map(Located::value),
          relative,
          vep.metadata().owningSig().map(Located::value).filter(sig -> !sig.isBlank())
              .or(() -> relative.contains("/meta-VEPs/") ? Optional.of(ReleaseView.META) : Optional.empty()),
          stages,
          olderLayout ? Optional.empty() : vep.metadata().status().map(Located::value),
          olderLayout,
          vep.metadata().reviewers().stream().map(Located::value).toList(),
          vep.metadata().approvers().stream().map(Located::value).toList(),
          compliance(vep, freeze, today, findings, number.map(n -> calendar.hasException(minor, n)).orElse(false)),
          result.templateStatus(relative),
          findings,
          document(vep, minor)));
    }
    items.sort(Comparator.comparing((ReleaseView.Item i) -> i.owningSig().filter(sig -> !sig.equals(ReleaseView.META))
            .orElse("~"))
        .thenComparing(i -> i.number().orElse(Integer.MAX_VALUE))
        .thenComparing(ReleaseView.Item::file));
    return new ReleaseView(minor, today, freeze, items, owners(repository, items));
  }

  /** What the document says beyond the front matter: the checklist's approvals, other releases' targets. */
  private static ReleaseView.Document document(Vep vep, ReleaseVersion minor) {
    List<String> approved = vep.legacy().checklist().stream()
        .filter(c -> c.checked() && !c.struck() && c.stage().isPresent())
        .map(c -> c.stage().get()).distinct().toList();
    List<String> other = vep.metadata().milestones().targets().stream()
        .filter(t -> t.version().map(v -> !v.minorRelease().equals(minor)).orElse(false))
        .map(t -> t.stage() + " " + t.version().get().minorRelease()).distinct().toList();
    io.github.veplint.model.SourcePosition position = vep.metadata().milestones().targets().stream()
        .filter(t -> t.version().map(v -> v.minorRelease().equals(minor)).orElse(false))
        .map(ReleaseTarget::position).findFirst()
        .or(() -> vep.metadata().status().map(Located::position))
        .orElse(io.github.veplint.model.SourcePosition.START);
    List<String> participating = vep.metadata().participatingSigs().stream().map(Located::value)
        .filter(sig -> !sig.isBlank()).distinct().toList();
    return new ReleaseView.Document(approved, other, position, participating);
  }

  private static final java.util.regex.Pattern OWNER_NAME =
      java.util.regex.Pattern.compile("@?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})");
  private static final int MAX_OWNERS_BYTES = 64 * 1024;

  /**
   * The OWNERS file of each owning SIG of the release's VEPs, read as the configuration is (the
   * project's safe YAML reader: no object construction, bounded aliases). A SIG counts only when
   * it is a SIG directory of the repository, so an owning-sig value never names another path; a file
   * that is a link, too large, not YAML or without lists gives nothing, and entries that are not
   * GitHub user names are left out: a name is never made up.
   */
  static java.util.Map<String, ReleaseView.SigOwners> owners(VepRepository repository, List<ReleaseView.Item> items) {
    java.util.Map<String, ReleaseView.SigOwners> owners = new java.util.TreeMap<>();
    for (ReleaseView.Item item : items) {
      Optional<String> sig = item.owningSig().filter(repository.sigs()::contains);
      if (sig.isEmpty() || owners.containsKey(sig.get())) {
        continue;
      }
      for (Path vepRoot : repository.vepRoots()) {
        Path file = vepRoot.resolve(sig.get()).resolve("OWNERS");
        Optional<ReleaseView.SigOwners> read = readOwners(repository, file);
        if (read.isPresent()) {
          owners.put(sig.get(), read.get());
          break;
        }
      }
    }
    return owners;
  }

  static Optional<ReleaseView.SigOwners> readOwners(VepRepository repository, Path file) {
    try {
      if (!java.nio.file.Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
          || java.nio.file.Files.size(file) > MAX_OWNERS_BYTES) {
        return Optional.empty();
      }
      String text = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
      Optional<io.github.veplint.model.YamlNode.Mapping> root = io.github.veplint.model.read.YamlDocuments.read(text).root();
      if (root.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new ReleaseView.SigOwners(repository.relativize(file),
          names(root.get().get("reviewers")), names(root.get().get("approvers"))));
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }

  static List<String> names(Optional<io.github.veplint.model.YamlNode> node) {
    List<String> names = new ArrayList<>();
    if (node.isPresent() && node.get() instanceof io.github.veplint.model.YamlNode.Sequence sequence) {
      for (io.github.veplint.model.YamlNode entry : sequence.items()) {
        if (entry instanceof io.github.veplint.model.YamlNode.Scalar scalar) {
          java.util.regex.Matcher m = OWNER_NAME.matcher(scalar.value().strip());
          if (m.matches() && !m.group(1).equalsIgnoreCase("TBD") && !names.contains("@" + m.group(1))) {
            names.add("@" + m.group(1));
          }
        }
      }
    }
    return names;
  }

  private static ReleaseView.FreezeCompliance compliance(
      Vep vep, Optional<LocalDate> freeze, LocalDate today, List<Finding> findings, boolean exception) {
    if (freeze.isEmpty()) {
      return ReleaseView.FreezeCompliance.NO_FREEZE_KNOWN;
    }
    if (today.isBefore(freeze.get())) {
      return ReleaseView.FreezeCompliance.BEFORE_FREEZE;
    }
    if (exception) {
      return ReleaseView.FreezeCompliance.EXCEPTION;
    }
    if (findings.stream().anyMatch(f -> f.ruleId().equals("vep-freeze"))) {
      return ReleaseView.FreezeCompliance.VIOLATION;
    }
    if (vep.layout() == Vep.Layout.LEGACY) {
      return ReleaseView.FreezeCompliance.UNKNOWN;
    }
    Optional<VepStatus> status = vep.metadata().proposalStatus();
    return status.equals(Optional.of(VepStatus.IMPLEMENTABLE)) || status.equals(Optional.of(VepStatus.IMPLEMENTED))
        ? ReleaseView.FreezeCompliance.TRACKED
        : ReleaseView.FreezeCompliance.NOT_TRACKED;
  }
}
