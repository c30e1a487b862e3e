package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.veplint.lint.github.GitHubContracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Event payloads as GitHub writes them to {@code GITHUB_EVENT_PATH} for the action's tests, every
 * field GitHub's webhook description requires filled in for {@code kubevirt/enhancements}; each
 * payload is validated against {@code webhooks-openapi.json} ({@link GitHubContracts#validateEvent})
 * before it is written, so a test never feeds the action an event of a shape GitHub does not send.
 */
final class GithubEvents {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API = "https://api.github.com";
  private static final String WEB = "https://github.com";
  private static final String OWNER = "kubevirt";
  private static final String NAME = "enhancements";
  private static final String FULL_NAME = OWNER + "/" + NAME;
  private static final String CREATED = "2023-06-13T09:21:54Z";
  private static final String UPDATED = "2026-12-01T09:30:00Z";
  /** The repository's API URLs, {@code NAME_url} = {@code .../repos/OWNER/REPO/PATH} as GitHub writes them. */
  private static final List<String[]> REPOSITORY_URLS = List.of(
      new String[] {"archive", "{archive_format}{/ref}"}, new String[] {"assignees", "assignees{/user}"},
      new String[] {"blobs", "git/blobs{/sha}"}, new String[] {"branches", "branches{/branch}"},
      new String[] {"collaborators", "collaborators{/collaborator}"}, new String[] {"comments", "comments{/number}"},
      new String[] {"commits", "commits{/sha}"}, new String[] {"compare", "compare/{base}...{head}"},
      new String[] {"contents", "contents/{+path}"}, new String[] {"contributors", "contributors"},
      new String[] {"deployments", "deployments"}, new String[] {"downloads", "downloads"},
      new String[] {"events", "events"}, new String[] {"forks", "forks"},
      new String[] {"git_commits", "git/commits{/sha}"}, new String[] {"git_refs", "git/refs{/sha}"},
      new String[] {"git_tags", "git/tags{/sha}"}, new String[] {"hooks", "hooks"},
      new String[] {"issue_comment", "issues/comments{/number}"}, new String[] {"issue_events", "issues/events{/number}"},
      new String[] {"issues", "issues{/number}"}, new String[] {"keys", "keys{/key_id}"},
      new String[] {"labels", "labels{/name}"}, new String[] {"languages", "languages"},
      new String[] {"merges", "merges"}, new String[] {"milestones", "milestones{/number}"},
      new String[] {"notifications", "notifications{?since,all,participating}"}, new String[] {"pulls", "pulls{/number}"},
      new String[] {"releases", "releases{/id}"}, new String[] {"stargazers", "stargazers"},
      new String[] {"statuses", "statuses/{sha}"}, new String[] {"subscribers", "subscribers"},
      new String[] {"subscription", "subscription"}, new String[] {"tags", "tags"}, new String[] {"teams", "teams"},
      new String[] {"trees", "git/trees{/sha}"});

  private GithubEvents() {}

  /**
   * A {@code pull_request} event for pull request {@code number} from {@code headRef} at {@code
   * headSha} onto {@code main} at {@code baseSha}: {@code synchronize} without labels; with labels,
   * {@code labeled} by the last of them (a label change re-runs the workflow).
   */
  static Path pullRequest(Path file, int number, String baseSha, String headRef, String headSha, String... labels)
      throws IOException {
    String action = labels.length == 0 ? "synchronize" : "labeled";
    ObjectNode event = JSON.createObjectNode();
    event.put("action", action);
    event.put("number", number);
    if (action.equals("synchronize")) {
      event.put("before", "0123456789abcdef0123456789abcdef01234567");
      event.put("after", headSha);
    }
    ObjectNode pr = event.putObject("pull_request");
    String api = API + "/repos/" + FULL_NAME;
    pr.put("url", api + "/pulls/" + number);
    pr.put("id", 2_000_000_000L + number);
    pr.put("node_id", "PR_kwDOJvEnhc5" + number);
    pr.put("html_url", WEB + "/" + FULL_NAME + "/pull/" + number);
    pr.put("diff_url", WEB + "/" + FULL_NAME + "/pull/" + number + ".diff");
    pr.put("patch_url", WEB + "/" + FULL_NAME + "/pull/" + number + ".patch");
    pr.put("issue_url", api + "/issues/" + number);
    pr.put("commits_url", api + "/pulls/" + number + "/commits");
    pr.put("review_comments_url", api + "/pulls/" + number + "/comments");
    pr.put("review_comment_url", api + "/pulls/comments{/number}");
    pr.put("comments_url", api + "/issues/" + number + "/comments");
    pr.put("statuses_url", api + "/statuses/" + headSha);
    pr.put("number", number);
    pr.put("state", "open");
    pr.put("locked", false);
    pr.put("title", "VEP change " + headRef);
    pr.set("user", user("someone", 4242));
    pr.put("body", "What the pull request changes.");
    pr.put("created_at", UPDATED);
    pr.put("updated_at", UPDATED);
    pr.putNull("closed_at");
    pr.putNull("merged_at");
    pr.putNull("merge_commit_sha");
    pr.putNull("assignee");
    pr.putArray("assignees");
    pr.putArray("requested_reviewers");
    pr.putArray("requested_teams");
    ArrayNode labelNodes = pr.putArray("labels");
    long id = 5_000_000_000L;
    for (String label : labels) {
      labelNodes.add(label(label, id++));
    }
    pr.putNull("milestone");
    pr.put("draft", false);
    ObjectNode base = pr.putObject("base");
    base.put("label", OWNER + ":main").put("ref", "main").put("sha", baseSha);
    base.set("user", organization());
    base.set("repo", repository());
    ObjectNode head = pr.putObject("head");
    head.put("label", "someone:" + headRef).put("ref", headRef).put("sha", headSha);
    head.set("user", user("someone", 4242));
    head.set("repo", repository());
    ObjectNode links = pr.putObject("_links");
    links.putObject("self").put("href", api + "/pulls/" + number);
    links.putObject("html").put("href", WEB + "/" + FULL_NAME + "/pull/" + number);
    links.putObject("issue").put("href", api + "/issues/" + number);
    links.putObject("comments").put("href", api + "/issues/" + number + "/comments");
    links.putObject("review_comments").put("href", api + "/pulls/" + number + "/comments");
    links.putObject("review_comment").put("href", api + "/pulls/comments{/number}");
    links.putObject("commits").put("href", api + "/pulls/" + number + "/commits");
    links.putObject("statuses").put("href", api + "/statuses/" + headSha);
    pr.put("author_association", "CONTRIBUTOR");
    pr.putNull("auto_merge");
    pr.putNull("active_lock_reason");
    pr.put("merged", false);
    pr.putNull("mergeable");
    pr.putNull("rebaseable");
    pr.put("mergeable_state", "unknown");
    pr.putNull("merged_by");
    pr.put("comments", 0);
    pr.put("review_comments", 0);
    pr.put("maintainer_can_modify", false);
    pr.put("commits", 1);
    pr.put("additions", 1);
    pr.put("deletions", 1);
    pr.put("changed_files", 1);
    if (action.equals("labeled")) {
      event.set("label", label(labels[labels.length - 1], id - 1));
    }
    event.set("repository", repository());
    event.set("sender", user("someone", 4242));
    return write(file, "pull-request-" + action, event);
  }

  /** A {@code push} event of {@code main} from {@code before} to {@code after}. */
  static Path push(Path file, String before, String after) throws IOException {
    ObjectNode event = JSON.createObjectNode();
    event.put("ref", "refs/heads/main");
    event.put("before", before);
    event.put("after", after);
    event.put("created", false);
    event.put("deleted", false);
    event.put("forced", false);
    event.putNull("base_ref");
    event.put("compare", WEB + "/" + FULL_NAME + "/compare/" + before.substring(0, 12) + "..." + after.substring(0, 12));
    ObjectNode commit = JSON.createObjectNode();
    commit.put("id", after);
    commit.put("tree_id", after);
    commit.put("distinct", true);
    commit.put("message", "A VEP change (#42)");
    commit.put("timestamp", UPDATED);
    commit.put("url", WEB + "/" + FULL_NAME + "/commit/" + after);
    commit.putObject("author").put("name", "VEP Author").put("email", "author@example.com").put("username", "someone");
    commit.putObject("committer").put("name", "GitHub").put("email", "noreply@github.com").put("username", "web-flow");
    commit.putArray("added");
    commit.putArray("removed");
    commit.putArray("modified");
    event.putArray("commits").add(commit);
    event.set("head_commit", commit);
    ObjectNode repository = repository();
    // A push event's repository dates are Unix timestamps where GitHub has them as numbers.
    repository.put("created_at", 1_686_648_114L);
    repository.put("pushed_at", 1_764_581_400L);
    event.set("repository", repository);
    event.putObject("pusher").put("name", "someone").put("email", "someone@example.com");
    event.set("sender", user("someone", 4242));
    return write(file, "push", event);
  }

  private static Path write(Path file, String webhook, ObjectNode event) throws IOException {
    assertThat(GitHubContracts.load().validateEvent(webhook, event))
        .as("the %s payload is one GitHub sends (webhooks-openapi.json)", webhook).isEmpty();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(event));
    return file;
  }

  static ObjectNode label(String name, long id) {
    ObjectNode label = JSON.createObjectNode();
    label.put("id", id).put("node_id", "LA_kwDOJvEnhc8AAAABx" + id)
        .put("url", API + "/repos/" + FULL_NAME + "/labels/" + java.net.URLEncoder.encode(name,
            java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
        .put("name", name).putNull("description").put("color", "ededed").put("default", false);
    return label;
  }

  /** A user (or, with {@code type} Organization, an organization) as events embed it. */
  static ObjectNode user(String login, long id, String type) {
    ObjectNode user = JSON.createObjectNode();
    // A bot's login ends in "[bot]", which its URLs escape; its page is its app's.
    String api = API + "/users/" + login.replace("[", "%5B").replace("]", "%5D");
    String page = type.equals("Bot") ? WEB + "/apps/" + login.replace("[bot]", "") : WEB + "/" + login;
    user.put("login", login).put("id", id).put("node_id", "MDQ6VXNlcj" + id)
        .put("avatar_url", "https://avatars.githubusercontent.com/u/" + id + "?v=4").put("gravatar_id", "")
        .put("url", api).put("html_url", page)
        .put("followers_url", api + "/followers").put("following_url", api + "/following{/other_user}")
        .put("gists_url", api + "/gists{/gist_id}").put("starred_url", api + "/starred{/owner}{/repo}")
        .put("subscriptions_url", api + "/subscriptions").put("organizations_url", api + "/orgs")
        .put("repos_url", api + "/repos").put("events_url", api + "/events{/privacy}")
        .put("received_events_url", api + "/received_events").put("type", type).put("user_view_type", "public")
        .put("site_admin", false);
    return user;
  }

  static ObjectNode user(String login, long id) {
    return user(login, id, "User");
  }

  private static ObjectNode organization() {
    return user(OWNER, 18_700_703, "Organization");
  }

  /** kubevirt/enhancements as events embed it. */
  private static ObjectNode repository() {
    ObjectNode repo = JSON.createObjectNode();
    String api = API + "/repos/" + FULL_NAME;
    repo.put("id", 652_140_871L).put("node_id", "R_kgDOJt8LRw").put("name", NAME).put("full_name", FULL_NAME)
        .put("private", false);
    repo.set("owner", organization());
    repo.put("html_url", WEB + "/" + FULL_NAME).put("description", "KubeVirt Enhancement Proposals").put("fork", false)
        .put("url", api);
    for (String[] url : REPOSITORY_URLS) {
      repo.put(url[0] + "_url", api + "/" + url[1]);
    }
    repo.put("created_at", CREATED).put("updated_at", UPDATED).put("pushed_at", UPDATED)
        .put("git_url", "git://github.com/" + FULL_NAME + ".git").put("ssh_url", "git@github.com:" + FULL_NAME + ".git")
        .put("clone_url", WEB + "/" + FULL_NAME + ".git").put("svn_url", WEB + "/" + FULL_NAME)
        .putNull("homepage").put("size", 2048).put("stargazers_count", 40).put("watchers_count", 40)
        .putNull("language").put("has_issues", true).put("has_projects", true).put("has_downloads", true)
        .put("has_wiki", false).put("has_pages", false).put("has_discussions", false).put("forks_count", 90)
        .putNull("mirror_url").put("archived", false).put("disabled", false).put("open_issues_count", 60);
    repo.putObject("license").put("key", "apache-2.0").put("name", "Apache License 2.0").put("spdx_id", "Apache-2.0")
        .put("url", API + "/licenses/apache-2.0").put("node_id", "MDc6TGljZW5zZTI=");
    repo.put("forks", 90).put("open_issues", 60).put("watchers", 40).put("default_branch", "main");
    repo.putArray("topics");
    repo.put("visibility", "public");
    return repo;
  }
}
