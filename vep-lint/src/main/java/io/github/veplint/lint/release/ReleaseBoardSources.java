package io.github.veplint.lint.release;

import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.github.GitHubApi;
import io.github.veplint.model.ReleaseVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the check-in's board comes from, as {@code report --release} is asked: an export file
 * ({@code --board-export}) or GraphQL ({@code --board ORG/NUMBER}), and the tracking issues over
 * REST for an export; with the network, also the code pull requests referring to each VEP ({@link
 * LinkedPulls}) and the SIG sign-offs ({@link SignOffs}). The network is used only when allowed
 * ({@code --allow-network}) or a token is given; whatever cannot be read becomes a warning of the view.
 */
public final class ReleaseBoardSources {

  private ReleaseBoardSources() {}

  /**
   * The release view with the check-in.
   *
   * @param linter the linter
   * @param path the repository
   * @param release the release
   * @param board {@code ORG/NUMBER}, or null
   * @param export the export file, or null
   * @param allowNetwork whether the network may be used without a token
   * @param environment {@code GITHUB_TOKEN} and {@code GITHUB_API_URL}
   */
  public static ReleaseView view(VepLinter linter, Path path, ReleaseVersion release, String board, Path export,
      boolean allowNetwork, Map<String, String> environment) {
    LintResult result = linter.lint(List.of(path));
    BoardSettings settings = BoardSettings.read(result.config().source());
    GitHubApi api = GitHubApi.fromEnvironment(environment);
    boolean network = allowNetwork || api.hasToken();
    List<String> warnings = new ArrayList<>();
    Optional<Board> read = Optional.empty();
    if (export != null) {
      Board fromFile = BoardExport.read(export, settings);
      if (network) {
        fromFile = TrackingIssues.read(fromFile, api, settings, i -> settings.tracking(i.status()).tracked());
      }
      read = Optional.of(fromFile);
    } else if (board != null) {
      Optional<BoardQuery.Ref> ref = BoardQuery.Ref.parse(board);
      if (ref.isEmpty()) {
        warnings.add("--board: '" + board + "' is not ORG/NUMBER (e.g. kubevirt/21); the view is made without the board");
      } else if (!network) {
        warnings.add("--board " + ref.get() + ": reading the board needs the network: pass --allow-network or set"
            + " GITHUB_TOKEN; the view is made without the board");
      } else {
        read = Optional.of(BoardQuery.read(api, ref.get().org(), ref.get().number(), BoardQuery.PAGE_SIZE, settings));
      }
    }
    if (!network) {
      return ReleaseChecks.build(result, release, read, warnings);
    }
    LinkedPulls.Result pulls = LinkedPulls.read(api, settings.codeRepository(),
        result.config().today().orElse(java.time.LocalDate.now()), LinkedPulls.PAGE_SIZE);
    Path root = Path.of(result.repositoryRoot());
    return ReleaseChecks.build(result, release, read, warnings, pulls,
        (view, more) -> SignOffs.read(root, result.config().vepRoots(), view, api, settings, more));
  }
}
