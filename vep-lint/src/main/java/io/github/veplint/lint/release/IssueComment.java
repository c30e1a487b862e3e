package io.github.veplint.lint.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.veplint.lint.github.GitHubApi;
import io.github.veplint.lint.github.MarkedComments;
import io.github.veplint.lint.github.GitHubApiException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check-in posted on an issue ({@code report --release … --post-to ISSUE}) as one comment kept
 * up to date, the way the Action keeps its pull request comment: the comment opens with a hidden
 * marker ({@link #MARKER}); the issue's comments are listed page by page to find it; a found
 * comment is updated ({@code PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}}), else one
 * is created ({@code POST /repos/{owner}/{repo}/issues/{issue_number}/comments}). Every failure is
 * an outcome with a one-line warning, never an exception.
 */
public final class IssueComment {

  /** The hidden marker the comment is found by: its first line. */
  public static final String MARKER = "<!-- vep-lint release check-in: one comment per issue, updated by every run -->";

  /** The most pages of 100 comments listed. */
  public static final int MAX_PAGES = 30;

  /** GitHub's limit on a comment body, in characters. */
  public static final int MAX_BODY = 65_536;

  private static final Pattern ISSUE =
      Pattern.compile("(?:([A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}))?#?([0-9]{1,9})");

  private IssueComment() {}

  /**
   * An issue named on the command line: {@code N}, {@code #N} or {@code owner/name#N}.
   *
   * @param repository {@code owner/name}
   * @param number the issue number
   */
  public record Ref(String repository, int number) {
    /** The issue {@code text} names, in {@code defaultRepository} unless it names one; empty when it names none. */
    public static Optional<Ref> parse(String text, String defaultRepository) {
      Matcher m = ISSUE.matcher(text.strip());
      if (!m.matches() || (m.group(1) != null && !text.contains("#"))) {
        return Optional.empty();
      }
      return Optional.of(new Ref(m.group(1) != null ? m.group(1) : defaultRepository, Integer.parseInt(m.group(2))));
    }

    @Override
    public String toString() {
      return repository + "#" + number;
    }
  }

  /**
   * What posting did.
   *
   * @param created whether a comment was created (else updated, or nothing on failure)
   * @param commentId the comment's id, when it was created or updated
   * @param warning why nothing was posted, when so
   */
  public record Outcome(boolean created, Optional<Long> commentId, Optional<String> warning) {
    static Outcome failed(String warning) {
      return new Outcome(false, Optional.empty(), Optional.of(warning));
    }
  }

  /** The comment body: the marker line, then the Markdown unchanged. */
  public static String body(String markdown) {
    return MARKER + "\n" + markdown;
  }

  /**
   * Creates or updates the check-in's comment on {@code issue}.
   *
   * @param api the API (with a token)
   * @param issue the issue
   * @param markdown the check-in as {@code --format markdown} writes it
   */
  public static Outcome post(GitHubApi api, Ref issue, String markdown) {
    String where = "--post-to " + issue + ": ";
    if (!api.hasToken()) {
      return Outcome.failed(where + "posting needs a token: set GITHUB_TOKEN; nothing was posted");
    }
    String body = body(markdown);
    if (body.length() > MAX_BODY) {
      return Outcome.failed(where + "the check-in is " + body.length() + " characters, more than GitHub's "
          + MAX_BODY + " for a comment; nothing was posted");
    }
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("body", body);
    String comments = "/repos/" + issue.repository() + "/issues/" + issue.number() + "/comments";
    try {
      Optional<Long> existing = find(api, comments);
      if (existing.isPresent()) {
        api.send("PATCH", "/repos/" + issue.repository() + "/issues/comments/" + existing.get(), Optional.of(json));
        return new Outcome(false, existing, Optional.empty());
      }
      JsonNode created = api.send("POST", comments, Optional.of(json));
      return new Outcome(true, created.path("id").canConvertToLong() ? Optional.of(created.get("id").asLong())
          : Optional.empty(), Optional.empty());
    } catch (GitHubApiException e) {
      return Outcome.failed(where + e.getMessage() + "; the check-in was not posted");
    }
  }

  /**
   * The id of the issue's comment opening with the marker and written by a bot or someone with
   * write access ({@link MarkedComments}); the last one, when several do.
   */
  private static Optional<Long> find(GitHubApi api, String comments) throws GitHubApiException {
    Optional<Long> found = Optional.empty();
    for (int page = 1; page <= MAX_PAGES; page++) {
      JsonNode list = api.send("GET", comments + "?per_page=100&page=" + page, Optional.empty());
      for (JsonNode comment : list) {
        if (comment.path("body").asText("").startsWith(MARKER) && comment.path("id").canConvertToLong()
            && MarkedComments.writtenByTrustedAuthor(comment)) {
          found = Optional.of(comment.get("id").asLong());
        }
      }
      if (!list.isArray() || list.size() < 100) {
        break;
      }
    }
    return found;
  }
}
