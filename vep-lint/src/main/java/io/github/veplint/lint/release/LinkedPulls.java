package io.github.veplint.lint.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.veplint.lint.github.GitHubApi;
import io.github.veplint.lint.github.GitHubApiException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The pull requests of the code repository ({@link BoardSettings#codeRepository()}) that refer to
 * each VEP in their body ({@link PullReferences}), read over GraphQL, most recently updated first,
 * page by page, until a pull request was last updated more than {@link #MAX_AGE_DAYS} days ago or
 * {@link #MAX_PAGES} pages were read. A failed page ends the reading with a warning; what the pages
 * before it gave is kept.
 */
public final class LinkedPulls {

  /** The query sent; validated against GitHub's published schema in the tests. */
  public static final String QUERY = """
      query($owner: String!, $name: String!, $first: Int!, $cursor: String) {
        repository(owner: $owner, name: $name) {
          pullRequests(first: $first, after: $cursor, orderBy: {field: UPDATED_AT, direction: DESC}) {
            pageInfo { hasNextPage endCursor }
            nodes { number url updatedAt body }
          }
        }
      }
      """;

  /** Pull requests per page (a body is at most 64 KiB, so a page stays well under the answer limit). */
  public static final int PAGE_SIZE = 50;

  /** The most pages read. */
  public static final int MAX_PAGES = 20;

  /** Pull requests not updated for more days than this end the reading: they belong to older releases. */
  public static final int MAX_AGE_DAYS = 180;

  /**
   * What was read.
   *
   * @param byVep the URLs of the pull requests referring to each VEP number, most recently updated first
   * @param warnings one line per problem
   */
  public record Result(Map<Integer, List<String>> byVep, List<String> warnings) {
    /** Copies the collections. */
    public Result {
      Map<Integer, List<String>> copy = new TreeMap<>();
      byVep.forEach((n, urls) -> copy.put(n, List.copyOf(urls)));
      byVep = java.util.Collections.unmodifiableMap(copy);
      warnings = List.copyOf(warnings);
    }

    /** Nothing read. */
    public static final Result NONE = new Result(Map.of(), List.of());
  }

  private LinkedPulls() {}

  /**
   * Reads the pull requests of {@code repository}.
   *
   * @param api the API
   * @param repository {@code owner/name}
   * @param today the day the age of a pull request is counted from
   * @param pageSize pull requests per page (at most 100)
   */
  public static Result read(GitHubApi api, String repository, LocalDate today, int pageSize) {
    int slash = repository.indexOf('/');
    if (slash <= 0 || slash == repository.length() - 1) {
      return new Result(Map.of(), List.of("linked PRs: '" + repository + "' is not owner/name; the view is made without them"));
    }
    Map<Integer, Set<String>> byVep = new TreeMap<>();
    List<String> warnings = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    LocalDate oldest = today.minusDays(MAX_AGE_DAYS);
    int read = 0;
    for (int page = 0; page < MAX_PAGES; page++) {
      ObjectNode variables = JsonNodeFactory.instance.objectNode();
      variables.put("owner", repository.substring(0, slash));
      variables.put("name", repository.substring(slash + 1));
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
        warnings.add("linked PRs of " + repository + ": " + e.getMessage()
            + (read == 0 ? "; the view is made without them" : "; read " + read + " pull requests before it"));
        break;
      }
      JsonNode connection = data.path("repository").path("pullRequests");
      if (!connection.isObject()) {
        warnings.add("linked PRs of " + repository + ": no such repository (or no access to it)");
        break;
      }
      boolean older = false;
      for (JsonNode pull : connection.path("nodes")) {
        Optional<LocalDate> updated = BoardQuery.day(pull.path("updatedAt"));
        if (updated.isPresent() && updated.get().isBefore(oldest)) {
          older = true;
          break;
        }
        read++;
        String url = pull.path("url").asText("");
        if (!url.startsWith("https://")) {
          continue;
        }
        for (int vep : PullReferences.in(pull.path("body").isTextual() ? pull.get("body").asText() : null)) {
          byVep.computeIfAbsent(vep, n -> new LinkedHashSet<>()).add(url);
        }
      }
      JsonNode pageInfo = connection.path("pageInfo");
      if (older || !pageInfo.path("hasNextPage").asBoolean(false) || !pageInfo.path("endCursor").isTextual()) {
        break;
      }
      cursor = Optional.of(pageInfo.get("endCursor").asText());
    }
    Map<Integer, List<String>> lists = new TreeMap<>();
    byVep.forEach((n, urls) -> lists.put(n, List.copyOf(urls)));
    return new Result(lists, warnings);
  }
}
