package io.github.veplint.lint;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The community's real pull requests, replayed as the Action checks them: every first-parent commit
 * of the corpus bundle that touches {@code veps/} is one squash-merged pull request; it is checked
 * in ONE clone of the bundle, checked out at the commit, with {@code --base} its parent, {@code
 * --changed-only} and {@code --today} the commit's date (UTC).
 */
final class PullRequestReplay implements AutoCloseable {

  /** One replayed pull request. */
  record Pr(String commit, String subject, LocalDate date, String parent, LintResult result) {

    /** The findings at or above error, the run's failing ones without {@code --new-only}. */
    List<Finding> errors() {
      return result.findings().stream().filter(f -> f.severity().isAtLeast(Severity.ERROR)).toList();
    }

    /** The first line of the commit message. */
    String title() {
      return subject;
    }
  }

  private final Git git;

  private PullRequestReplay(Git git) {
    this.git = git;
  }

  /** Clones the corpus bundle into {@code directory}. */
  static PullRequestReplay cloneBundle(Path directory) throws GitAPIException {
    Path bundle = Corpus.root().resolve("kubevirt-enhancements.bundle");
    return new PullRequestReplay(Git.cloneRepository().setURI(bundle.toUri().toString()).setBranch("main")
        .setDirectory(directory.toFile()).call());
  }

  Path workTree() {
    return git.getRepository().getWorkTree().toPath();
  }

  /** The first-parent commits of main touching {@code veps/}, oldest first. */
  List<RevCommit> pullRequests() throws IOException {
    List<RevCommit> commits = new ArrayList<>();
    try (RevWalk walk = new RevWalk(git.getRepository())) {
      walk.setFirstParent(true);
      walk.markStart(walk.parseCommit(git.getRepository().resolve("refs/heads/main")));
      for (RevCommit commit : walk) {
        if (commit.getParentCount() == 1 && touchesVeps(walk, commit)) {
          commits.add(commit);
        }
      }
    }
    java.util.Collections.reverse(commits);
    return commits;
  }

  private boolean touchesVeps(RevWalk walk, RevCommit commit) throws IOException {
    RevCommit parent = walk.parseCommit(commit.getParent(0));
    try (TreeWalk tree = new TreeWalk(git.getRepository())) {
      tree.addTree(parent.getTree());
      tree.addTree(commit.getTree());
      tree.setRecursive(true);
      tree.setFilter(org.eclipse.jgit.treewalk.filter.AndTreeFilter.create(PathFilter.create("veps"),
          org.eclipse.jgit.treewalk.filter.TreeFilter.ANY_DIFF));
      return tree.next();
    }
  }

  /** Checks the pull request out and lints it as the Action does; {@code builder} may add options. */
  Pr replay(RevCommit commit, UnaryOperator<VepLinter.Builder> options) throws GitAPIException {
    git.checkout().setName(commit.name()).setForced(true).call();
    git.clean().setCleanDirectories(true).setForce(true).call();
    LocalDate date = java.time.Instant.ofEpochSecond(commit.getCommitTime()).atZone(ZoneOffset.UTC).toLocalDate();
    ObjectId parent = commit.getParent(0);
    VepLinter linter = options.apply(VepLinter.builder().today(date).base(parent.name()).changedOnly(true)).build();
    LintResult result = linter.lint(List.of(workTree()));
    return new Pr(commit.name(), commit.getShortMessage(), date, parent.name(), result);
  }

  @Override
  public void close() {
    git.close();
  }
}
