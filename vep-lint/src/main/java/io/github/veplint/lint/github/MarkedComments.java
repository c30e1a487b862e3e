package io.github.veplint.lint.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Which comment of an issue or pull request is the one vep-lint keeps up to date: it carries the
 * hidden marker and was written by someone the repository trusts. Anyone can write the marker
 * into a comment; a comment of a pull request's author must not be the one vep-lint edits, or
 * the author could later change what the report appears to say.
 */
public final class MarkedComments {

  /** The {@code author_association} values of people with write access to the repository. */
  private static final Set<String> TRUSTED_ASSOCIATIONS = Set.of("OWNER", "MEMBER", "COLLABORATOR");

  private MarkedComments() {}

  /**
   * Whether a comment of GitHub's REST {@code issue-comment} shape was written by a bot (the
   * workflow's {@code GITHUB_TOKEN} writes as {@code github-actions[bot]}, a GitHub App as its own
   * bot) or by an owner, member or collaborator of the repository (a personal access token).
   *
   * @param comment one element of {@code GET /repos/{owner}/{repo}/issues/{number}/comments}
   * @return true when vep-lint may take it for its own
   */
  public static boolean writtenByTrustedAuthor(JsonNode comment) {
    return comment.path("user").path("type").asText("").equals("Bot")
        || TRUSTED_ASSOCIATIONS.contains(comment.path("author_association").asText(""));
  }
}
