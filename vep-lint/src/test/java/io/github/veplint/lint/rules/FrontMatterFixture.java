package io.github.veplint.lint.rules;

/**
 * A valid front matter VEP to derive failing fixtures from by replacing one line, so every test
 * knows the line numbers below without counting.
 */
final class FrontMatterFixture {

  static final String PATH = "veps/sig-network/307-vhostuser-binding-plugin/vep.md";

  /**
   * Line numbers: 5 status, 7 the author, 8 owning-sig, 9 participating-sigs, 11 the reviewer, 13
   * the approver, 14 feature-gate, 15 stage, 17 milestone.alpha, 18 replaces, 19 superseded-by,
   * 20 the closing {@code ---}.
   */
  static final String VALID =
      """
      ---
      title: Network Binding Plugin for vhostuser Interfaces
      vep-number: 307
      creation-date: "2024-05-22"
      status: provisional
      authors:
        - "@bgaussen"
      owning-sig: sig-network
      participating-sigs: []
      reviewers:
        - "@alicefr"
      approvers:
        - "@EdDev"
      feature-gate: NetworkBindingPlugins
      stage: alpha
      milestone:
        alpha: "v1.9"
      replaces: ""
      superseded-by: ""
      ---

      # VEP #307: Network Binding Plugin for vhostuser Interfaces

      ## Overview

      Adds vhostuser interfaces through the network binding plugin framework.
      """;

  private FrontMatterFixture() {}

  /** {@link #VALID} with one whole line replaced (the replacement may span several lines). */
  static String with(String line, String replacement) {
    String target = line + "\n";
    if (!VALID.contains(target)) {
      throw new IllegalArgumentException("no line '" + line + "' in the fixture");
    }
    return VALID.replace(target, replacement + "\n");
  }
}
