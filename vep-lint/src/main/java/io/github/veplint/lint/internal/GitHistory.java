package io.github.veplint.lint.internal;

import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.spi.BaseRevision;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepParser;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.NoWorkTreeException;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.NotIgnoredFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Reads a base revision with JGit (no {@code git} binary): the VEPs as they were at the revision and
 * the files changed between it and the working tree (committed, staged, unstaged and untracked, not
 * ignored); and the pull request that added each VEP ({@link #mergePullRequests}, for the release
 * check-in's SIG sign-off). Only this class touches JGit, and only when a base or a check-in asks,
 * so other runs never load it.
 */
public final class GitHistory {

  private static final long MAX_BLOB = 4L << 20;

  private GitHistory() {}

  /**
   * What the base revision says.
   *
   * @param revision the VEP files changed since the base, as they were there
   * @param changed files changed since the base, relative to the lint repository root
   * @param directoriesAtBase the names of the directories directly under the VEP roots at the base
   *     (SIG directories, {@code meta-VEPs}, the template directory)
   * @param renamedFrom for each file the working tree has at another path than the base, as git's
   *     rename detection sees it (the same content, or at least 60% similar): its path at the base;
   *     both relative to the lint repository root
   * @param added the files the working tree has and the base did not, renamed ones excluded
   */
  public record Result(BaseRevision revision, Set<Path> changed, Set<String> directoriesAtBase,
      Map<Path, Path> renamedFrom, Set<Path> added) {

    /** Copies the collections so the record stays immutable. */
    public Result {
      changed = Set.copyOf(changed);
      directoriesAtBase = Set.copyOf(directoriesAtBase);
      renamedFrom = Map.copyOf(renamedFrom);
      added = Set.copyOf(added);
    }

    /** The path a file had at the base: where it was renamed from, else its own. */
    public Path pathAtBase(Path file) {
      return renamedFrom.getOrDefault(file, file);
    }
  }

  /**
   * Reads {@code ref} of the git repository {@code root} lies in.
   *
   * @param root the lint repository root (the git work tree or a directory inside it)
   * @param vepRoots the VEP roots, relative to {@code root}
   * @param ref a revision: a branch, tag, commit id or expression such as {@code HEAD~1}
   * @throws ConfigurationException when {@code root} is not in a git work tree or {@code ref} is
   *     unknown (also when a shallow clone lacks it)
   */
  public static Result read(Path root, List<String> vepRoots, String ref) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
    if (builder.getGitDir() == null) {
      throw new ConfigurationException("base " + ref + ": " + root + " is not in a git repository; the base"
          + " is a git revision, so run it in a clone of the VEP repository");
    }
    try (Repository repository = builder.setMustExist(true).build()) {
      Path workTree = workTree(repository, ref);
      ObjectId commitId = resolve(repository, ref);
      Path prefix = workTree.relativize(root.toRealPath());
      try (RevWalk walk = new RevWalk(repository)) {
        RevCommit commit = walk.parseCommit(commitId);
        Set<Path> changed = changedFiles(repository, commit, prefix);
        Map<Path, Path> renamedFrom = new HashMap<>();
        Set<Path> added = new HashSet<>();
        renames(repository, commit, prefix, changed, renamedFrom, added);
        Map<String, BaseRevision.VepAtBase> veps =
            baseVeps(repository, commit, prefix, vepRoots, changed, Set.copyOf(renamedFrom.values()));
        Map<String, String> renames = new HashMap<>();
        renamedFrom.forEach((head, before) -> renames.put(slashes(head), slashes(before)));
        Set<String> addedFiles = new HashSet<>();
        added.forEach(file -> addedFiles.add(slashes(file)));
        return new Result(new BaseRevision(ref, commit.name(), veps, renames, addedFiles), changed,
            directoriesAtBase(repository, commit, prefix, vepRoots), renamedFrom, added);
      }
    } catch (MissingObjectException e) {
      throw missing(builder.getGitDir(), ref, e);
    } catch (IOException e) {
      throw new ConfigurationException("base " + ref + ": cannot read the git repository ("
          + e.getMessage() + ")", e);
    }
  }

  /**
   * Writes the files under the lint repository root {@code root} as they were at {@code commit} into
   * the empty directory {@code target}, so that the base revision can be linted as a directory:
   * regular files only (no symbolic links, no submodules), each larger than 4 MiB written empty (its
   * existence is what links need). The commit must be one {@link #read} resolved.
   *
   * @throws ConfigurationException when the repository cannot be read
   */
  public static void writeTree(Path root, String commit, Path target) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
    try (Repository repository = builder.setMustExist(true).build();
        ObjectReader reader = repository.newObjectReader();
        RevWalk revWalk = new RevWalk(reader);
        TreeWalk walk = new TreeWalk(repository, reader)) {
      Path prefix = workTree(repository, commit).relativize(root.toRealPath());
      String gitPrefix = slashes(prefix);
      walk.addTree(revWalk.parseCommit(ObjectId.fromString(commit)).getTree());
      walk.setRecursive(true);
      if (!gitPrefix.isEmpty()) {
        walk.setFilter(PathFilter.create(gitPrefix));
      }
      int strip = gitPrefix.isEmpty() ? 0 : gitPrefix.length() + 1;
      Path base = target.toAbsolutePath().normalize();
      while (walk.next()) {
        if (!walk.getFileMode(0).equals(org.eclipse.jgit.lib.FileMode.REGULAR_FILE)
            && !walk.getFileMode(0).equals(org.eclipse.jgit.lib.FileMode.EXECUTABLE_FILE)) {
          continue;
        }
        Path file = base.resolve(walk.getPathString().substring(strip)).normalize();
        if (!file.startsWith(base)) {
          continue;
        }
        Files.createDirectories(file.getParent());
        var loader = reader.open(walk.getObjectId(0));
        Files.write(file, loader.getSize() > MAX_BLOB ? new byte[0] : loader.getBytes());
      }
    } catch (IOException e) {
      throw new ConfigurationException("--base " + commit + ": cannot read the base revision ("
          + e.getMessage() + ")", e);
    }
  }

  /** The most commits {@link #mergePullRequests} walks. */
  static final int MAX_COMMITS = 20_000;

  /**
   * The pull request that added each file: the first-parent history of {@code HEAD} walked back
   * through renames to the commit that added the file, whose subject names its pull request as a
   * squash merge does ({@code … (#123)}) or a merge commit does ({@code Merge pull request #123 …}).
   * Only paths under {@code vepRoots} are compared, and at most {@link #MAX_COMMITS} commits.
   *
   * @param root the lint repository root (the git work tree or a directory inside it)
   * @param vepRoots the VEP roots, relative to {@code root}
   * @param files the files, relative to {@code root}
   * @return the pull request number of each file whose adding commit names one; empty when
   *     {@code root} is not in a git work tree or its history cannot be read
   */
  public static Map<String, Integer> mergePullRequests(Path root, List<String> vepRoots, java.util.Collection<String> files) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
    if (builder.getGitDir() == null || files.isEmpty()) {
      return Map.of();
    }
    Map<String, Integer> pulls = new HashMap<>();
    try (Repository repository = builder.setMustExist(true).build();
        ObjectReader reader = repository.newObjectReader();
        RevWalk walk = new RevWalk(reader)) {
      if (repository.isBare()) {
        return Map.of();
      }
      ObjectId head = repository.resolve("HEAD^{commit}");
      if (head == null) {
        return Map.of();
      }
      Path prefix = repository.getWorkTree().toPath().toRealPath().relativize(root.toRealPath());
      Map<String, String> wanted = new HashMap<>();
      files.forEach(f -> wanted.put(prefixed(prefix, f), f));
      TreeFilter roots = PathFilterGroup.createFromStrings(
          vepRoots.stream().map(r -> prefixed(prefix, r.replaceAll("/+$", ""))).toList());
      walk.setFirstParent(true);
      walk.markStart(walk.parseCommit(head));
      int commits = 0;
      for (RevCommit commit : walk) {
        if (wanted.isEmpty() || ++commits > MAX_COMMITS) {
          break;
        }
        List<DiffEntry> entries;
        try (TreeWalk diff = new TreeWalk(repository, reader)) {
          diff.setRecursive(true);
          if (commit.getParentCount() == 0) {
            diff.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
          } else {
            diff.addTree(walk.parseCommit(commit.getParent(0)).getTree());
          }
          diff.addTree(commit.getTree());
          diff.setFilter(AndTreeFilter.create(roots, TreeFilter.ANY_DIFF));
          entries = DiffEntry.scan(diff);
        }
        if (entries.stream().noneMatch(e -> e.getChangeType() == DiffEntry.ChangeType.ADD
            && wanted.containsKey(e.getNewPath()))) {
          continue;
        }
        RenameDetector detector = new RenameDetector(repository);
        detector.addAll(entries);
        for (DiffEntry entry : detector.compute(reader, NullProgressMonitor.INSTANCE)) {
          String file = wanted.remove(entry.getNewPath());
          if (file == null) {
            continue;
          }
          if (entry.getChangeType() == DiffEntry.ChangeType.RENAME || entry.getChangeType() == DiffEntry.ChangeType.COPY) {
            wanted.put(entry.getOldPath(), file);
          } else if (entry.getChangeType() == DiffEntry.ChangeType.ADD) {
            pullNumber(commit.getShortMessage()).ifPresent(n -> pulls.put(file, n));
          } else {
            wanted.put(entry.getNewPath(), file);
          }
        }
      }
    } catch (IOException | org.eclipse.jgit.api.errors.CanceledException | RuntimeException e) {
      return Map.of();
    }
    return pulls;
  }

  /** The pull request a commit subject names: {@code … (#123)} at its end or {@code Merge pull request #123 …}. */
  static Optional<Integer> pullNumber(String subject) {
    String text = subject.strip();
    if (text.endsWith(")")) {
      int open = text.lastIndexOf("(#");
      if (open >= 0) {
        return digits(text.substring(open + 2, text.length() - 1));
      }
    }
    String merge = "Merge pull request #";
    if (text.startsWith(merge)) {
      int end = merge.length();
      while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
        end++;
      }
      return digits(text.substring(merge.length(), end));
    }
    return Optional.empty();
  }

  private static Optional<Integer> digits(String text) {
    if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(text));
  }

  private static Path workTree(Repository repository, String ref) throws IOException {
    try {
      return repository.getWorkTree().toPath().toRealPath();
    } catch (NoWorkTreeException e) {
      throw new ConfigurationException("base " + ref + ": " + repository.getDirectory()
          + " is a bare repository; the base is compared with a working tree", e);
    }
  }

  private static ObjectId resolve(Repository repository, String ref) throws IOException {
    ObjectId id;
    try {
      id = repository.resolve(ref + "^{commit}");
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("base " + ref + ": not a valid git revision", e);
    } catch (MissingObjectException e) {
      throw missing(repository.getDirectory(), ref, e);
    }
    if (id == null) {
      if (isShallow(repository.getDirectory())) {
        throw new ConfigurationException("base " + ref + ": unknown revision in this shallow clone: fetch"
            + " it (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)");
      }
      throw new ConfigurationException("base " + ref + ": unknown revision (not a branch, tag or commit of "
          + repository.getDirectory() + "); fetch it first, e.g. git fetch origin main");
    }
    return id;
  }

  private static ConfigurationException missing(File gitDir, String ref, Exception e) {
    String how = isShallow(gitDir)
        ? "this is a shallow clone that does not reach it: fetch more history (git fetch --unshallow, or"
            + " fetch-depth: 0 in actions/checkout)"
        : "the repository is missing objects of it";
    return new ConfigurationException("base " + ref + ": cannot read the revision: " + how, e);
  }

  private static boolean isShallow(File gitDir) {
    return Files.isRegularFile(gitDir.toPath().resolve("shallow"));
  }

  private static String prefixed(Path prefix, String relative) {
    String p = prefix.toString().replace(File.separatorChar, '/');
    return p.isEmpty() ? relative : p + "/" + relative;
  }

  private static String slashes(Path path) {
    return path.toString().replace(File.separatorChar, '/');
  }

  /**
   * Git's rename detection between the base and the working tree, over the changed files only
   * (only they are read): fills {@code renamedFrom} (new path to base path) and {@code added}.
   */
  private static void renames(Repository repository, RevCommit commit, Path prefix, Set<Path> changed,
      Map<Path, Path> renamedFrom, Set<Path> added) throws IOException {
    if (changed.isEmpty()) {
      return;
    }
    List<String> gitPaths = changed.stream().map(p -> prefixed(prefix, slashes(p))).sorted().toList();
    int strip = prefixed(prefix, "").length();
    try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.addTree(commit.getTree());
      walk.addTree(new FileTreeIterator(repository));
      walk.setRecursive(true);
      walk.setFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(gitPaths), new NotIgnoredFilter(1)));
      RenameDetector detector = new RenameDetector(repository);
      detector.addAll(DiffEntry.scan(walk));
      ContentSource.Pair contents = new ContentSource.Pair(ContentSource.create(reader),
          ContentSource.create(new FileTreeIterator(repository)));
      List<DiffEntry> entries;
      try {
        entries = detector.compute(contents, NullProgressMonitor.INSTANCE);
      } catch (org.eclipse.jgit.api.errors.CanceledException e) {
        throw new IOException("rename detection was cancelled", e);
      }
      for (DiffEntry entry : entries) {
        switch (entry.getChangeType()) {
          case RENAME -> renamedFrom.put(Path.of(entry.getNewPath().substring(strip)),
              Path.of(entry.getOldPath().substring(strip)));
          case ADD, COPY -> added.add(Path.of(entry.getNewPath().substring(strip)));
          default -> { }
        }
      }
    }
  }

  private static Map<String, BaseRevision.VepAtBase> baseVeps(
      Repository repository, RevCommit commit, Path prefix, List<String> vepRoots, Set<Path> changed,
      Set<Path> renamedAway) throws IOException {
    Map<String, BaseRevision.VepAtBase> veps = new HashMap<>();
    try (ObjectReader reader = repository.newObjectReader()) {
      for (String vepRoot : vepRoots) {
        String gitRoot = prefixed(prefix, vepRoot.replaceAll("/+$", ""));
        try (TreeWalk walk = new TreeWalk(repository, reader)) {
          walk.addTree(commit.getTree());
          walk.setRecursive(true);
          walk.setFilter(PathFilter.create(gitRoot));
          while (walk.next()) {
            String gitPath = walk.getPathString();
            if (!gitPath.endsWith(".md") || walk.getFileMode(0).getObjectType() != org.eclipse.jgit.lib.Constants.OBJ_BLOB) {
              continue;
            }
            var loader = reader.open(walk.getObjectId(0));
            if (loader.getSize() > MAX_BLOB) {
              continue;
            }
            String relative = gitPath.substring(prefixed(prefix, "").length());
            if (!changed.contains(Path.of(relative))) {
              continue; // unchanged: the base version is the working tree's
            }
            String fromVepRoot = gitPath.substring(gitRoot.length() + 1);
            Vep vep = VepParser.parse(relative, fromVepRoot, loader.getBytes());
            // A file renamed away keeps its identity whatever it was named at the base.
            if (!vep.location().isMainFile() && vep.location().vepDirectory().isPresent()
                && !renamedAway.contains(Path.of(relative))) {
              continue;
            }
            veps.put(relative, BaseRevision.VepAtBase.of(relative, vep));
          }
        }
      }
    }
    return veps;
  }

  private static Set<String> directoriesAtBase(
      Repository repository, RevCommit commit, Path prefix, List<String> vepRoots) throws IOException {
    Set<String> names = new HashSet<>();
    for (String vepRoot : vepRoots) {
      String gitRoot = prefixed(prefix, vepRoot.replaceAll("/+$", ""));
      try (TreeWalk walk = TreeWalk.forPath(repository, gitRoot, commit.getTree())) {
        if (walk == null || !walk.isSubtree()) {
          continue;
        }
        walk.enterSubtree();
        while (walk.next()) {
          if (walk.isSubtree()) {
            names.add(walk.getNameString());
          }
        }
      }
    }
    return names;
  }

  private static Set<Path> changedFiles(Repository repository, RevCommit commit, Path prefix) throws IOException {
    Set<Path> changed = new HashSet<>();
    try (TreeWalk walk = new TreeWalk(repository)) {
      walk.addTree(commit.getTree());
      int index = walk.addTree(new DirCacheIterator(repository.readDirCache()));
      FileTreeIterator workTree = new FileTreeIterator(repository);
      // With the index attached, a file whose stat data matches its index entry takes the index's
      // object id instead of being read and hashed: only modified files are read.
      workTree.setDirCacheIterator(walk, index);
      walk.addTree(workTree);
      walk.setRecursive(true);
      TreeFilter notIgnored = new NotIgnoredFilter(2);
      String gitPrefix = prefix.toString().replace(File.separatorChar, '/');
      walk.setFilter(gitPrefix.isEmpty() ? notIgnored : AndTreeFilter.create(PathFilter.create(gitPrefix), notIgnored));
      int strip = gitPrefix.isEmpty() ? 0 : gitPrefix.length() + 1;
      while (walk.next()) {
        boolean inBase = walk.getRawMode(0) != 0;
        boolean inWorkTree = walk.getRawMode(2) != 0;
        if (inBase != inWorkTree || inBase && !walk.idEqual(0, 2)) {
          changed.add(Path.of(walk.getPathString().substring(strip)));
        }
      }
    }
    return changed;
  }
}
