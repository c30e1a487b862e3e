package io.github.veplint.lint.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.veplint.lint.github.GitHubApi;
import io.github.veplint.lint.github.GitHubApiException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an organization's project board over GraphQL, page by page, as {@code kubevirt/kubevirt}'s
 * {@code label-approved-veps.py} does, and each tracking issue's state in the same query (state,
 * {@code updatedAt}, labels, assignees, the last comment's date). A failed page ends the reading
 * with a warning; the items of the pages before it are kept.
 */
public final class BoardQuery {

  /** The query sent; validated against GitHub's published schema in the tests. */
  public static final String QUERY = """
      query($org: String!, $number: Int!, $first: Int!, $cursor: String) {
        organization(login: $org) {
          projectV2(number: $number) {
            items(first: $first, after: $cursor) {
              pageInfo { hasNextPage endCursor }
              nodes {
                content {
                  __typename
                  ... on Issue {
                    number title url state updatedAt
                    repository { nameWithOwner }
                    labels(first: 20) { nodes { name } }
                    assignees(first: 10) { nodes { login } }
                    comments(last: 1) { nodes { createdAt } }
                  }
                  ... on PullRequest { number title url repository { nameWithOwner } }
                  ... on DraftIssue { title }
                }
                fieldValues(first: 30) {
                  nodes {
                    __typename
                    ... on ProjectV2ItemFieldSingleSelectValue { name field { ... on ProjectV2FieldCommon { name } } }
                    ... on ProjectV2ItemFieldTextValue { text field { ... on ProjectV2FieldCommon { name } } }
                    ... on ProjectV2ItemFieldIterationValue { title field { ... on ProjectV2FieldCommon { name } } }
                    ... on ProjectV2ItemFieldUserValue { users(first: 10) { nodes { login } } field { ... on ProjectV2FieldCommon { name } } }
                    ... on ProjectV2ItemFieldPullRequestValue { pullRequests(first: 10) { nodes { url } } field { ... on ProjectV2FieldCommon { name } } }
                  }
                }
              }
            }
          }
        }
      }
      """;

  /** Items per page. */
  public static final int PAGE_SIZE = 100;

  /** The most pages read (a board larger than this many pages is read in part, with a warning). */
  public static final int MAX_PAGES = 50;

  private static final Pattern BOARD = Pattern.compile("([A-Za-z0-9][A-Za-z0-9-]{0,38})/([0-9]{1,9})");

  private BoardQuery() {}

  /**
   * A board named on the command line, {@code ORG/NUMBER}.
   *
   * @param org the organization's login
   * @param number the project's number
   */
  public record Ref(String org, int number) {
    /** The board of {@code ORG/NUMBER} (e.g. {@code kubevirt/21}); empty when it is not that. */
    public static Optional<Ref> parse(String board) {
      Matcher m = BOARD.matcher(board.strip());
      return m.matches() ? Optional.of(new Ref(m.group(1), Integer.parseInt(m.group(2)))) : Optional.empty();
    }

    @Override
    public String toString() {
      return org + "/" + number;
    }
  }

  /**
   * Reads the board.
   *
   * @param api the API
   * @param org the organization's login
   * @param number the project's number
   * @param pageSize items per page (at most 100)
   */
  public static Board read(GitHubApi api, String org, int number, int pageSize, BoardSettings settings) {
    String source = org + "/" + number;
    List<Board.Item> items = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    for (int page = 0; ; page++) {
      if (page == MAX_PAGES) {
        warnings.add("board " + source + ": more than " + MAX_PAGES + " pages; read the first "
            + items.size() + " items");
        break;
      }
      ObjectNode variables = JsonNodeFactory.instance.objectNode();
      variables.put("org", org);
      variables.put("number", number);
      variables.put("first", pageSize);
      if (cursor.isPresent()) {
        variables.put("cursor", cursor.get());
      } else {
        variables.putNull("cursor");
      }
      JsonNode data;
      try {
        data = api.graphql(QUERY, variables);
      } catch (GitHubApiException e) {
        warnings.add("board " + source + ": " + e.getMessage()
            + (items.isEmpty() ? "; the view is made without the board" : "; read " + items.size() + " items before it"));
        break;
      }
      JsonNode connection = data.path("organization").path("projectV2").path("items");
      if (!connection.isObject()) {
        warnings.add("board " + source + ": no such project board (or no access to it)");
        break;
      }
      for (JsonNode node : connection.path("nodes")) {
        if (node.isObject()) {
          items.add(item(node, settings));
        }
      }
      JsonNode pageInfo = connection.path("pageInfo");
      if (!pageInfo.path("hasNextPage").asBoolean(false) || !pageInfo.path("endCursor").isTextual()) {
        break;
      }
      cursor = Optional.of(pageInfo.get("endCursor").asText());
    }
    return new Board(source, items, warnings);
  }

  static Board.Item item(JsonNode node, BoardSettings settings) {
    JsonNode content = node.path("content");
    Board.Kind kind = Board.Kind.ofTypeName(content.path("__typename").asText(""));
    Optional<String> status = Optional.empty();
    Optional<String> target = Optional.empty();
    List<String> reviewers = new ArrayList<>();
    List<String> pulls = new ArrayList<>();
    for (JsonNode value : node.path("fieldValues").path("nodes")) {
      String field = value.path("field").path("name").asText("");
      List<String> values = values(value);
      if (field.isEmpty() || values.isEmpty()) {
        continue;
      }
      if (BoardSettings.same(field, settings.statusField())) {
        status = Optional.of(values.get(0));
      } else if (BoardSettings.same(field, settings.reviewerField())) {
        values.forEach(v -> reviewers.addAll(BoardExport.strings(JsonNodeFactory.instance.textNode(v))));
      } else if (BoardSettings.same(field, settings.targetField())) {
        target = Optional.of(values.get(0));
      } else if (value.path("__typename").asText().equals("ProjectV2ItemFieldPullRequestValue")) {
        pulls.addAll(values);
      }
    }
    Optional<Board.TrackingIssue> issue = Optional.empty();
    if (kind == Board.Kind.ISSUE && content.path("state").isTextual()) {
      List<String> labels = new ArrayList<>();
      content.path("labels").path("nodes").forEach(l -> labels.add(l.path("name").asText()));
      List<String> assignees = new ArrayList<>();
      content.path("assignees").path("nodes").forEach(a -> assignees.add(a.path("login").asText()));
      JsonNode comments = content.path("comments").path("nodes");
      Optional<LocalDate> lastComment = comments.isArray() && !comments.isEmpty()
          ? day(comments.get(comments.size() - 1).path("createdAt")) : Optional.empty();
      issue = Optional.of(new Board.TrackingIssue(content.get("state").asText().equals("OPEN"),
          day(content.path("updatedAt")), lastComment, labels, assignees));
    }
    Optional<Integer> number = content.path("number").canConvertToInt() ? Optional.of(content.get("number").asInt())
        : Optional.empty();
    Optional<String> repository = content.path("repository").path("nameWithOwner").isTextual()
        ? Optional.of(content.get("repository").get("nameWithOwner").asText()) : Optional.empty();
    Optional<String> url = content.path("url").isTextual() ? Optional.of(content.get("url").asText()) : Optional.empty();
    return new Board.Item(kind, repository, number, content.path("title").asText(""), url, status, reviewers, target,
        pulls, issue);
  }

  private static List<String> values(JsonNode value) {
    List<String> values = new ArrayList<>();
    for (String key : List.of("name", "text", "title")) {
      if (value.path(key).isTextual() && !value.get(key).asText().isBlank()) {
        values.add(value.get(key).asText().strip());
      }
    }
    value.path("users").path("nodes").forEach(u -> values.add(u.path("login").asText()));
    value.path("pullRequests").path("nodes").forEach(p -> values.add(p.path("url").asText()));
    return values.stream().filter(v -> !v.isEmpty()).toList();
  }

  /** The UTC day of a GitHub timestamp such as {@code 2026-11-30T09:15:00Z}. */
  static Optional<LocalDate> day(JsonNode node) {
    if (!node.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(node.asText()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
