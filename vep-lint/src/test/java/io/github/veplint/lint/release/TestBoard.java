package io.github.veplint.lint.release;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.veplint.lint.github.GitHubStandIn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The test board of the release check-in: 30 items of a KubeVirt v1.10 board for the real
 * corpus' VEP numbers ({@code kubevirt-enhancements-newer}), written out by hand as GraphQL canned
 * data, as a {@code gh project item-list --format json} export and as REST issue answers. Today is
 * {@link #TODAY}; a tracking issue not updated since before 2026-11-30 is stale.
 */
public final class TestBoard {

  public static final String TODAY = "2026-12-07";
  static final String ENHANCEMENTS = "kubevirt/enhancements";

  /**
   * One item.
   *
   * @param type Issue, PullRequest or DraftIssue
   * @param repository owner/name
   * @param number the issue or pull request number
   * @param status the Status field, or null
   * @param reviewer the VEP Reviewer field (a text field), or null
   * @param reviewerUser the VEP Reviewer as a user field (login), or null
   * @param target the Target Release field, or null
   * @param open whether the issue is open
   * @param updated the issue's updatedAt
   * @param pull a linked pull request's URL, or null
   */
  record Row(String type, String repository, int number, String status, String reviewer, String reviewerUser,
      String target, boolean open, String updated, String pull) {}

  private static Row issue(int number, String status, String reviewer) {
    return new Row("Issue", ENHANCEMENTS, number, status, reviewer, null, null, true, "2026-12-04T09:00:00Z", null);
  }

  /** The 30 items, in board order. */
  static final List<Row> ROWS = rows();

  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    // Tracked, the checklist approves alpha, a reviewer (as a user field), fresh, a linked PR: nothing to say.
    rows.add(new Row("Issue", ENHANCEMENTS, 152, "Tracked", null, "alice", "v1.10", true, "2026-12-05T10:00:00Z",
        "https://github.com/kubevirt/kubevirt/pull/15001"));
    // At risk without a VEP reviewer.
    rows.add(issue(429, "At risk", null));
    // Tracked, but the checklist does not approve the beta target.
    rows.add(issue(109, "Tracked", "carol"));
    // Tracked, the tracking issue closed.
    rows.add(new Row("Issue", ENHANCEMENTS, 191, "Tracked", "alice", null, null, false, "2026-12-01T08:00:00Z", null));
    // Tracked, the tracking issue last updated 17 days ago.
    rows.add(new Row("Issue", ENHANCEMENTS, 300, "Tracked", "dave", null, null, true, "2026-11-20T12:00:00Z", null));
    // Tracked for v1.10, but the document targets another release.
    rows.add(issue(455, "Tracked", "erin"));
    // Tracked, the board's target release is v1.11.
    rows.add(new Row("Issue", ENHANCEMENTS, 344, "Tracked", "bob", null, "v1.11", true, "2026-12-03T08:00:00Z", null));
    // At risk, the checklist does not approve the beta target.
    rows.add(issue(210, "At risk", "bob"));
    // A pull request and an issue of another repository: never a tracking issue.
    rows.add(new Row("PullRequest", "kubevirt/kubevirt", 15002, "Tracked", null, null, null, true, null, null));
    rows.add(new Row("Issue", "kubevirt/kubevirt", 227, "Tracked", null, null, null, true, "2026-12-01T08:00:00Z", null));
    rows.add(new Row("DraftIssue", null, 0, "Proposed", null, null, null, true, null, null));
    for (int n : new int[] {359, 362, 374, 383, 385, 389, 395, 434, 405, 422, 427, 373, 321, 342, 379, 309, 371, 326, 403}) {
      rows.add(issue(n, "Proposed", null));
    }
    return List.copyOf(rows);
  }

  private TestBoard() {}

  /** {@code Query.organization} data for the stand-in: kubevirt's board 21. */
  static Map<String, Object> organizations() {
    List<Object> items = new ArrayList<>();
    for (Row row : ROWS) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("__typename", "ProjectV2Item");
      item.put("id", "PVTI_" + items.size());
      item.put("content", content(row));
      List<Object> values = new ArrayList<>();
      if (row.status() != null) {
        values.add(Map.of("__typename", "ProjectV2ItemFieldSingleSelectValue", "name", row.status(),
            "field", Map.of("__typename", "ProjectV2SingleSelectField", "name", "Status")));
      }
      if (row.reviewer() != null) {
        values.add(Map.of("__typename", "ProjectV2ItemFieldTextValue", "text", row.reviewer(),
            "field", Map.of("__typename", "ProjectV2Field", "name", "VEP Reviewer")));
      }
      if (row.reviewerUser() != null) {
        values.add(Map.of("__typename", "ProjectV2ItemFieldUserValue",
            "users", Map.of("nodes", List.of(Map.of("login", row.reviewerUser()))),
            "field", Map.of("__typename", "ProjectV2Field", "name", "VEP Reviewer")));
      }
      if (row.target() != null) {
        values.add(Map.of("__typename", "ProjectV2ItemFieldSingleSelectValue", "name", row.target(),
            "field", Map.of("__typename", "ProjectV2SingleSelectField", "name", "Target Release")));
      }
      if (row.pull() != null) {
        values.add(Map.of("__typename", "ProjectV2ItemFieldPullRequestValue",
            "pullRequests", Map.of("nodes", List.of(Map.of("url", row.pull()))),
            "field", Map.of("__typename", "ProjectV2Field", "name", "Linked pull requests")));
      }
      item.put("fieldValues", Map.of("nodes", values));
      items.add(item);
    }
    Map<Integer, Object> projects = Map.of(21, Map.of("__typename", "ProjectV2", "items", items));
    return Map.of("kubevirt", Map.of("__typename", "Organization", "projectsV2", projects));
  }

  private static Map<String, Object> content(Row row) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("__typename", row.type());
    if (row.type().equals("DraftIssue")) {
      content.put("title", "Collect v1.10 release notes");
      return content;
    }
    String kind = row.type().equals("Issue") ? "issues" : "pull";
    content.put("number", row.number());
    content.put("title", "VEP " + row.number());
    content.put("url", "https://github.com/" + row.repository() + "/" + kind + "/" + row.number());
    content.put("repository", Map.of("nameWithOwner", row.repository()));
    if (row.type().equals("Issue")) {
      content.put("state", row.open() ? "OPEN" : "CLOSED");
      content.put("updatedAt", row.updated());
      content.put("labels", Map.of("nodes", List.of(Map.of("name", "kind/enhancement"))));
      content.put("assignees", Map.of("nodes", List.of()));
      content.put("comments", Map.of("nodes", List.of(Map.of("createdAt", row.updated()))));
    }
    return content;
  }

  /** The same board as {@code gh project item-list 21 --owner kubevirt --format json} writes it. */
  public static String export() throws Exception {
    List<Object> items = new ArrayList<>();
    for (Row row : ROWS) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", "PVTI_" + items.size());
      Map<String, Object> content = new LinkedHashMap<>();
      content.put("type", row.type());
      content.put("body", "");
      content.put("title", row.type().equals("DraftIssue") ? "Collect v1.10 release notes" : "VEP " + row.number());
      if (!row.type().equals("DraftIssue")) {
        content.put("number", row.number());
        content.put("repository", row.repository());
        content.put("url", "https://github.com/" + row.repository() + "/"
            + (row.type().equals("Issue") ? "issues" : "pull") + "/" + row.number());
      }
      item.put("content", content);
      Optional.ofNullable(row.status()).ifPresent(s -> item.put("status", s));
      Optional.ofNullable(row.reviewer()).ifPresent(s -> item.put("vEP Reviewer", s));
      Optional.ofNullable(row.reviewerUser()).ifPresent(s -> item.put("vEP Reviewer", List.of(s)));
      Optional.ofNullable(row.target()).ifPresent(s -> item.put("target Release", s));
      Optional.ofNullable(row.pull()).ifPresent(s -> item.put("linked pull requests", List.of(s)));
      item.put("title", content.get("title"));
      items.add(item);
    }
    return new ObjectMapper().writerWithDefaultPrettyPrinter()
        .writeValueAsString(Map.of("items", items, "totalCount", items.size()));
  }

  /** A code pull request of kubevirt/kubevirt: its number, last update and body (null for none). */
  record Pull(int number, String updated, String body) {}

  /** A body no regular expression should be let loose on: 60,000 near-misses, then a real reference past GitHub's limit. */
  static final String HOSTILE_BODY = "kubevirt/enhancements/issues/x".repeat(2_000) + "enhancements#".repeat(100)
      + "enhancements#12345678901234567890 " + "a".repeat(5_000) + " kubevirt/enhancements/issues/389";

  /**
   * The code pull requests, most recently updated first: PR bodies the way the community writes
   * them, matched as {@code label-approved-veps.py} matches them. The last one was updated more than
   * 180 days before {@link #TODAY}: reading stops there.
   */
  static final List<Pull> PULLS = List.of(
      new Pull(15001, "2026-12-06T10:00:00Z", "Implements https://github.com/kubevirt/enhancements/issues/152\n\n"
          + "```release-note\nCPUs with DRA\n```"),
      new Pull(15010, "2026-12-05T10:00:00Z", "VEP: kubevirt/enhancements#429, follows enhancements#109."),
      new Pull(15011, "2026-12-01T10:00:00Z", "Part of kubevirt/enhancements/issues/300 (not Enhancements#191, not"
          + " kubevirt/enhancements/pull/191, not enhancements #191)"),
      new Pull(15012, "2026-11-20T10:00:00Z", HOSTILE_BODY),
      new Pull(15013, "2026-11-02T10:00:00Z", null),
      new Pull(15014, "2026-10-01T10:00:00Z", "Also for https://github.com/kubevirt/enhancements/issues/429"),
      new Pull(14000, "2026-05-01T10:00:00Z", "Old work on kubevirt/enhancements/issues/210"));

  /** What {@link #PULLS} link, by VEP number: kubevirt/kubevirt pull request numbers. */
  static final Map<Integer, List<Integer>> LINKED = Map.of(152, List.of(15001), 429, List.of(15010, 15014),
      109, List.of(15010), 300, List.of(15011));

  /** {@code Query.repository} data for the stand-in: kubevirt/kubevirt's pull requests. */
  static Map<String, Object> repositories() {
    List<Object> pulls = new ArrayList<>();
    for (Pull pull : PULLS) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("__typename", "PullRequest");
      node.put("number", pull.number());
      node.put("url", "https://github.com/kubevirt/kubevirt/pull/" + pull.number());
      node.put("updatedAt", pull.updated());
      // GitHub answers an empty body as "": the stand-in's schema does not allow null for body.
      node.put("body", pull.body() == null ? "" : pull.body());
      pulls.add(node);
    }
    return Map.of("kubevirt/kubevirt", Map.of("__typename", "Repository", "pullRequests", pulls));
  }

  /** The REST answers of {@code GET /repos/kubevirt/enhancements/issues/N}, by {@code owner/repo#N}. */
  static Map<String, Object> issues() {
    Map<String, Object> issues = new LinkedHashMap<>();
    for (Row row : ROWS) {
      if (row.type().equals("Issue") && row.repository().equals(ENHANCEMENTS)) {
        issues.put(row.repository() + "#" + row.number(), restIssue(row));
      }
    }
    return issues;
  }

  private static Map<String, Object> restIssue(Row row) {
    String api = "https://api.github.com/repos/" + row.repository();
    Map<String, Object> issue = new LinkedHashMap<>();
    issue.put("id", 4000000L + row.number());
    issue.put("node_id", "I_kwDO" + row.number());
    issue.put("url", api + "/issues/" + row.number());
    issue.put("repository_url", api);
    issue.put("labels_url", api + "/issues/" + row.number() + "/labels{/name}");
    issue.put("comments_url", api + "/issues/" + row.number() + "/comments");
    issue.put("events_url", api + "/issues/" + row.number() + "/events");
    issue.put("html_url", "https://github.com/" + row.repository() + "/issues/" + row.number());
    issue.put("number", row.number());
    issue.put("state", row.open() ? "open" : "closed");
    issue.put("title", "VEP " + row.number());
    issue.put("user", GitHubStandIn.user("vep-author"));
    issue.put("labels", List.of(Map.of("id", 1, "node_id", "LA_1", "url", api + "/labels/kind/enhancement",
        "name", "kind/enhancement", "description", "", "color", "c7def8", "default", false)));
    issue.put("assignee", null);
    issue.put("assignees", List.of());
    issue.put("milestone", null);
    issue.put("locked", false);
    issue.put("comments", 3);
    issue.put("closed_at", row.open() ? null : row.updated());
    issue.put("created_at", "2026-09-01T08:00:00Z");
    issue.put("updated_at", row.updated());
    issue.put("author_association", "MEMBER");
    return issue;
  }
}
