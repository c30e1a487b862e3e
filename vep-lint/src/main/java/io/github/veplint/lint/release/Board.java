package io.github.veplint.lint.release;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was read of a release's GitHub project board, and any trouble reading it.
 *
 * @param source where it was read from: {@code kubevirt/21} (GraphQL) or the export file's name
 * @param items every item read, in board order
 * @param warnings one line per problem (an unreadable file, a failed call), in the order met; the
 *     items are what was read before or despite them
 */
public record Board(String source, List<Item> items, List<String> warnings) {

  /** Copies the lists. */
  public Board {
    Objects.requireNonNull(source, "source");
    items = List.copyOf(items);
    warnings = List.copyOf(warnings);
  }

  /** A board that could not be read at all. */
  public static Board failed(String source, String warning) {
    return new Board(source, List.of(), List.of(warning));
  }

  /** What an item's content is. */
  public enum Kind {
    /** An issue: a tracking issue when it is in the VEP repository. */
    ISSUE,
    /** A pull request: never a tracking issue. */
    PULL_REQUEST,
    /** A draft issue of the board itself. */
    DRAFT_ISSUE,
    /** Content the board could not show (e.g. no access). */
    OTHER;

    /**
     * The kind of a board item's content by GitHub's type name ({@code Issue}, {@code PullRequest},
     * {@code DraftIssue}), as both GraphQL's {@code __typename} and {@code gh}'s export give it.
     *
     * @param typeName the type name; anything else is {@link #OTHER}
     * @return the kind
     */
    public static Kind ofTypeName(String typeName) {
      return switch (typeName) {
        case "Issue" -> ISSUE;
        case "PullRequest" -> PULL_REQUEST;
        case "DraftIssue" -> DRAFT_ISSUE;
        default -> OTHER;
      };
    }
  }

  /**
   * One board item.
   *
   * @param kind what its content is
   * @param repository the content's repository, {@code owner/name}, when any
   * @param number the issue or pull request number, when any
   * @param title the content's title ({@code ""} when none)
   * @param url the content's URL, when any
   * @param status the status field's value, when set
   * @param reviewers the VEP reviewer field's values (user logins or text), without a leading {@code @}
   * @param target the target release field's value, when set
   * @param linkedPullRequests the URLs of the pull requests linked to the item
   * @param issue the tracking issue's state, when it was read
   */
  public record Item(Kind kind, Optional<String> repository, Optional<Integer> number, String title,
      Optional<String> url, Optional<String> status, List<String> reviewers, Optional<String> target,
      List<String> linkedPullRequests, Optional<TrackingIssue> issue) {

    /** Copies the lists. */
    public Item {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(title, "title");
      reviewers = List.copyOf(reviewers);
      linkedPullRequests = List.copyOf(linkedPullRequests);
    }

    /** The same item with the tracking issue's state. */
    public Item withIssue(TrackingIssue read) {
      return new Item(kind, repository, number, title, url, status, reviewers, target, linkedPullRequests,
          Optional.of(read));
    }

    /** Whether the item is an issue of {@code repository} ({@code owner/name}, any case). */
    public boolean isIssueOf(String repositoryName) {
      return kind == Kind.ISSUE && repository.map(r -> r.equalsIgnoreCase(repositoryName)).orElse(false)
          && number.isPresent();
    }
  }

  /**
   * A tracking issue's state, as GitHub reports it.
   *
   * @param open whether it is open
   * @param updated the day it was last updated (UTC)
   * @param lastComment the day of its last comment, when read and it has one
   * @param labels its labels
   * @param assignees its assignees' logins
   */
  public record TrackingIssue(boolean open, Optional<LocalDate> updated, Optional<LocalDate> lastComment,
      List<String> labels, List<String> assignees) {

    /** Copies the lists. */
    public TrackingIssue {
      labels = List.copyOf(labels);
      assignees = List.copyOf(assignees);
    }

    /** The day of its last activity: the later of the update and the last comment. */
    public Optional<LocalDate> lastActivity() {
      if (updated.isPresent() && lastComment.isPresent()) {
        return Optional.of(updated.get().isAfter(lastComment.get()) ? updated.get() : lastComment.get());
      }
      return updated.isPresent() ? updated : lastComment;
    }
  }
}
