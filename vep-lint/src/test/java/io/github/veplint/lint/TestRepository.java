package io.github.veplint.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small VEP repositories into a temporary directory for engine and CLI tests. */
public final class TestRepository {

  /**
   * A complete VEP under {@code veps/sig-a/1-one/}: front matter, title and every section of today's
   * template, each with content. No rule should report anything on it.
   */
  public static final String CLEAN_VEP = """
      ---
      title: A clean proposal
      vep-number: 1
      creation-date: "2026-01-15"
      status: provisional
      authors:
        - "@author"
      owning-sig: sig-a
      participating-sigs: []
      reviewers:
        - TBD
      approvers:
        - TBD
      feature-gate: CleanProposal
      stage: alpha
      milestone:
        alpha: "v1.9"
      replaces: ""
      superseded-by: ""
      ---

      # VEP #1: A clean proposal

      ## Overview

      What it does.

      ## Motivation

      Why.

      ## Goals

      - One goal.

      ## Non Goals

      - One non-goal.

      ## Definition of Users

      VM owners.

      ## User Stories

      - As a VM owner, I want it.

      ## Repos

      - kubevirt/kubevirt

      ## Design

      How.

      ## API Examples

      N/A.

      ## Alternatives

      None considered.

      ## Scalability

      No impact.

      ## Update/Rollback Compatibility

      No impact.

      ## Functional Testing Approach

      e2e tests.

      ## Implementation History

      2026-01-15: proposed.

      ## Graduation Requirements

      ### Alpha

      - Feature gate guards the code.

      ### Beta

      - Enabled by default.

      ### GA

      - Two releases without regressions.
      """;

  private final Path root;

  private TestRepository(Path root) {
    this.root = root;
  }

  /** A repository rooted at {@code root} with an empty {@code veps/} directory. */
  public static TestRepository at(Path root) {
    TestRepository repository = new TestRepository(root);
    repository.directory("veps");
    return repository;
  }

  /** Writes a file (relative to the root), creating parent directories. */
  public TestRepository file(String relativePath, String content) {
    Path file = root.resolve(relativePath);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Creates a directory (relative to the root). */
  public TestRepository directory(String relativePath) {
    try {
      Files.createDirectories(root.resolve(relativePath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Clones the shared corpus bundle (the real kubevirt/enhancements repository with its history)
   * into {@code directory}, never into the project.
   */
  public static Path cloneCorpusBundle(Path directory) {
    Path bundle = io.github.veplint.model.Corpus.root().resolve("kubevirt-enhancements.bundle");
    try {
      org.eclipse.jgit.api.Git.cloneRepository()
          .setURI(bundle.toUri().toString())
          .setDirectory(directory.toFile())
          .setBranch("main")
          .call()
          .close();
    } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
      throw new IllegalStateException("cannot clone " + bundle, e);
    }
    return directory;
  }

  /** The root. */
  public Path root() {
    return root;
  }
}
