package io.github.veplint.model;

import java.util.List;
import java.util.Optional;

/**
 * A VEP's metadata, merged from its sources: front matter where the VEP has it, else the older
 * prose layout, the title heading and the path. Each value says which source it came from.
 *
 * @param number the VEP number: front matter {@code vep-number}, else the title, else the directory
 * @param title the title: front matter {@code title}, else the title heading
 * @param status the proposal state as written (front matter only; the older layout has none)
 * @param creationDate {@code creation-date} as written
 * @param authors {@code authors}
 * @param owningSig {@code owning-sig}, else the SIG directory the VEP lives in
 * @param participatingSigs {@code participating-sigs}
 * @param reviewers {@code reviewers}
 * @param approvers {@code approvers}
 * @param featureGate {@code feature-gate}
 * @param stage {@code stage} as written
 * @param milestones front matter {@code milestone}, else the "Target releases" bullets
 * @param replaces {@code replaces}, when not empty
 * @param supersededBy {@code superseded-by}, when not empty
 */
public record VepMetadata(
    Optional<Located<Integer>> number,
    Optional<Located<String>> title,
    Optional<Located<String>> status,
    Optional<Located<String>> creationDate,
    List<Located<String>> authors,
    Optional<Located<String>> owningSig,
    List<Located<String>> participatingSigs,
    List<Located<String>> reviewers,
    List<Located<String>> approvers,
    Optional<Located<String>> featureGate,
    Optional<Located<String>> stage,
    Milestones milestones,
    Optional<Located<String>> replaces,
    Optional<Located<String>> supersededBy) {

  /**
   * Copies the lists so the record stays immutable.
   *
   * @param number the VEP number: front matter {@code vep-number}, else the title, else the
   *     directory
   * @param title the title: front matter {@code title}, else the title heading
   * @param status the proposal state as written (front matter only; the older layout has none)
   * @param creationDate {@code creation-date} as written
   * @param authors {@code authors}
   * @param owningSig {@code owning-sig}, else the SIG directory the VEP lives in
   * @param participatingSigs {@code participating-sigs}
   * @param reviewers {@code reviewers}
   * @param approvers {@code approvers}
   * @param featureGate {@code feature-gate}
   * @param stage {@code stage} as written
   * @param milestones front matter {@code milestone}, else the "Target releases" bullets
   * @param replaces {@code replaces}, when not empty
   * @param supersededBy {@code superseded-by}, when not empty
   */
  public VepMetadata {
    authors = List.copyOf(authors);
    participatingSigs = List.copyOf(participatingSigs);
    reviewers = List.copyOf(reviewers);
    approvers = List.copyOf(approvers);
  }

  /**
   * The status as one of VEP 282's seven states; empty when absent or not a valid state.
   *
   * @return the state; empty when absent or not a valid state
   */
  public Optional<VepStatus> proposalStatus() {
    return status.flatMap(s -> VepStatus.fromYaml(s.value()));
  }
}
