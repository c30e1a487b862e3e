package io.github.veplint.lint.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The references to VEPs in a PR body, as kubevirt/kubevirt's label-approved-veps.py finds them. */
class PullReferencesTest {

  @Test
  void matchesTheCommunitysLabeler() {
    assertThat(PullReferences.in("Implements https://github.com/kubevirt/enhancements/issues/152")).containsExactly(152);
    assertThat(PullReferences.in("kubevirt/enhancements/issues/152 and kubevirt/enhancements#429 and enhancements#109"))
        .containsExactly(109, 152, 429);
    // No word boundary, as the labeler: another owner's "enhancements#7" and "xkubevirt/enhancements/issues/8" match.
    assertThat(PullReferences.in("foo/enhancements#7, xkubevirt/enhancements/issues/8, http://github.com/kubevirt/"
        + "enhancements/issues/9")).containsExactly(7, 8, 9);
    // The digits run greedily and stop at the first other character.
    assertThat(PullReferences.in("enhancements#12abc enhancements#0034")).containsExactly(12, 34);
    // Case-sensitive; no space; no pull URLs; no other repository's issues.
    assertThat(PullReferences.in("Enhancements#1 enhancements #2 kubevirt/enhancements/pull/3 kubevirt/kubevirt/issues/4"
        + " KubeVirt/enhancements/issues/5 enhancements/issues/6")).isEmpty();
    assertThat(PullReferences.in(null)).isEmpty();
    assertThat(PullReferences.in("")).isEmpty();
  }

  @Test
  void hostileBodiesAreBoundedAndLinear() {
    // A run of digits longer than a VEP number is no reference; the rest still counts.
    assertThat(PullReferences.in("enhancements#1234567890123 enhancements#123456789")).containsExactly(123456789);
    // Past GitHub's 65,536 characters of a body nothing is read.
    assertThat(PullReferences.in("x".repeat(PullReferences.MAX_CHARS) + "enhancements#5")).isEmpty();
    assertThat(PullReferences.in(TestBoard.HOSTILE_BODY)).isEmpty();
    String nearMisses = "kubevirt/enhancements/issues/".repeat(2_300) + "enhancements#".repeat(5_000);
    Assertions.assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
      for (int i = 0; i < 20; i++) {
        assertThat(PullReferences.in(nearMisses)).isEmpty();
      }
    });
  }
}
