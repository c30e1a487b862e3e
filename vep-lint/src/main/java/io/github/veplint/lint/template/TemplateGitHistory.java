package io.github.veplint.lint.template;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Reads what vep-lint needs from a repository's git history, in one walk over the commits reachable
 * from {@code HEAD}, oldest first, each compared with its first parent with rename detection: every
 * version of the template file and the day each markdown file was first committed, both following
 * renames. The only class that uses JGit, so JGit is loaded only when a history is read.
 */
final class TemplateGitHistory {

  /** One committed version of a file: the author's day and the blob. */
  record FileVersion(LocalDate date, String commit, byte[] content) {}

  /**
   * What the history says.
   *
   * @param templateVersions every version of the template file, oldest first
   * @param addedDates per path at {@code HEAD}, the day the file was first committed
   */
  record Result(List<FileVersion> templateVersions, Map<String, LocalDate> addedDates) {}

  private TemplateGitHistory() {}

  /**
   * Reads the history of the repository whose work tree is {@code root}.
   *
   * @param templatePath the template's path relative to the root, with {@code /}
   * @return empty when there is no readable history, or it is shallow (a partial history would date
   *     every file at the cut)
   */
  static Optional<Result> read(Path root, String templatePath) throws IOException {
    try (Repository repository =
        new FileRepositoryBuilder().findGitDir(root.toFile()).setMustExist(true).build()) {
      ObjectId head = repository.resolve("HEAD");
      if (head == null || !repository.getObjectDatabase().getShallowCommits().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(walk(repository, head, templatePath));
    }
  }

  private static Result walk(Repository repository, ObjectId head, String templatePath)
      throws IOException {
    // lineage: path -> the path the file was first added under; per lineage its first day and
    // every change (blob and day), so the template's versions are known once its lineage is.
    Map<String, String> lineage = new HashMap<>();
    Map<String, LocalDate> firstDay = new HashMap<>();
    Map<String, List<Change>> changes = new HashMap<>();
    try (RevWalk walk = new RevWalk(repository);
        DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      diff.setRepository(repository);
      diff.setDiffComparator(RawTextComparator.DEFAULT);
      diff.setDetectRenames(true);
      diff.setPathFilter(PathSuffixFilter.create(".md"));
      walk.sort(RevSort.TOPO);
      walk.sort(RevSort.REVERSE, true);
      walk.markStart(walk.parseCommit(head));
      for (RevCommit commit : walk) {
        LocalDate day = day(commit.getAuthorIdent());
        RevCommit parent = commit.getParentCount() > 0 ? commit.getParent(0) : null;
        List<DiffEntry> entries =
            diff.scan(parent == null ? null : parent.getTree(), commit.getTree());
        for (DiffEntry entry : entries) {
          String path = entry.getNewPath();
          switch (entry.getChangeType()) {
            case ADD, COPY -> lineage.putIfAbsent(path, path);
            case RENAME -> {
              String origin = lineage.getOrDefault(entry.getOldPath(), entry.getOldPath());
              lineage.remove(entry.getOldPath());
              lineage.put(path, origin);
            }
            case DELETE -> {
              lineage.remove(entry.getOldPath());
              continue;
            }
            default -> lineage.putIfAbsent(path, path);
          }
          String origin = lineage.get(path);
          firstDay.putIfAbsent(origin, day);
          changes
              .computeIfAbsent(origin, k -> new ArrayList<>())
              .add(new Change(day, commit.name(), entry.getNewId().toObjectId()));
        }
      }
    }
    Map<String, LocalDate> added = new HashMap<>();
    lineage.forEach((path, origin) -> added.put(path, firstDay.get(origin)));
    List<FileVersion> versions = new ArrayList<>();
    String templateOrigin = lineage.get(templatePath);
    if (templateOrigin != null) {
      try (ObjectReader reader = repository.newObjectReader()) {
        ObjectId previous = null;
        for (Change change : changes.getOrDefault(templateOrigin, List.of())) {
          if (change.blob().equals(previous)) {
            continue;
          }
          previous = change.blob();
          versions.add(
              new FileVersion(
                  change.day(), change.commit(), reader.open(change.blob()).getBytes()));
        }
      }
    }
    return new Result(List.copyOf(versions), Map.copyOf(added));
  }

  private record Change(LocalDate day, String commit, ObjectId blob) {}

  private static LocalDate day(PersonIdent ident) {
    return LocalDate.ofInstant(ident.getWhenAsInstant(), ident.getZoneId());
  }
}
