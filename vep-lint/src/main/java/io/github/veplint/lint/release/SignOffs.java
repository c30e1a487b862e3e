package io.github.veplint.lint.release;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.veplint.lint.github.GitHubApi;
import io.github.veplint.lint.github.GitHubApiException;
import io.github.veplint.lint.internal.GitHistory;
import io.github.veplint.model.YamlNode;
import io.github.veplint.model.read.VepRepository;
import io.github.veplint.model.read.YamlDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The SIG sign-offs of the release's VEPs, when they can be known: a SIG (the owning SIG and each
 * of {@code participating-sigs}) has signed off a VEP when one of its approvers ({@code approvers:}
 * of {@code <vep-root>/<sig>/OWNERS}, aliases resolved through the repository's top-level {@code
 * OWNERS_ALIASES}) left an approving review on the VEP's merge pull request (the one that added its
 * file, from the git history: {@link GitHistory#mergePullRequests}). A VEP is left out when the
 * repository has no history, no commit names the pull request, or none of its SIGs' OWNERS files
 * lists approvers (as in KubeVirt's today, whose SIG OWNERS files hold only labels). The reviews
 * are read over REST, {@code GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews}; the first
 * failed call ends the reading with a warning.
 */
public final class SignOffs {

  /** The most pull requests whose reviews are read in one run. */
  public static final int MAX_PULLS = 100;

  /** The most pages of reviews read per pull request. */
  public static final int MAX_PAGES = 5;

  private static final int MAX_OWNERS_BYTES = 64 * 1024;

  private SignOffs() {}

  /**
   * What is known of a VEP's sign-offs.
   *
   * @param pull the VEP's merge pull request number, in the tracking issues' repository
   * @param approvers per SIG with approvers, in order (owning SIG first), its approvers' logins
   *     without {@code @}
   * @param approvedBy the logins that left an approving review on the pull request, lower case
   */
  public record SignOff(int pull, Map<String, List<String>> approvers, Set<String> approvedBy) {
    /** Copies the collections. */
    public SignOff {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      approvers.forEach((sig, names) -> copy.put(sig, List.copyOf(names)));
      approvers = java.util.Collections.unmodifiableMap(copy);
      approvedBy = Set.copyOf(approvedBy);
    }

    /** The SIGs none of whose approvers approved the pull request, in order. */
    public List<String> missing() {
      return approvers.entrySet().stream()
          .filter(e -> e.getValue().stream().noneMatch(a -> approvedBy.contains(a.toLowerCase(Locale.ROOT))))
          .map(Map.Entry::getKey).toList();
    }
  }

  /**
   * Reads the sign-offs of the view's VEPs.
   *
   * @param root the repository root
   * @param vepRoots the VEP roots, relative to {@code root}
   * @param view the release view (its VEPs and their SIGs)
   * @param api the API
   * @param settings the tracking issues' repository is the VEPs' repository
   * @param warnings receives one line per failed call
   * @return the sign-off state by VEP main file, for the VEPs it can be known of
   */
  public static Map<String, SignOff> read(Path root, List<String> vepRoots, ReleaseView view, GitHubApi api,
      BoardSettings settings, List<String> warnings) {
    VepRepository repository = VepRepository.scan(root, vepRoots);
    Map<String, List<String>> aliases = aliases(root.resolve("OWNERS_ALIASES"));
    Map<String, List<String>> approversBySig = new TreeMap<>();
    Map<String, Map<String, List<String>>> wanted = new LinkedHashMap<>();
    for (ReleaseView.Item item : view.veps()) {
      Map<String, List<String>> sigs = new LinkedHashMap<>();
      for (String sig : sigs(item)) {
        if (!repository.sigs().contains(sig)) {
          continue;
        }
        List<String> approvers = approversBySig.computeIfAbsent(sig, s -> approvers(repository, s, aliases));
        if (!approvers.isEmpty()) {
          sigs.put(sig, approvers);
        }
      }
      if (!sigs.isEmpty()) {
        wanted.put(item.file(), sigs);
      }
    }
    if (wanted.isEmpty()) {
      return Map.of();
    }
    Map<String, Integer> pulls = GitHistory.mergePullRequests(root, vepRoots, wanted.keySet());
    Map<String, SignOff> signOffs = new TreeMap<>();
    Map<Integer, Set<String>> approvedBy = new TreeMap<>();
    for (Map.Entry<String, Map<String, List<String>>> vep : wanted.entrySet()) {
      Integer pull = pulls.get(vep.getKey());
      if (pull == null) {
        continue;
      }
      if (!approvedBy.containsKey(pull)) {
        if (approvedBy.size() >= MAX_PULLS) {
          break;
        }
        Optional<Set<String>> read = approvals(api, settings.repository(), pull, warnings);
        if (read.isEmpty()) {
          break;
        }
        approvedBy.put(pull, read.get());
      }
      signOffs.put(vep.getKey(), new SignOff(pull, vep.getValue(), approvedBy.get(pull)));
    }
    return signOffs;
  }

  /** The owning SIG, then the participating SIGs. */
  static List<String> sigs(ReleaseView.Item item) {
    Set<String> sigs = new LinkedHashSet<>();
    item.owningSig().ifPresent(sigs::add);
    sigs.addAll(item.document().participatingSigs());
    return List.copyOf(sigs);
  }

  /** The logins with an approving review on the pull request, lower case; empty when a call failed. */
  private static Optional<Set<String>> approvals(GitHubApi api, String repository, int pull, List<String> warnings) {
    Set<String> logins = new LinkedHashSet<>();
    String path = "/repos/" + repository + "/pulls/" + pull + "/reviews";
    for (int page = 1; page <= MAX_PAGES; page++) {
      JsonNode reviews;
      try {
        reviews = api.send("GET", path + "?per_page=100&page=" + page, Optional.empty());
      } catch (GitHubApiException e) {
        warnings.add("SIG sign-off: " + e.getMessage() + "; the view is made without the sign-offs not read yet");
        return Optional.empty();
      }
      for (JsonNode review : reviews) {
        if (review.path("state").asText().equals("APPROVED") && review.path("user").path("login").isTextual()) {
          logins.add(review.get("user").get("login").asText().toLowerCase(Locale.ROOT));
        }
      }
      if (!reviews.isArray() || reviews.size() < 100) {
        break;
      }
    }
    return Optional.of(logins);
  }

  /** A SIG's approvers, aliases resolved, without {@code @}, each once. */
  private static List<String> approvers(VepRepository repository, String sig, Map<String, List<String>> aliases) {
    for (Path vepRoot : repository.vepRoots()) {
      Optional<ReleaseView.SigOwners> owners = ReleaseViews.readOwners(repository, vepRoot.resolve(sig).resolve("OWNERS"));
      if (owners.isPresent()) {
        Set<String> names = new LinkedHashSet<>();
        for (String approver : owners.get().approvers()) {
          String name = approver.substring(1);
          names.addAll(aliases.getOrDefault(name.toLowerCase(Locale.ROOT), List.of(name)));
        }
        return List.copyOf(names);
      }
    }
    return List.of();
  }

  /** {@code aliases:} of an {@code OWNERS_ALIASES} file, by lower-case alias; empty when there is none. */
  static Map<String, List<String>> aliases(Path file) {
    Map<String, List<String>> aliases = new TreeMap<>();
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_OWNERS_BYTES) {
        return aliases;
      }
      Optional<YamlNode.Mapping> root =
          YamlDocuments.read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).root();
      if (root.isEmpty() || !(root.get().get("aliases").orElse(null) instanceof YamlNode.Mapping mapping)) {
        return aliases;
      }
      for (YamlNode.Entry alias : mapping.entries()) {
        List<String> members = new ArrayList<>();
        ReleaseViews.names(Optional.of(alias.value())).forEach(n -> members.add(n.substring(1)));
        aliases.put(alias.key().toLowerCase(Locale.ROOT), members);
      }
    } catch (IOException e) {
      return aliases;
    }
    return aliases;
  }
}
