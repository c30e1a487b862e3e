package io.github.veplint.lint.release;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.veplint.lint.github.GitHubApi;
import io.github.veplint.lint.github.GitHubApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the tracking issues of a board read from an export (which holds no issue state) over REST,
 * {@code GET /repos/{owner}/{repo}/issues/{issue_number}}: state, {@code updated_at}, labels and
 * assignees. The first failed call ends the reading with a warning: the items keep what they had.
 */
public final class TrackingIssues {

  /** The most issues read in one run. */
  public static final int MAX_ISSUES = 200;

  private TrackingIssues() {}

  /**
   * The board with the state of each tracking issue that has none yet.
   *
   * @param board the board
   * @param api the API
   * @param wanted whether an item's tracking issue is worth a call (e.g. only tracked VEPs)
   */
  public static Board read(Board board, GitHubApi api, BoardSettings settings,
      java.util.function.Predicate<Board.Item> wanted) {
    List<Board.Item> items = new ArrayList<>();
    List<String> warnings = new ArrayList<>(board.warnings());
    boolean failed = false;
    int calls = 0;
    for (Board.Item item : board.items()) {
      if (failed || item.issue().isPresent() || !item.isIssueOf(settings.repository()) || !wanted.test(item)
          || calls >= MAX_ISSUES) {
        items.add(item);
        continue;
      }
      calls++;
      String path = "/repos/" + settings.repository() + "/issues/" + item.number().orElseThrow();
      try {
        JsonNode issue = api.send("GET", path, Optional.empty());
        List<String> labels = new ArrayList<>();
        issue.path("labels").forEach(l -> labels.add(l.isTextual() ? l.asText() : l.path("name").asText()));
        List<String> assignees = new ArrayList<>();
        issue.path("assignees").forEach(a -> assignees.add(a.path("login").asText()));
        items.add(item.withIssue(new Board.TrackingIssue(issue.path("state").asText().equals("open"),
            BoardQuery.day(issue.path("updated_at")), Optional.empty(), labels, assignees)));
      } catch (GitHubApiException e) {
        warnings.add("tracking issues: " + e.getMessage() + "; the view is made without the issues' state");
        failed = true;
        items.add(item);
      }
    }
    return new Board(board.source(), items, warnings);
  }
}
