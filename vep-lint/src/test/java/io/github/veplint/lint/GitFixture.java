package io.github.veplint.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;

/** A git repository built with JGit in a temporary directory, for tests that need a base revision. */
public final class GitFixture implements AutoCloseable {

  private final Git git;
  private final TestRepository files;

  private GitFixture(Git git, Path root) {
    this.git = git;
    this.files = TestRepository.at(root);
  }

  /** A new repository at {@code root} with an empty {@code veps/} directory. */
  public static GitFixture init(Path root) {
    try {
      return new GitFixture(Git.init().setDirectory(root.toFile()).setInitialBranch("main").call(), root);
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes a file in the working tree. */
  public GitFixture file(String relativePath, String content) {
    files.file(relativePath, content);
    return this;
  }

  /** Deletes a file from the working tree. */
  public GitFixture delete(String relativePath) {
    try {
      java.nio.file.Files.delete(files.root().resolve(relativePath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Stages everything (including deletions) and commits; returns the commit id. */
  public String commit(String message) {
    try {
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      RevCommit commit = git.commit().setMessage(message).setAuthor("Test", "test@example.com")
          .setCommitter("Test", "test@example.com").setSign(false).call();
      return commit.name();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The work tree. */
  public Path root() {
    return files.root();
  }

  @Override
  public void close() {
    git.close();
  }
}
